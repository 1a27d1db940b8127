import { assertQrCharset } from './charset';
import type { IsoDate } from './dates';
import { formatSwicoDate } from './dates';
import { SwissRuleError } from './errors';
import { assertBasisPoints, formatPercentage } from './money/quantity';
import type { InvoiceCalculation } from './tva/invoice-types';
import { parseUid } from './uid';

/** The shared budget of the unstructured message and the bill information (IG QR-bill 2.3, §4.2.2). */
export const MESSAGE_AND_BILL_INFORMATION_MAX = 140;

/** One rate of Swico tag 32: the rate and, when the invoice has several rates, the net amount at it. */
export interface SwicoVatRate {
  readonly rateBp: number;
  /** Net amount in minor units; omit only when the whole invoice is at this one rate. */
  readonly net?: bigint;
}

/** One payment condition of Swico tag 40: `discount % : days` (`0` discount = the net term). */
export interface SwicoPaymentCondition {
  readonly discountBp: number;
  readonly days: number;
}

/** Data for the Swico S1 bill information; every element is optional (Swico S1 syntax definition). */
export interface SwicoS1Input {
  /** Tag 10: invoice number. */
  readonly invoiceNumber?: string | null;
  /** Tag 11: invoice date. */
  readonly invoiceDate?: IsoDate | null;
  /** Tag 20: the customer's reference (their order number). */
  readonly customerReference?: string | null;
  /** Tag 30: the creditor's UID (any form {@link parseUid} accepts; written as 9 digits). */
  readonly uid?: string | null;
  /** Tag 31: date of supply, or first day of the period when `supplyPeriodEnd` is set. */
  readonly supplyDate?: IsoDate | null;
  /** Tag 31: last day of the supply period. */
  readonly supplyPeriodEnd?: IsoDate | null;
  /** Tag 32: TVA rates with their net amounts (see {@link toSwicoVatRates}). */
  readonly vatRates?: readonly SwicoVatRate[] | null;
  /** Tag 40: payment conditions, e.g. `[{discountBp: 200, days: 10}, {discountBp: 0, days: 30}]`. */
  readonly paymentConditions?: readonly SwicoPaymentCondition[] | null;
}

/** Escapes a text value for S1: `\` → `\\`, `/` → `\/` (Swico S1 syntax definition, "escape character"). */
export function escapeSwicoValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\//g, '\\/');
}

// Amounts in S1 are decimals with "." and no superfluous zeros: 1000.00 → 1000, 51.80 → 51.8.
function formatSwicoAmount(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const cents = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / 100n}${cents ? `.${cents}` : ''}`;
}

/**
 * Builds the Swico S1 bill information for the QR-bill's "StrdBkgInf" element, read by the payer's
 * accounting software: `//S1/10/<no>/11/<YYMMDD>/20/<ref>/30/<UID digits>/31/<YYMMDD[YYMMDD]>/
 * 32/<rate:net;…>/40/<discount:days;…>`, tags in ascending order, empty elements left out, `/` and
 * `\` escaped. Example: `//S1/10/10201409/11/190512/20/1400.000-53/30/106017086/31/180508/32/7.7/40/2:10;0:30`.
 *
 * `messageLength` is the length of the unstructured message that shares the 140-character budget
 * (IG QR-bill 2.3, §4.2.2); exceeding it throws `MESSAGE_TOO_LONG` (params: `max`, `length`).
 * Returns `''` when there is nothing to say. Text must be in the QR-bill character set.
 */
export function buildSwicoS1(input: SwicoS1Input, messageLength = 0): string {
  const parts: string[] = [];
  const add = (tag: string, value: string) => parts.push(`/${tag}/${value}`);
  if (input.invoiceNumber) add('10', escapeSwicoValue(input.invoiceNumber.trim()));
  if (input.invoiceDate) add('11', formatSwicoDate(input.invoiceDate, 'billInformation.invoiceDate'));
  if (input.customerReference) add('20', escapeSwicoValue(input.customerReference.trim()));
  if (input.uid) add('30', parseUid(input.uid, 'billInformation.uid'));
  if (input.supplyDate) {
    const start = formatSwicoDate(input.supplyDate, 'billInformation.supplyDate');
    const end = input.supplyPeriodEnd ? formatSwicoDate(input.supplyPeriodEnd, 'billInformation.supplyPeriodEnd') : '';
    add('31', start + end);
  }
  if (input.vatRates && input.vatRates.length > 0) {
    const rates = input.vatRates.map((r, i) => {
      assertBasisPoints(r.rateBp, `billInformation.vatRates[${i}].rateBp`);
      return r.net === undefined ? formatPercentage(r.rateBp) : `${formatPercentage(r.rateBp)}:${formatSwicoAmount(r.net)}`;
    });
    add('32', rates.join(';'));
  }
  if (input.paymentConditions && input.paymentConditions.length > 0) {
    const conditions = input.paymentConditions.map((c, i) => {
      assertBasisPoints(c.discountBp, `billInformation.paymentConditions[${i}].discountBp`);
      if (!Number.isInteger(c.days) || c.days < 0 || c.days > 9999) {
        throw new SwissRuleError('PAYMENT_TERM_INVALID', `billInformation.paymentConditions[${i}].days`, { value: c.days });
      }
      return `${formatPercentage(c.discountBp)}:${c.days}`;
    });
    add('40', conditions.join(';'));
  }
  if (parts.length === 0) return '';
  const result = `//S1${parts.join('')}`;
  assertQrCharset(result, 'billInformation');
  if (result.length + messageLength > MESSAGE_AND_BILL_INFORMATION_MAX) {
    throw new SwissRuleError('MESSAGE_TOO_LONG', 'billInformation', {
      max: MESSAGE_AND_BILL_INFORMATION_MAX,
      length: result.length + messageLength,
    });
  }
  return result;
}

/**
 * The Swico tag 32 rates of a calculated invoice: one entry per rate with the net amount at that
 * rate (rows of the same rate, e.g. exempt and zero-rated at 0 %, are added up), in row order.
 * Empty when the business is not registered for TVA.
 */
export function toSwicoVatRates(calculation: Pick<InvoiceCalculation, 'rows'>): SwicoVatRate[] {
  const byRate = new Map<number, bigint>();
  for (const row of calculation.rows) byRate.set(row.rateBp, (byRate.get(row.rateBp) ?? 0n) + row.base);
  return [...byRate].map(([rateBp, net]) => ({ rateBp, net }));
}
