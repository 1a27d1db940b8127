import { SwissRuleError } from '@simplifaq/swiss/errors';
import { formatPlainAmount, formatQuantity, parseAmount, parsePercentage, parseQuantity } from '@simplifaq/swiss/money';
import type { Currency, DocumentLine, DocumentLineInput, PriceMode, TvaCategory } from '../../api/documents';
import type { ReferenceType } from '../../api/invoices';
import { basisPointsToPercent } from '../../i18n/percent';

/** One line as the user types it: every number is kept as text until it is parsed. */
export interface LineDraft {
  /** Local identity for React and focus, not sent. */
  key: string;
  productId: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  /** Percentage as typed; '' is no discount. */
  discount: string;
  tvaCategory: TvaCategory;
}

/** The editor's state for an invoice or a quote draft, as typed. */
export interface DocumentDraft {
  clientId: string | null;
  clientName: string;
  priceMode: PriceMode;
  currency: Currency;
  /** '' = the document date. */
  supplyDate: string;
  supplyPeriodEnd: string;
  /** Invoices: '' = document date + payment terms. */
  dueDate: string;
  /** Quotes: '' = 30 days after sending. */
  validUntil: string;
  title: string;
  introText: string;
  footerText: string;
  discount: string;
  /** '' = the organisation's default account. */
  bankAccountId: string;
  referenceType: ReferenceType;
  lines: LineDraft[];
}

/** Where a problem is: `lines.2.quantity`, `supplyDate`, `clientId`… and its error code. */
export type FieldErrors = Record<string, string>;

/** A parsed line, ready for the calculation and the API; `index` is its row in the draft. */
export interface ParsedLine {
  index: number;
  input: DocumentLineInput & { quantity: string; unitPrice: number; discountBp: number; tvaCategory: TvaCategory };
  unitPrice: bigint;
}

export interface ParsedDraft {
  lines: ParsedLine[];
  discountBp: number;
  errors: FieldErrors;
}

let keys = 0;
export const newLineKey = () => `line-${Date.now().toString(36)}-${(keys += 1)}`;

export function emptyLine(tvaCategory: TvaCategory = 'normal'): LineDraft {
  return { key: newLineKey(), productId: null, description: '', quantity: '1', unit: '', unitPrice: '', discount: '', tvaCategory };
}

export function emptyDraft(options: { currency: Currency; vatRegistered: boolean }): DocumentDraft {
  return {
    clientId: null,
    clientName: '',
    priceMode: 'net',
    currency: options.currency,
    supplyDate: '',
    supplyPeriodEnd: '',
    dueDate: '',
    validUntil: '',
    title: '',
    introText: '',
    footerText: '',
    discount: '',
    bankAccountId: '',
    referenceType: 'SCOR',
    lines: [emptyLine(options.vatRegistered ? 'normal' : 'exempt')],
  };
}

/** Minor units → what a user would type: `12350` → `"123.50"`. */
export function minorToText(minor: number | bigint): string {
  return formatPlainAmount(BigInt(minor));
}

export function fromDocumentLine(line: DocumentLine): LineDraft {
  let quantity = line.quantity;
  try {
    quantity = formatQuantity(parseQuantity(line.quantity));
  } catch {
    // Shown as the API sent it.
  }
  return {
    key: newLineKey(),
    productId: line.productId,
    description: line.description,
    quantity,
    unit: line.unit ?? '',
    unitPrice: minorToText(line.unitPrice),
    discount: line.discountBp ? basisPointsToPercent(line.discountBp) : '',
    tvaCategory: line.tvaCategory,
  };
}

/** A line the user has not started (a blank row at the end) is left out, not an error. */
export function isBlankLine(line: LineDraft): boolean {
  return line.productId === null && line.description.trim() === '' && line.unitPrice.trim() === '';
}

function swissCode(error: unknown): string {
  if (error instanceof SwissRuleError) return error.code;
  throw error;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses every typed number with the same rules as the API (packages/swiss): quantities with up
 * to 4 decimals (a comma is read as the decimal point), amounts as Swiss people write them
 * (`1'250.50`, `12.-`), percentages with up to 2 decimals. Problems are collected per field.
 */
export function parseDraft(draft: DocumentDraft): ParsedDraft {
  const errors: FieldErrors = {};
  const lines: ParsedLine[] = [];
  draft.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    const at = (field: string) => `lines.${index}.${field}`;
    let ok = true;
    const quantityText = line.quantity.trim().replace(',', '.');
    let quantity = '';
    try {
      quantity = formatQuantity(parseQuantity(quantityText, at('quantity')));
    } catch (error) {
      errors[at('quantity')] = swissCode(error);
      ok = false;
    }
    let unitPrice = 0n;
    try {
      unitPrice = parseAmount(line.unitPrice.trim() === '' ? '0' : line.unitPrice, { field: at('unitPrice'), currency: draft.currency });
      if (unitPrice > SAFE || unitPrice < -SAFE) throw new SwissRuleError('AMOUNT_OUT_OF_RANGE', at('unitPrice'));
    } catch (error) {
      errors[at('unitPrice')] = swissCode(error);
      ok = false;
    }
    let discountBp = 0;
    if (line.discount.trim() !== '') {
      try {
        discountBp = parsePercentage(line.discount, at('discountBp'));
      } catch (error) {
        errors[at('discountBp')] = swissCode(error);
        ok = false;
      }
    }
    if (line.productId === null && line.description.trim() === '') {
      errors[at('description')] = 'FIELD_REQUIRED';
      ok = false;
    }
    if (!ok) return;
    lines.push({
      index,
      unitPrice,
      input: {
        productId: line.productId,
        description: line.description.trim(),
        quantity,
        unit: line.unit.trim() || null,
        unitPrice: Number(unitPrice),
        discountBp,
        tvaCategory: line.tvaCategory,
      },
    });
  });
  let discountBp = 0;
  if (draft.discount.trim() !== '') {
    try {
      discountBp = parsePercentage(draft.discount, 'discountBp');
    } catch (error) {
      errors.discountBp = swissCode(error);
    }
  }
  return { lines, discountBp, errors };
}

/**
 * The API names a line field `lines.2.quantity` (schema validation) or `lines[2].quantity` (Swiss
 * rules): one form for the editor.
 */
export function normalizeField(field: string | undefined): string | undefined {
  return field?.replace(/\[(\d+)\]/g, '.$1');
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The fields both invoices and quotes send. */
export function commonPayload(draft: DocumentDraft, parsed: ParsedDraft) {
  return {
    priceMode: draft.priceMode,
    currency: draft.currency,
    supplyDate: orNull(draft.supplyDate),
    title: orNull(draft.title),
    introText: orNull(draft.introText),
    footerText: orNull(draft.footerText),
    discountBp: parsed.discountBp,
    lines: parsed.lines.map((line) => line.input),
  };
}

/** The body of POST/PATCH /api/invoices for this draft. */
export function invoicePayload(draft: DocumentDraft, parsed: ParsedDraft) {
  return {
    ...commonPayload(draft, parsed),
    supplyPeriodEnd: orNull(draft.supplyPeriodEnd),
    dueDate: orNull(draft.dueDate),
    bankAccountId: orNull(draft.bankAccountId),
    referenceType: draft.referenceType,
  };
}

/** The body of POST/PATCH /api/quotes for this draft. */
export function quotePayload(draft: DocumentDraft, parsed: ParsedDraft) {
  return { ...commonPayload(draft, parsed), validUntil: orNull(draft.validUntil) };
}

/** Today in Switzerland, where documents are dated: `YYYY-MM-DD`. */
export function swissToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
