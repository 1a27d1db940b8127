/**
 * Whether the invoice numbers a pattern gives fit the payment references they become. A QR
 * reference holds 26 data digits (IG QR-bill 2.3, §4.2.2 "Ref"), shared by the bank account's
 * prefix and the encoded number; a creditor reference (ISO 11649) holds 21 characters. Checked
 * when the invoice pattern or an account changes, so that issuing never stops on a number that
 * has outgrown its reference.
 */
import { createInvoiceQrReference, createInvoiceScorReference, isSwissRuleError } from '@simplifaq/swiss';
import { formatDocumentNumber, MIN_SEQUENCE_ROOM, parseNumberPattern } from './number-pattern';
import type { NumberPattern } from './number-pattern';

/**
 * The last date the check looks ahead to: December of 2099. `{YYYY}2099` and `{MM}12` give the
 * largest encodings a date can (their first digits are the highest a year or month of the century
 * reaches).
 */
const LAST_DATE = '2099-12-31';

/**
 * The largest number the pattern gives in practice: the date of {@link LAST_DATE} and a sequence
 * of nines as wide as the pattern pads it, at least {@link MIN_SEQUENCE_ROOM} digits (999 999
 * invoices a year — the room `parseNumberPattern` already keeps in the 32 characters).
 */
export function largestInvoiceNumber(pattern: string | NumberPattern): string {
  const parsed = typeof pattern === 'string' ? parseNumberPattern(pattern) : pattern;
  const width = Math.max(MIN_SEQUENCE_ROOM, ...parsed.parts.map((p) => (p.kind === 'sequence' ? p.width : 0)));
  return formatDocumentNumber(parsed, { date: LAST_DATE, sequence: Number('9'.repeat(Math.min(width, 9))) });
}

/** An account as far as its references go: a QR-IBAN with its prefix, or an ordinary IBAN. */
export interface ReferenceAccount {
  readonly isQrIban: boolean;
  readonly qrrPrefix: string | null;
  readonly label?: string;
}

export interface ReferenceRoomProblem {
  /** `QRR` when the QR reference after the prefix is too short, `SCOR` for the creditor reference. */
  readonly referenceType: 'QRR' | 'SCOR';
  /** The number that would not fit. */
  readonly example: string;
  readonly account: ReferenceAccount;
}

/**
 * The first account whose references could not carry the pattern's numbers, or `null` when they
 * all can. Without accounts the creditor reference alone is checked: every organisation may use
 * an ordinary IBAN.
 */
export function findReferenceRoomProblem(pattern: string | NumberPattern, accounts: readonly ReferenceAccount[]): ReferenceRoomProblem | null {
  const example = largestInvoiceNumber(pattern);
  const checked: readonly ReferenceAccount[] = accounts.length > 0 ? accounts : [{ isQrIban: false, qrrPrefix: null }];
  for (const account of checked) {
    try {
      if (account.isQrIban) createInvoiceQrReference({ prefix: account.qrrPrefix ?? '', invoiceNumber: example });
      else createInvoiceScorReference({ invoiceNumber: example });
    } catch (err) {
      if (isSwissRuleError(err) && (err.code === 'QRR_SOURCE_TOO_LONG' || err.code === 'SCOR_SOURCE_TOO_LONG')) {
        return { referenceType: account.isQrIban ? 'QRR' : 'SCOR', example, account };
      }
      throw err;
    }
  }
  return null;
}
