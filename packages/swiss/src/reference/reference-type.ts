import { SwissRuleError } from '../errors';
import { parseIban } from '../iban';
import type { ReferenceType } from '../types';
import { assertReferenceType } from '../types';
import type { InvoiceReferenceSource } from './invoice-reference';
import { createInvoiceQrReference, createInvoiceScorReference } from './invoice-reference';
import { formatQrReference } from './qr-reference';
import { formatScorReference } from './scor-reference';

/**
 * Chooses the reference type for an account (IG QR-bill 2.3, §4.2.2 "Tp"): a QR-IBAN requires QRR;
 * an ordinary IBAN takes SCOR (the default: payments can be matched automatically) or NON when
 * `requested`. Asking for QRR on an ordinary IBAN, or anything but QRR on a QR-IBAN, throws
 * `REFERENCE_TYPE_MISMATCH` (params: `requested`, `allowed`). Also validates the IBAN.
 */
export function chooseReferenceType(iban: string, requested?: ReferenceType | null, field = 'referenceType'): ReferenceType {
  const account = parseIban(iban);
  if (requested != null) assertReferenceType(requested, field);
  if (account.isQrIban) {
    if (requested != null && requested !== 'QRR') {
      throw new SwissRuleError('REFERENCE_TYPE_MISMATCH', field, { requested, allowed: 'QRR', iban: account.iban });
    }
    return 'QRR';
  }
  if (requested === 'QRR') {
    throw new SwissRuleError('REFERENCE_TYPE_MISMATCH', field, { requested, allowed: 'SCOR,NON', iban: account.iban });
  }
  return requested ?? 'SCOR';
}

/** The reference an invoice is issued with: the "Tp" and "Ref" elements of IG QR-bill 2.3, §4.2.2. */
export interface InvoiceReference {
  readonly referenceType: ReferenceType;
  /** Electronic form (no spaces); `null` for NON. */
  readonly reference: string | null;
}

/**
 * Chooses the reference type from the account ({@link chooseReferenceType}) and creates the
 * matching reference from the invoice number ({@link createInvoiceQrReference} or
 * {@link createInvoiceScorReference}). This is what the issuing use case stores on the invoice.
 * App-level use case; the rules are IG QR-bill 2.3, §4.2.2 "Tp"/"Ref", annex B (QRR) and ISO 11649 (SCOR).
 */
export function createInvoiceReference(
  input: InvoiceReferenceSource & { readonly iban: string; readonly referenceType?: ReferenceType | null },
): InvoiceReference {
  const referenceType = chooseReferenceType(input.iban, input.referenceType);
  if (referenceType === 'QRR') return { referenceType, reference: createInvoiceQrReference(input) };
  if (referenceType === 'SCOR') return { referenceType, reference: createInvoiceScorReference(input) };
  return { referenceType, reference: null };
}

/**
 * Formats a reference for print by its type: QRR in blocks of 5 from the right, SCOR in groups of
 * 4 (IG QR-bill 2.3, §3.5); `''` for NON or a missing reference.
 */
export function formatReference(referenceType: ReferenceType, reference: string | null | undefined): string {
  if (!reference || referenceType === 'NON') return '';
  return referenceType === 'QRR' ? formatQrReference(reference) : formatScorReference(reference);
}
