-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'admin', 'member', 'accountant');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('fr', 'de', 'it', 'en');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('CHF', 'EUR');

-- CreateEnum
CREATE TYPE "VatMethod" AS ENUM ('effective', 'net_rate');

-- CreateEnum
CREATE TYPE "TvaCategory" AS ENUM ('normal', 'reduced', 'accommodation', 'exempt', 'zero_rated');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('invoice', 'credit_note');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('draft', 'issued', 'partially_paid', 'paid', 'cancelled');

-- CreateEnum
CREATE TYPE "ReferenceType" AS ENUM ('QRR', 'SCOR', 'NON');

-- CreateEnum
CREATE TYPE "PriceMode" AS ENUM ('net', 'gross');

-- CreateEnum
CREATE TYPE "PaymentSource" AS ENUM ('manual', 'camt');

-- CreateEnum
CREATE TYPE "ClientKind" AS ENUM ('company', 'person');

-- CreateEnum
CREATE TYPE "EnvelopeWindow" AS ENUM ('left', 'right');

-- CreateEnum
CREATE TYPE "IdempotencyState" AS ENUM ('in_progress', 'completed');

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "name" VARCHAR(70) NOT NULL,
    "street" VARCHAR(70),
    "building_number" VARCHAR(16),
    "postal_code" VARCHAR(16),
    "town" VARCHAR(35),
    "country" CHAR(2) NOT NULL DEFAULT 'CH',
    "uid" VARCHAR(9),
    "vat_registered" BOOLEAN NOT NULL DEFAULT false,
    "vat_method" "VatMethod" NOT NULL DEFAULT 'effective',
    "net_tax_rate_bp" INTEGER,
    "language" "Language" NOT NULL DEFAULT 'fr',
    "currency" "Currency" NOT NULL DEFAULT 'CHF',
    "numbering_pattern" VARCHAR(64) NOT NULL DEFAULT '{YYYY}-{seq:4}',
    "payment_term_days" INTEGER NOT NULL DEFAULT 30,
    "envelope_window" "EnvelopeWindow" NOT NULL DEFAULT 'right',
    "email" VARCHAR(254),
    "phone" VARCHAR(32),
    "website" VARCHAR(200),
    "logo" BYTEA,
    "logo_mime_type" VARCHAR(32),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" TEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "locale" "Language" NOT NULL DEFAULT 'fr',
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_account" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "label" VARCHAR(70) NOT NULL,
    "iban" VARCHAR(21) NOT NULL,
    "is_qr_iban" BOOLEAN NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bank_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "client" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "ClientKind" NOT NULL DEFAULT 'company',
    "name" VARCHAR(70) NOT NULL,
    "contact_name" VARCHAR(70),
    "street" VARCHAR(70),
    "building_number" VARCHAR(16),
    "postal_code" VARCHAR(16) NOT NULL,
    "town" VARCHAR(35) NOT NULL,
    "country" CHAR(2) NOT NULL DEFAULT 'CH',
    "language" "Language" NOT NULL DEFAULT 'fr',
    "email" VARCHAR(254),
    "phone" VARCHAR(32),
    "uid" VARCHAR(9),
    "notes" VARCHAR(2000),
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" VARCHAR(2000),
    "unit" VARCHAR(20) NOT NULL DEFAULT 'pce',
    "unit_price" BIGINT NOT NULL,
    "price_mode" "PriceMode" NOT NULL DEFAULT 'net',
    "tva_category" "TvaCategory" NOT NULL DEFAULT 'normal',
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tva_rate" (
    "id" UUID NOT NULL,
    "category" "TvaCategory" NOT NULL,
    "rate_bp" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tva_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "InvoiceKind" NOT NULL DEFAULT 'invoice',
    "status" "InvoiceStatus" NOT NULL DEFAULT 'draft',
    "number" VARCHAR(32),
    "client_id" UUID NOT NULL,
    "bank_account_id" UUID,
    "credited_invoice_id" UUID,
    "currency" "Currency" NOT NULL DEFAULT 'CHF',
    "price_mode" "PriceMode" NOT NULL DEFAULT 'net',
    "language" "Language" NOT NULL DEFAULT 'fr',
    "issue_date" DATE,
    "supply_date" DATE,
    "supply_period_end" DATE,
    "due_date" DATE,
    "payment_term_days" INTEGER NOT NULL DEFAULT 30,
    "reference_type" "ReferenceType" NOT NULL DEFAULT 'SCOR',
    "reference" VARCHAR(27),
    "client_reference" VARCHAR(70),
    "title" VARCHAR(200),
    "intro_text" VARCHAR(4000),
    "footer_text" VARCHAR(4000),
    "discount_bp" INTEGER NOT NULL DEFAULT 0,
    "total_net" BIGINT NOT NULL DEFAULT 0,
    "total_tva" BIGINT NOT NULL DEFAULT 0,
    "total_gross" BIGINT NOT NULL DEFAULT 0,
    "rounding_adjustment" BIGINT NOT NULL DEFAULT 0,
    "total_payable" BIGINT NOT NULL DEFAULT 0,
    "amount_paid" BIGINT NOT NULL DEFAULT 0,
    "tva_summary" JSONB,
    "creditor_snapshot" JSONB,
    "debtor_snapshot" JSONB,
    "bank_account_snapshot" JSONB,
    "pdf" BYTEA,
    "pdf_sha256" CHAR(64),
    "issued_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_line" (
    "id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
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

    CONSTRAINT "invoice_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "number_sequence" (
    "organisation_id" UUID NOT NULL,
    "series" VARCHAR(32) NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "number_sequence_pkey" PRIMARY KEY ("organisation_id","series","year")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" "Currency" NOT NULL,
    "paid_on" DATE NOT NULL,
    "source" "PaymentSource" NOT NULL DEFAULT 'manual',
    "bank_reference" VARCHAR(140),
    "note" VARCHAR(500),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "organisation_id" UUID,
    "actor_user_id" UUID,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(32),
    "target_id" VARCHAR(64),
    "data" JSONB,
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(300),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_key" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "method" VARCHAR(8) NOT NULL,
    "path" VARCHAR(300) NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "state" "IdempotencyState" NOT NULL DEFAULT 'in_progress',
    "response_status" INTEGER,
    "response_body" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "membership_user_id_idx" ON "membership"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_organisation_id_user_id_key" ON "membership"("organisation_id", "user_id");

-- CreateIndex
CREATE INDEX "bank_account_organisation_id_idx" ON "bank_account"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "bank_account_organisation_id_iban_key" ON "bank_account"("organisation_id", "iban");

-- CreateIndex
CREATE INDEX "client_organisation_id_name_idx" ON "client"("organisation_id", "name");

-- CreateIndex
CREATE INDEX "product_organisation_id_name_idx" ON "product"("organisation_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "tva_rate_category_valid_from_key" ON "tva_rate"("category", "valid_from");

-- CreateIndex
CREATE INDEX "invoice_organisation_id_status_issue_date_idx" ON "invoice"("organisation_id", "status", "issue_date");

-- CreateIndex
CREATE INDEX "invoice_organisation_id_client_id_idx" ON "invoice"("organisation_id", "client_id");

-- CreateIndex
CREATE INDEX "invoice_organisation_id_created_at_idx" ON "invoice"("organisation_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_organisation_id_number_key" ON "invoice"("organisation_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_organisation_id_reference_key" ON "invoice"("organisation_id", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_line_invoice_id_position_key" ON "invoice_line"("invoice_id", "position");

-- CreateIndex
CREATE INDEX "payment_organisation_id_invoice_id_idx" ON "payment"("organisation_id", "invoice_id");

-- CreateIndex
CREATE INDEX "audit_event_organisation_id_created_at_idx" ON "audit_event"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "idempotency_key_expires_at_idx" ON "idempotency_key"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "idempotency_key_organisation_id_key_key" ON "idempotency_key"("organisation_id", "key");

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_account" ADD CONSTRAINT "bank_account_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client" ADD CONSTRAINT "client_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_bank_account_id_fkey" FOREIGN KEY ("bank_account_id") REFERENCES "bank_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_credited_invoice_id_fkey" FOREIGN KEY ("credited_invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_line" ADD CONSTRAINT "invoice_line_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_line" ADD CONSTRAINT "invoice_line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "number_sequence" ADD CONSTRAINT "number_sequence_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_key" ADD CONSTRAINT "idempotency_key_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
