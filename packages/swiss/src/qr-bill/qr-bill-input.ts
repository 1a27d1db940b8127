import type { QrAddress } from '../address/qr-address';
import type { Currency, ReferenceType } from '../types';

/**
 * An invoice's data for its QR-bill, in the app's own terms (minor units, schema field names);
 * {@link buildQrBillData} maps it onto the data elements of IG QR-bill 2.3, §4.2.2.
 */
export interface QrBillInput {
  /** The creditor's IBAN or QR-IBAN, any common form (spaces, lower case). */
  readonly account: string;
  readonly creditor: QrAddress;
  /** The debtor; `null`/absent leaves the debtor box blank for handwriting. */
  readonly debtor?: QrAddress | null;
  readonly currency: Currency;
  /** Minor units (`totalPayable − amountPaid`); `null` = open amount, filled in by the payer. */
  readonly amount: bigint | null;
  readonly referenceType: ReferenceType;
  /** QRR or SCOR reference, any common form; absent for NON. */
  readonly reference?: string | null;
  /** Unstructured message (e.g. "Facture 2024-0042"); shares 140 characters with the bill information. */
  readonly message?: string | null;
  /** Structured bill information, e.g. from `buildSwicoS1`. */
  readonly billInformation?: string | null;
  /** Up to two alternative-scheme parameter strings (eBill etc.), ≤ 100 characters each. */
  readonly alternativeSchemes?: readonly string[] | null;
  /**
   * Allows amount 0.00: a notice that must not be paid (IG QR-bill 2.3 allows it, with a message such
   * as "DO NOT USE FOR PAYMENT"). Default false: 0 is refused like any out-of-range amount.
   */
  readonly zeroAmountNotice?: boolean;
}
