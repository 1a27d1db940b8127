/**
 * Document numbering patterns such as `{YYYY}-{seq:4}`, `F{YY}{MM}-{seq:5}` or `{seq}`.
 *
 * Pure: no clock, no database. The caller passes the document date and the sequence value it took
 * from `number_sequence`; this module only turns them into text (and back, for checks and tests).
 *
 * Tokens: `{YYYY}` year, `{YY}` two-digit year, `{MM}` two-digit month, `{seq}` the sequence
 * unpadded, `{seq:N}` the sequence left-padded with zeros to N digits (it grows beyond N when it
 * has to; it is never cut). Exactly one sequence token. Literal text is limited to the characters
 * a payment reference can carry (`INVOICE_NUMBER_ALPHABET` of @simplifaq/swiss, case aside), so
 * every number a pattern yields can become a QRR/SCOR reference.
 *
 * Every fixed token has a fixed width, so within one sequence run the sequence always starts at
 * the same offset and distinct sequence values give distinct numbers (tested as a property).
 */

export const NUMBER_PATTERN_ERROR_CODES = {
  NUMBER_PATTERN_EMPTY: 'A numbering pattern is required.',
  NUMBER_PATTERN_TOO_LONG:
    'A numbering pattern is at most 64 characters and its numbers must fit 32 characters with room for a 6-digit sequence.',
  NUMBER_PATTERN_CHARACTER_INVALID:
    'Text in a numbering pattern is limited to A-Z, a-z, 0-9, "-", "/", ".", "_" and inner spaces (what a payment reference can carry).',
  NUMBER_PATTERN_TOKEN_INVALID: 'The tokens of a numbering pattern are {YYYY}, {YY}, {MM}, {seq} and {seq:N}.',
  NUMBER_PATTERN_SEQUENCE_MISSING: 'A numbering pattern contains the sequence token {seq} or {seq:N}.',
  NUMBER_PATTERN_SEQUENCE_DUPLICATE: 'A numbering pattern contains the sequence token only once.',
  NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID: 'The width N of {seq:N} is 1 to 10 digits.',
  NUMBER_SEQUENCE_INVALID: 'A sequence value is an integer from 1 to 2147483647.',
  NUMBER_DATE_INVALID: 'A document date is an existing calendar day written YYYY-MM-DD.',
  NUMBER_TOO_LONG: 'A document number is at most 32 characters.',
} as const;

export type NumberPatternErrorCode = keyof typeof NUMBER_PATTERN_ERROR_CODES;

/** The only error this module throws; `code` is stable (the API answers it as a 400). */
export class NumberPatternError extends Error {
  override readonly name = 'NumberPatternError';
  readonly code: NumberPatternErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: NumberPatternErrorCode, params: Readonly<Record<string, string | number>> = {}) {
    const details = Object.entries(params)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(', ');
    super(`${NUMBER_PATTERN_ERROR_CODES[code]}${details ? ` (${details})` : ''}`);
    this.code = code;
    this.params = params;
  }
}

export function isNumberPatternError(error: unknown): error is NumberPatternError {
  return error instanceof NumberPatternError;
}

/** Invoice numbers are `VARCHAR(32)` (same limit as `MAX_INVOICE_NUMBER_LENGTH` in @simplifaq/swiss). */
export const MAX_DOCUMENT_NUMBER_LENGTH = 32;
/** Pattern columns are `VARCHAR(64)`. */
export const MAX_NUMBER_PATTERN_LENGTH = 64;
/** A pattern must leave room for this many sequence digits, so issuing does not fail at invoice 1 000. */
export const MIN_SEQUENCE_ROOM = 6;
/** `number_sequence.next` and `invoice.sequence` are Postgres `integer`. */
export const MAX_SEQUENCE = 2_147_483_647;
const MAX_SEQUENCE_WIDTH = 10;

export type NumberPatternPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'year4' }
  | { readonly kind: 'year2' }
  | { readonly kind: 'month' }
  | { readonly kind: 'sequence'; readonly width: number };

export interface NumberPattern {
  readonly source: string;
  readonly parts: readonly NumberPatternPart[];
  /** True when the pattern holds {YYYY} or {YY}: the sequence then starts again at 1 each year. */
  readonly restartsYearly: boolean;
}

const LITERAL_CHAR = /^[A-Za-z0-9\-/._ ]$/;
const FIXED_WIDTH = { year4: 4, year2: 2, month: 2 } as const;

/** Parses and validates a pattern; throws {@link NumberPatternError}. */
export function parseNumberPattern(pattern: string): NumberPattern {
  if (typeof pattern !== 'string' || pattern.length === 0) throw new NumberPatternError('NUMBER_PATTERN_EMPTY');
  if (pattern.length > MAX_NUMBER_PATTERN_LENGTH) {
    throw new NumberPatternError('NUMBER_PATTERN_TOO_LONG', { length: pattern.length, max: MAX_NUMBER_PATTERN_LENGTH });
  }
  const parts: NumberPatternPart[] = [];
  let literal = '';
  const flushLiteral = (): void => {
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] as string;
    if (char === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) throw new NumberPatternError('NUMBER_PATTERN_TOKEN_INVALID', { token: pattern.slice(i), position: i });
      flushLiteral();
      parts.push(parseToken(pattern.slice(i, end + 1), i));
      i = end + 1;
      continue;
    }
    if (char === '}') throw new NumberPatternError('NUMBER_PATTERN_TOKEN_INVALID', { token: char, position: i });
    if (!LITERAL_CHAR.test(char)) throw new NumberPatternError('NUMBER_PATTERN_CHARACTER_INVALID', { character: char, position: i });
    literal += char;
    i += 1;
  }
  flushLiteral();

  // References fold case and trim; an edge space would vanish from the reference and surprise people.
  if (pattern.startsWith(' ') || pattern.endsWith(' ')) {
    throw new NumberPatternError('NUMBER_PATTERN_CHARACTER_INVALID', { character: ' ', position: pattern.startsWith(' ') ? 0 : pattern.length - 1 });
  }
  const sequences = parts.filter((p) => p.kind === 'sequence');
  if (sequences.length === 0) throw new NumberPatternError('NUMBER_PATTERN_SEQUENCE_MISSING');
  if (sequences.length > 1) throw new NumberPatternError('NUMBER_PATTERN_SEQUENCE_DUPLICATE', { count: sequences.length });

  const fixedLength = parts.reduce((sum, p) => sum + (p.kind === 'literal' ? p.text.length : p.kind === 'sequence' ? 0 : FIXED_WIDTH[p.kind]), 0);
  const sequenceRoom = Math.max(sequences[0]?.kind === 'sequence' ? sequences[0].width : 1, MIN_SEQUENCE_ROOM);
  if (fixedLength + sequenceRoom > MAX_DOCUMENT_NUMBER_LENGTH) {
    throw new NumberPatternError('NUMBER_PATTERN_TOO_LONG', { length: fixedLength + sequenceRoom, max: MAX_DOCUMENT_NUMBER_LENGTH });
  }
  return { source: pattern, parts, restartsYearly: parts.some((p) => p.kind === 'year4' || p.kind === 'year2') };
}

function parseToken(token: string, position: number): NumberPatternPart {
  switch (token) {
    case '{YYYY}':
      return { kind: 'year4' };
    case '{YY}':
      return { kind: 'year2' };
    case '{MM}':
      return { kind: 'month' };
    case '{seq}':
      return { kind: 'sequence', width: 1 };
  }
  const padded = /^\{seq:(\d+)\}$/.exec(token);
  if (!padded) throw new NumberPatternError('NUMBER_PATTERN_TOKEN_INVALID', { token, position });
  const width = Number(padded[1]);
  if (width < 1 || width > MAX_SEQUENCE_WIDTH) {
    throw new NumberPatternError('NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID', { width, max: MAX_SEQUENCE_WIDTH });
  }
  return { kind: 'sequence', width };
}

/** True when the pattern's sequence starts again at 1 each year (it holds {YYYY} or {YY}). */
export function restartsYearly(pattern: string | NumberPattern): boolean {
  return toPattern(pattern).restartsYearly;
}

/**
 * The `number_sequence.year` key a document dated `date` draws from: the calendar year when the
 * pattern restarts yearly, `0` (one endless run) otherwise.
 */
export function sequenceYear(pattern: string | NumberPattern, date: string): number {
  const { year } = parseIsoDate(date);
  return toPattern(pattern).restartsYearly ? year : 0;
}

export interface DocumentNumberInput {
  /** The document date, `YYYY-MM-DD` (issue date for invoices). */
  readonly date: string;
  /** The value drawn from the sequence, from 1. */
  readonly sequence: number;
}

/** Formats one document number; throws {@link NumberPatternError}. */
export function formatDocumentNumber(pattern: string | NumberPattern, input: DocumentNumberInput): string {
  const parsed = toPattern(pattern);
  const { year, month } = parseIsoDate(input.date);
  const { sequence } = input;
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new NumberPatternError('NUMBER_SEQUENCE_INVALID', { sequence: String(sequence) });
  }
  let out = '';
  for (const part of parsed.parts) {
    switch (part.kind) {
      case 'literal':
        out += part.text;
        break;
      case 'year4':
        out += String(year).padStart(4, '0');
        break;
      case 'year2':
        out += String(year % 100).padStart(2, '0');
        break;
      case 'month':
        out += String(month).padStart(2, '0');
        break;
      case 'sequence':
        out += String(sequence).padStart(part.width, '0');
        break;
    }
  }
  if (out.length > MAX_DOCUMENT_NUMBER_LENGTH) {
    throw new NumberPatternError('NUMBER_TOO_LONG', { number: out, max: MAX_DOCUMENT_NUMBER_LENGTH });
  }
  return out;
}

export interface ParsedDocumentNumber {
  readonly sequence: number;
  /** Present when the pattern has {YYYY} (full year) or {YY} (two digits, as written). */
  readonly year?: number;
  readonly month?: number;
}

/**
 * Reads a number back into its parts, or `null` when the pattern cannot have produced it. Only
 * the canonical form matches (`{seq:4}` reads `0042`, not `42`), so `format ∘ parse` is identity.
 * `ignoreCase` matches the literal text in any case, as payment references fold it.
 */
export function parseDocumentNumber(
  pattern: string | NumberPattern,
  documentNumber: string,
  options: { ignoreCase?: boolean } = {},
): ParsedDocumentNumber | null {
  const parsed = toPattern(pattern);
  let source = '^';
  const seen = new Set<string>();
  // A token may repeat (`{MM}/{MM}`); its later occurrences must repeat the first one's text.
  const group = (name: string, body: string): string => {
    if (seen.has(name)) return `\\k<${name}>`;
    seen.add(name);
    return `(?<${name}>${body})`;
  };
  for (const part of parsed.parts) {
    if (part.kind === 'literal') source += part.text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    else if (part.kind === 'year4') source += group('year4', '\\d{4}');
    else if (part.kind === 'year2') source += group('year2', '\\d{2}');
    else if (part.kind === 'month') source += group('month', '0[1-9]|1[0-2]');
    // Padded: exactly `width` digits, or more without a leading zero. The other tokens have fixed
    // widths, so the regex can split a number only one way.
    else source += part.width > 1 ? `(?<seq>\\d{${part.width}}|[1-9]\\d{${part.width},})` : '(?<seq>[1-9]\\d*)';
  }
  const match = new RegExp(`${source}$`, options.ignoreCase ? 'i' : '').exec(documentNumber);
  const groups = match?.groups;
  if (!groups?.seq) return null;
  const sequence = Number(groups.seq);
  if (sequence < 1 || sequence > MAX_SEQUENCE) return null;
  if (groups.year4 !== undefined && groups.year2 !== undefined && groups.year4.slice(2) !== groups.year2) return null;
  const year = groups.year4 ?? groups.year2;
  return {
    sequence,
    ...(year === undefined ? {} : { year: Number(year) }),
    ...(groups.month === undefined ? {} : { month: Number(groups.month) }),
  };
}

function toPattern(pattern: string | NumberPattern): NumberPattern {
  return typeof pattern === 'string' ? parseNumberPattern(pattern) : pattern;
}

function parseIsoDate(date: string): { year: number; month: number } {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(0);
    probe.setUTCFullYear(year, month - 1, day); // not Date.UTC: it maps years 0–99 to 1900–1999
    if (year >= 1 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month };
    }
  }
  throw new NumberPatternError('NUMBER_DATE_INVALID', { date: String(date) });
}
