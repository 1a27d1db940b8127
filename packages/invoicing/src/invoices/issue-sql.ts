// Raw SQL of the issuing transaction (see invoice-sql.ts for why): the draft is locked and read
// with everything issuing needs in one statement, and issued in one more.
import { Prisma } from '@simplifaq/db';
import type { BankAccount, Client, Invoice, InvoiceLine, Organisation } from '@simplifaq/db';
import type { InvoiceCalculation } from '@simplifaq/swiss';
import { toStoredTotals } from '../lines/calculate-document';
import { fromIsoDate } from '../shared/calendar';
import type { Tx } from '../shared/db-client';

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * A `to_jsonb(row)` object as Prisma would return the row: field names in camelCase, DATE and
 * TIMESTAMPTZ as Date, BIGINT as bigint (JSON numbers are exact below 2^53; amounts stay below
 * 10^15), NUMERIC (sent as text) as Decimal.
 */
function fromJsonRow<T>(row: Record<string, unknown>, kinds: { bigint?: string[]; date?: string[]; decimal?: string[] } = {}): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = camel(key);
    if (value === null) out[name] = null;
    else if (kinds.bigint?.includes(name)) out[name] = BigInt(value as number | string);
    else if (kinds.decimal?.includes(name)) out[name] = new Prisma.Decimal(value as string);
    else if (kinds.date?.includes(name) || name.endsWith('At')) out[name] = typeof value === 'string' && value.length === 10 ? fromIsoDate(value) : new Date(value as string);
    else out[name] = value;
  }
  return out as T;
}

const INVOICE_KINDS = {
  bigint: ['totalNet', 'totalTva', 'totalGross', 'roundingAdjustment', 'totalPayable', 'amountPaid'],
  date: ['issueDate', 'supplyDate', 'supplyPeriodEnd', 'dueDate'],
};
const LINE_KINDS = { bigint: ['unitPrice', 'amount'], date: ['supplyDate'], decimal: ['quantity'] };

export interface DraftForIssue {
  invoice: Omit<Invoice, 'pdf'>;
  lines: InvoiceLine[];
  client: Client;
  organisation: Omit<Organisation, 'logo'>;
  /** The draft's account, else the organisation's default, else its oldest; null when none. */
  bankAccount: BankAccount | null;
}

/**
 * Locks the draft (FOR UPDATE OF the invoice row) and reads it with its lines, client,
 * organisation and issuing account; null when the invoice is not the organisation's.
 */
export async function lockDraftForIssue(tx: Tx, organisationId: string, invoiceId: string): Promise<DraftForIssue | null> {
  const rows = await tx.$queryRaw<Record<string, Record<string, unknown> | Record<string, unknown>[] | null>[]>`
    SELECT to_jsonb(i) - 'pdf' AS invoice, to_jsonb(c) AS client, to_jsonb(o) - 'logo' AS organisation,
      (SELECT to_jsonb(b) FROM bank_account b
        WHERE b.organisation_id = i.organisation_id AND (i.bank_account_id IS NULL OR b.id = i.bank_account_id)
        ORDER BY b.is_default DESC, b.created_at, b.id LIMIT 1) AS bank_account,
      (SELECT coalesce(jsonb_agg(to_jsonb(l) || jsonb_build_object('quantity', l.quantity::text) ORDER BY l.position), '[]'::jsonb)
        FROM invoice_line l WHERE l.invoice_id = i.id) AS lines
    FROM invoice i JOIN client c ON c.id = i.client_id JOIN organisation o ON o.id = i.organisation_id
    WHERE i.id = ${invoiceId}::uuid AND i.organisation_id = ${organisationId}::uuid
    FOR UPDATE OF i`;
  const row = rows[0];
  if (!row) return null;
  return {
    invoice: fromJsonRow(row.invoice as Record<string, unknown>, INVOICE_KINDS),
    lines: (row.lines as Record<string, unknown>[]).map((l) => fromJsonRow<InvoiceLine>(l, LINE_KINDS)),
    client: fromJsonRow(row.client as Record<string, unknown>),
    organisation: fromJsonRow(row.organisation as Record<string, unknown>),
    bankAccount: row.bank_account ? fromJsonRow(row.bank_account as Record<string, unknown>) : null,
  };
}

export interface IssuedFields {
  number: string;
  sequence: number;
  issueDate: string;
  dueDate: string;
  referenceType: Invoice['referenceType'];
  reference: string | null;
  bankAccountId: string;
  creditorSnapshot: object;
  debtorSnapshot: object;
  bankAccountSnapshot: object;
  issuedAt: Date;
}

/** Turns the locked draft into the issued record, in one statement; returns the row as stored. */
export async function markIssued(tx: Tx, draft: DraftForIssue, fields: IssuedFields, calc: InvoiceCalculation): Promise<Omit<Invoice, 'pdf'>> {
  const totals = toStoredTotals(calc);
  const now = new Date();
  await tx.$executeRaw`
    UPDATE invoice SET status = 'issued', number = ${fields.number}, sequence = ${fields.sequence}::int,
      issue_date = ${fields.issueDate}::date, due_date = ${fields.dueDate}::date,
      reference_type = ${fields.referenceType}::"ReferenceType", reference = ${fields.reference}, bank_account_id = ${fields.bankAccountId}::uuid,
      total_net = ${totals.totalNet}::bigint, total_tva = ${totals.totalTva}::bigint, total_gross = ${totals.totalGross}::bigint,
      rounding_adjustment = ${totals.roundingAdjustment}::bigint, total_payable = ${totals.totalPayable}::bigint,
      tva_summary = ${JSON.stringify(totals.tvaSummary)}::jsonb, creditor_snapshot = ${JSON.stringify(fields.creditorSnapshot)}::jsonb,
      debtor_snapshot = ${JSON.stringify(fields.debtorSnapshot)}::jsonb, bank_account_snapshot = ${JSON.stringify(fields.bankAccountSnapshot)}::jsonb,
      issued_at = ${fields.issuedAt}, updated_at = ${now}
    WHERE id = ${draft.invoice.id}::uuid`;
  return {
    ...draft.invoice,
    ...fields,
    status: 'issued',
    issueDate: fromIsoDate(fields.issueDate),
    dueDate: fromIsoDate(fields.dueDate),
    ...totals,
    creditorSnapshot: fields.creditorSnapshot as Prisma.JsonObject,
    debtorSnapshot: fields.debtorSnapshot as Prisma.JsonObject,
    bankAccountSnapshot: fields.bankAccountSnapshot as Prisma.JsonObject,
    updatedAt: now,
  };
}
