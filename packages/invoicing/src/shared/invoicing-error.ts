/**
 * Every refusal of an invoicing use case: a stable `code` (the API and the web app switch on it),
 * the `kind` of refusal (the API maps it to an HTTP status) and the input `field` at fault.
 * Swiss rule violations keep their own `SwissRuleError` from @simplifaq/swiss.
 */
export const INVOICING_ERROR_CODES = {
  NOT_FOUND: { kind: 'not_found', rule: 'The document does not exist in this organisation.' },
  CLIENT_NOT_FOUND: { kind: 'invalid', rule: 'The client does not exist in this organisation.' },
  PRODUCT_NOT_FOUND: { kind: 'invalid', rule: 'The product does not exist in this organisation.' },
  BANK_ACCOUNT_NOT_FOUND: { kind: 'invalid', rule: 'The bank account does not exist in this organisation.' },
  LINE_INCOMPLETE: { kind: 'invalid', rule: 'A line without a product needs a description and a unit price.' },
  SUPPLY_PERIOD_INVALID: { kind: 'invalid', rule: 'The end of the supply period is on or after its start, and needs a start.' },
  AMOUNT_TOO_LARGE: { kind: 'invalid', rule: 'An amount is at most 10^15 minor units (ten trillion).' },
  DUE_DATE_BEFORE_ISSUE_DATE: { kind: 'invalid', rule: 'The due date is on or after the issue date.' },
  ISSUE_DATE_IN_FUTURE: { kind: 'invalid', rule: 'A document is dated at the latest today (in Switzerland).' },
  ISSUE_DATE_BEFORE_LAST: { kind: 'conflict', rule: 'The numbers of a series follow their dates: a document is not dated before the latest one of its series.' },
  INVOICE_NOT_DRAFT: { kind: 'conflict', rule: 'Only a draft can be changed, deleted or issued; issued invoices are corrected by a credit note (CO art. 958f).' },
  INVOICE_NOT_ISSUED: { kind: 'conflict', rule: 'The invoice must be issued first.' },
  INVOICE_CANCELLED: { kind: 'conflict', rule: 'The invoice is cancelled.' },
  INVOICE_IS_CREDIT_NOTE: { kind: 'conflict', rule: 'A credit note takes neither payments nor credit notes.' },
  INVOICE_EMPTY: { kind: 'invalid', rule: 'An invoice needs at least one line to be issued.' },
  NO_BANK_ACCOUNT: { kind: 'invalid', rule: 'Add a bank account (IBAN or QR-IBAN) to the organisation before issuing: the QR-bill needs one.' },
  CREDIT_NOTE_EMPTY: { kind: 'invalid', rule: 'A credit note credits at least one line or a positive amount.' },
  CREDIT_EXCEEDS_INVOICE: { kind: 'invalid', rule: 'A credit note cannot credit more than what remains of the invoice after earlier credit notes.' },
  CREDIT_LINE_NOT_FOUND: { kind: 'invalid', rule: 'The line to credit is not a line of this invoice, or is named twice.' },
  CREDIT_QUANTITY_INVALID: { kind: 'invalid', rule: 'A credited quantity is positive and at most the quantity of the invoice line.' },
  PAYMENT_AMOUNT_INVALID: { kind: 'invalid', rule: 'A payment is a positive amount in minor units.' },
  PAYMENT_DATE_IN_FUTURE: { kind: 'invalid', rule: 'A payment is dated (value date) at the latest today (in Switzerland).' },
  QUOTE_NOT_DRAFT: { kind: 'conflict', rule: 'Only a draft quote can be changed, deleted or sent.' },
  QUOTE_NOT_SENT: { kind: 'conflict', rule: 'Only a sent quote can be accepted or declined.' },
  QUOTE_NOT_CONVERTIBLE: { kind: 'conflict', rule: 'Only a sent or accepted quote can be converted into an invoice.' },
  QUOTE_ALREADY_CONVERTED: { kind: 'conflict', rule: 'The quote has already been converted into an invoice.' },
  QUOTE_EMPTY: { kind: 'invalid', rule: 'A quote needs at least one line to be sent.' },
  INVOICE_PAID: { kind: 'conflict', rule: 'The invoice is paid: nothing is left to remind.' },
  INVOICE_NOT_OVERDUE: { kind: 'conflict', rule: 'A reminder is issued only after the invoice is past its due date (CO art. 102: the debtor is in default once the agreed term has expired).' },
  REMINDER_LIMIT: { kind: 'conflict', rule: 'An invoice takes at most three reminders; after the final one, the next step is debt enforcement.' },
  REMINDER_FEE_INVALID: { kind: 'invalid', rule: 'A reminder fee is a whole number of minor units from 0 to 10000 (100.00).' },
  REMINDER_FEE_NOT_ROUNDED: { kind: 'invalid', rule: 'A reminder fee in CHF is a multiple of 5 Rappen, like every amount to pay in CHF.' },
  REMINDER_DUE_DAYS_INVALID: { kind: 'invalid', rule: 'The days to pay a reminder are a whole number from 1 to 60.' },
  REMINDER_DATE_INVALID: { kind: 'invalid', rule: 'A reminder is dated at the latest today, and not before the invoice or an earlier reminder.' },
  REMINDER_TOO_EARLY: { kind: 'conflict', rule: 'The next reminder is issued only after the deadline of the previous one has passed: the debtor must have had the time it gave.' },
} as const;

export type InvoicingErrorCode = keyof typeof INVOICING_ERROR_CODES;
export type InvoicingErrorKind = (typeof INVOICING_ERROR_CODES)[InvoicingErrorCode]['kind'];

export class InvoicingError extends Error {
  override readonly name = 'InvoicingError';
  readonly kind: InvoicingErrorKind;

  constructor(
    readonly code: InvoicingErrorCode,
    readonly field?: string,
    readonly params: Readonly<Record<string, string | number | boolean>> = {},
    message: string = INVOICING_ERROR_CODES[code].rule,
  ) {
    super(message);
    this.kind = INVOICING_ERROR_CODES[code].kind;
  }
}

export function isInvoicingError(error: unknown): error is InvoicingError {
  return error instanceof InvoicingError;
}

export const notFound = (what: string) => new InvoicingError('NOT_FOUND', undefined, { what }, `The ${what} does not exist.`);
