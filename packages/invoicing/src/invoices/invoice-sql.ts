// Raw SQL for the two hot paths of the API — creating a draft and issuing one — where Prisma's
// nested writes cost several round trips (DESIGN.md measured ~2.7× raw pg on an invoice with 10
// lines). Everything else goes through the Prisma client. Column names follow prisma/schema.prisma.
import { Prisma } from '@simplifaq/db';
import type { Currency, InvoiceLine, Language } from '@simplifaq/db';
import type { DbClient } from '../shared/db-client';
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
type NewInvoice = Omit<InvoiceRecord, 'lines' | 'liveError' | 'amountCredited' | 'reminderFees' | 'id' | 'createdAt' | 'updatedAt'>;

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
    // The lines travel as one JSON parameter (bigints as strings): one parameter instead of 13 per
    // line keeps the statement's preparation cheap.
    const json = JSON.stringify(
      stored.map((l) => ({
        id: l.id,
        position: l.position,
        product_id: l.productId,
        description: l.description,
        quantity: l.quantity.toString(),
        unit: l.unit,
        unit_price: l.unitPrice.toString(),
        discount_bp: l.discountBp,
        tva_category: l.tvaCategory,
        tva_rate_bp: l.tvaRateBp,
        supply_date: date(l.supplyDate),
        amount: l.amount.toString(),
      })),
    );
    await db.$executeRaw`
      WITH inserted AS (${insertInvoice} RETURNING id)
      INSERT INTO invoice_line (id, invoice_id, position, product_id, description, quantity, unit, unit_price, discount_bp, tva_category, tva_rate_bp, supply_date, amount)
      SELECT l.id, inserted.id, l.position, l.product_id, l.description, l.quantity, l.unit, l.unit_price, l.discount_bp, l.tva_category::"TvaCategory", l.tva_rate_bp, l.supply_date, l.amount
      FROM inserted, jsonb_to_recordset(${json}::jsonb) AS l(id uuid, position int, product_id uuid, description text, quantity numeric, unit text,
        unit_price bigint, discount_bp int, tva_category text, tva_rate_bp int, supply_date date, amount bigint)`;
  }
  return { ...invoice, id, createdAt: now, updatedAt: now, lines: stored };
}
