// Raw SQL for the two hot paths of the API — creating a draft and issuing one — where Prisma's
// nested writes cost several round trips (DESIGN.md measured ~2.7× raw pg on an invoice with 10
// lines). Everything else goes through the Prisma client. Column names follow prisma/schema.prisma.
import { Prisma } from '@simplifaq/db';
import type { Client, Currency, InvoiceLine, Language, Organisation, PriceMode, ReferenceType } from '@simplifaq/db';
import type { DbClient, Tx } from '../shared/db-client';
import { newId } from '../shared/ids';
import type { InvoiceRecord } from './invoice-types';

/** The organisation's defaults and the client, in one query; null when the client is not the organisation's. */
export async function loadDraftContext(db: DbClient, organisationId: string, clientId: string) {
  const rows = await db.$queryRaw<{ vatRegistered: boolean; currency: Currency; paymentTermDays: number; clientName: string; clientLanguage: Language }[]>`
    SELECT o.vat_registered AS "vatRegistered", o.currency::text AS currency, o.payment_term_days AS "paymentTermDays",
           c.name AS "clientName", c.language::text AS "clientLanguage"
    FROM client c JOIN organisation o ON o.id = c.organisation_id
    WHERE c.id = ${clientId}::uuid AND c.organisation_id = ${organisationId}::uuid`;
  return rows[0] ?? null;
}

type NewLine = Omit<InvoiceLine, 'id' | 'invoiceId' | 'quantity'> & { quantity: string };
type NewInvoice = Omit<InvoiceRecord, 'lines' | 'liveError' | 'amountCredited' | 'id' | 'createdAt' | 'updatedAt'>;

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Inserts an invoice and its lines in one statement (a data-modifying CTE is atomic on its own,
 * so no transaction round trips) and returns the row as Prisma would have.
 */
export async function insertInvoiceRow(db: DbClient, invoice: NewInvoice, lines: readonly NewLine[]): Promise<InvoiceRecord> {
  const now = new Date();
  const id = newId(now.getTime());
  const i = invoice;
  const insertInvoice = Prisma.sql`
    INSERT INTO invoice (id, organisation_id, kind, status, client_id, bank_account_id, credited_invoice_id, currency, price_mode, language,
      supply_date, supply_period_end, due_date, payment_term_days, reference_type, client_reference, title, intro_text, footer_text,
      discount_bp, total_net, total_tva, total_gross, rounding_adjustment, total_payable, tva_summary, created_at, updated_at)
    VALUES (${id}::uuid, ${i.organisationId}::uuid, ${i.kind}::"InvoiceKind", 'draft', ${i.clientId}::uuid, ${i.bankAccountId}::uuid,
      ${i.creditedInvoiceId}::uuid, ${i.currency}::"Currency", ${i.priceMode}::"PriceMode", ${i.language}::"Language",
      ${date(i.supplyDate)}::date, ${date(i.supplyPeriodEnd)}::date, ${date(i.dueDate)}::date, ${i.paymentTermDays}::int,
      ${i.referenceType}::"ReferenceType", ${i.clientReference}, ${i.title}, ${i.introText}, ${i.footerText}, ${i.discountBp}::int,
      ${i.totalNet}::bigint, ${i.totalTva}::bigint, ${i.totalGross}::bigint, ${i.roundingAdjustment}::bigint, ${i.totalPayable}::bigint,
      ${JSON.stringify(i.tvaSummary)}::jsonb, ${now}, ${now})`;
  const stored: InvoiceLine[] = lines.map((l) => ({ ...l, id: newId(now.getTime()), invoiceId: id, quantity: new Prisma.Decimal(l.quantity) }));
  if (stored.length === 0) {
    await db.$executeRaw(insertInvoice);
  } else {
    const values = stored.map(
      (l) => Prisma.sql`(${l.id}::uuid, ${id}::uuid, ${l.position}::int, ${l.productId}::uuid, ${l.description}, ${l.quantity.toString()}::numeric,
        ${l.unit}, ${l.unitPrice}::bigint, ${l.discountBp}::int, ${l.tvaCategory}::"TvaCategory", ${l.tvaRateBp}::int, ${date(l.supplyDate)}::date, ${l.amount}::bigint)`,
    );
    await db.$executeRaw`
      WITH inserted AS (${insertInvoice} RETURNING id)
      INSERT INTO invoice_line (id, invoice_id, position, product_id, description, quantity, unit, unit_price, discount_bp, tva_category, tva_rate_bp, supply_date, amount)
      VALUES ${Prisma.join(values)}`;
  }
  return { ...invoice, id, createdAt: now, updatedAt: now, lines: stored };
}

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A `to_jsonb(row)` object with Prisma's field names. */
function camelKeys<T>(row: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])) as T;
}

export interface DraftForIssue {
  status: string;
  kind: string;
  clientId: string;
  bankAccountId: string | null;
  currency: Currency;
  priceMode: PriceMode;
  language: Language;
  supplyDate: string | null;
  supplyPeriodEnd: string | null;
  dueDate: string | null;
  paymentTermDays: number;
  referenceType: ReferenceType;
  clientReference: string | null;
  discountBp: number;
  client: Client;
  organisation: Omit<Organisation, 'logo'>;
}

/**
 * Locks the draft (FOR UPDATE) and reads what issuing needs of it, its client and its
 * organisation in one query; null when the invoice is not the organisation's. Dates come back as
 * `YYYY-MM-DD`; the client and organisation rows with Prisma's field names.
 */
export async function lockDraftForIssue(tx: Tx, organisationId: string, invoiceId: string): Promise<DraftForIssue | null> {
  const rows = await tx.$queryRaw<(Omit<DraftForIssue, 'client' | 'organisation'> & { client: Record<string, unknown>; organisation: Record<string, unknown> })[]>`
    SELECT i.status::text AS status, i.kind::text AS kind, i.client_id AS "clientId", i.bank_account_id AS "bankAccountId",
           i.currency::text AS currency, i.price_mode::text AS "priceMode", i.language::text AS language,
           to_char(i.supply_date, 'YYYY-MM-DD') AS "supplyDate", to_char(i.supply_period_end, 'YYYY-MM-DD') AS "supplyPeriodEnd",
           to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate", i.payment_term_days AS "paymentTermDays",
           i.reference_type::text AS "referenceType", i.client_reference AS "clientReference", i.discount_bp AS "discountBp",
           to_jsonb(c) AS client, to_jsonb(o) - 'logo' AS organisation
    FROM invoice i JOIN client c ON c.id = i.client_id JOIN organisation o ON o.id = i.organisation_id
    WHERE i.id = ${invoiceId}::uuid AND i.organisation_id = ${organisationId}::uuid
    FOR UPDATE OF i`;
  const row = rows[0];
  return row ? { ...row, client: camelKeys<Client>(row.client), organisation: camelKeys<Omit<Organisation, 'logo'>>(row.organisation) } : null;
}
