-- CreateEnum
CREATE TYPE "QuoteStatus" AS ENUM ('draft', 'sent', 'accepted', 'declined', 'converted');

-- AlterTable
ALTER TABLE "bank_account" ADD COLUMN     "qrr_prefix" VARCHAR(20);

-- AlterTable
ALTER TABLE "invoice" ADD COLUMN     "sequence" INTEGER;

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "credit_note_pattern" VARCHAR(64) NOT NULL DEFAULT 'NC-{YYYY}-{seq:4}',
ADD COLUMN     "quote_pattern" VARCHAR(64) NOT NULL DEFAULT 'OF-{YYYY}-{seq:4}';

-- CreateTable
CREATE TABLE "quote" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "status" "QuoteStatus" NOT NULL DEFAULT 'draft',
    "number" VARCHAR(32),
    "sequence" INTEGER,
    "client_id" UUID NOT NULL,
    "currency" "Currency" NOT NULL DEFAULT 'CHF',
    "price_mode" "PriceMode" NOT NULL DEFAULT 'net',
    "language" "Language" NOT NULL DEFAULT 'fr',
    "issue_date" DATE,
    "valid_until" DATE,
    "supply_date" DATE,
    "title" VARCHAR(200),
    "intro_text" VARCHAR(4000),
    "footer_text" VARCHAR(4000),
    "discount_bp" INTEGER NOT NULL DEFAULT 0,
    "total_net" BIGINT NOT NULL DEFAULT 0,
    "total_tva" BIGINT NOT NULL DEFAULT 0,
    "total_gross" BIGINT NOT NULL DEFAULT 0,
    "rounding_adjustment" BIGINT NOT NULL DEFAULT 0,
    "total_payable" BIGINT NOT NULL DEFAULT 0,
    "tva_summary" JSONB,
    "converted_invoice_id" UUID,
    "sent_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote_line" (
    "id" UUID NOT NULL,
    "quote_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "product_id" UUID,
    "description" VARCHAR(2000) NOT NULL,
    "quantity" DECIMAL(18,4) NOT NULL,
    "unit" VARCHAR(20),
    "unit_price" BIGINT NOT NULL,
    "discount_bp" INTEGER NOT NULL DEFAULT 0,
    "tva_category" "TvaCategory" NOT NULL DEFAULT 'normal',
    "tva_rate_bp" INTEGER,
    "supply_date" DATE,
    "amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "quote_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "fee" BIGINT NOT NULL DEFAULT 0,
    "amount_due" BIGINT NOT NULL,
    "issued_on" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "pdf" BYTEA,
    "pdf_sha256" CHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "token_prefix" VARCHAR(16) NOT NULL,
    "role" "Role" NOT NULL,
    "created_by_id" UUID,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "invited_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "quote_converted_invoice_id_key" ON "quote"("converted_invoice_id");

-- CreateIndex
CREATE INDEX "quote_organisation_id_status_created_at_idx" ON "quote"("organisation_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "quote_organisation_id_client_id_idx" ON "quote"("organisation_id", "client_id");

-- CreateIndex
CREATE UNIQUE INDEX "quote_organisation_id_number_key" ON "quote"("organisation_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "quote_line_quote_id_position_key" ON "quote_line"("quote_id", "position");

-- CreateIndex
CREATE INDEX "reminder_organisation_id_issued_on_idx" ON "reminder"("organisation_id", "issued_on");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_invoice_id_level_key" ON "reminder"("invoice_id", "level");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_organisation_id_idx" ON "api_token"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"("token_hash");

-- CreateIndex
CREATE INDEX "invitation_organisation_id_idx" ON "invitation"("organisation_id");

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_converted_invoice_id_fkey" FOREIGN KEY ("converted_invoice_id") REFERENCES "invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_line" ADD CONSTRAINT "quote_line_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_line" ADD CONSTRAINT "quote_line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
