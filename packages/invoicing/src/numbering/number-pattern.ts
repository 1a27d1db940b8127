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
 */
export function parseDocumentNumber(pattern: string | NumberPattern, documentNumber: string): ParsedDocumentNumber | null {
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
  const match = new RegExp(`${source}$`).exec(documentNumber);
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

// --- Overlap between two patterns -------------------------------------------------------------
// Invoices and credit notes share one table whose numbers are unique per organisation, and
// payment references fold case: two series whose patterns can yield the same text (ignoring case)
// would one day collide at issue. The check below is exact for the pattern grammar: each pattern
// becomes a small automaton over characters, and a breadth-first walk of their product looks for
// a common string of at most 32 characters (the shortest one found is returned as an example).

interface Edge {
  readonly chars: string;
  readonly to: number;
}

interface Automaton {
  readonly edges: Edge[][];
  /** Epsilon moves. */
  readonly jumps: number[][];
  readonly final: number;
}

const DIGITS = '0123456789';
const NON_ZERO = '123456789';
const MAX_SEQUENCE_DIGITS = String(MAX_SEQUENCE).length;

function toAutomaton(pattern: NumberPattern): Automaton {
  const edges: Edge[][] = [[]];
  const jumps: number[][] = [[]];
  const state = (): number => {
    edges.push([]);
    jumps.push([]);
    return edges.length - 1;
  };
  const step = (from: number, chars: string, to = state()): number => {
    edges[from]!.push({ chars, to });
    return to;
  };
  const digits = (from: number, n: number): number => {
    let at = from;
    for (let i = 0; i < n; i++) at = step(at, DIGITS);
    return at;
  };
  let at = 0;
  for (const part of pattern.parts) {
    if (part.kind === 'literal') for (const c of part.text.toUpperCase()) at = step(at, c);
    else if (part.kind === 'year4') at = digits(at, 4);
    else if (part.kind === 'year2') at = digits(at, 2);
    else if (part.kind === 'month') {
      const end = state();
      step(step(at, '0'), NON_ZERO, end);
      step(step(at, '1'), '012', end);
      at = end;
    } else {
      // Exactly `width` digits but not all zeros (the sequence starts at 1), or a non-zero digit
      // followed by at least `width` more.
      const end = state();
      if (part.width > 1) {
        let zeros = at;
        let nonZero: number | null = null;
        for (let i = 0; i < part.width; i++) {
          const nextNonZero = state();
          if (nonZero !== null) step(nonZero, DIGITS, nextNonZero);
          step(zeros, NON_ZERO, nextNonZero);
          if (i < part.width - 1) zeros = step(zeros, '0');
          nonZero = nextNonZero;
        }
        jumps[nonZero!]!.push(end);
      }
      // Sequences stop at MAX_SEQUENCE (10 digits): longer runs of digits are no sequence.
      const minLong = 1 + (part.width > 1 ? part.width : 0);
      if (minLong <= MAX_SEQUENCE_DIGITS) {
        let long = digits(step(at, NON_ZERO), minLong - 1);
        jumps[long]!.push(end);
        for (let n = minLong; n < MAX_SEQUENCE_DIGITS; n++) {
          long = step(long, DIGITS);
          jumps[long]!.push(end);
        }
      }
      at = end;
    }
  }
  return { edges, jumps, final: at };
}

function closure(a: Automaton, from: number): number[] {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length) {
    for (const next of a.jumps[stack.pop()!]!) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return [...seen];
}

/**
 * A document number both patterns can produce (compared without case), or `null` when they
 * never meet within 32 characters. Use it to keep the series that share a table apart.
 * A date token written twice (`{YYYY}-{seq}-{YYYY}`) is taken as two independent ones, so such a
 * pattern may be reported to meet another where it cannot: the answer errs on the safe side only.
 */
export function findCommonNumber(a: string | NumberPattern, b: string | NumberPattern): string | null {
  const A = toAutomaton(toPattern(a));
  const B = toAutomaton(toPattern(b));
  const key = (p: number, q: number) => p * B.edges.length + q;
  const parent = new Map<number, { from: number; char: string } | null>([[key(0, 0), null]]);
  let layer: [number, number][] = [[0, 0]];
  for (let depth = 0; depth <= MAX_DOCUMENT_NUMBER_LENGTH && layer.length; depth++) {
    const next: [number, number][] = [];
    for (const [p, q] of layer) {
      const ps = closure(A, p);
      const qs = closure(B, q);
      if (ps.includes(A.final) && qs.includes(B.final)) return witness(parent, key(p, q));
      if (depth === MAX_DOCUMENT_NUMBER_LENGTH) continue;
      for (const pp of ps) {
        for (const ea of A.edges[pp]!) {
          for (const qq of qs) {
            for (const eb of B.edges[qq]!) {
              const char = [...ea.chars].find((c) => eb.chars.includes(c));
              const k = key(ea.to, eb.to);
              if (char === undefined || parent.has(k)) continue;
              parent.set(k, { from: key(p, q), char });
              next.push([ea.to, eb.to]);
            }
          }
        }
      }
    }
    layer = next;
  }
  return null;
}

function witness(parent: Map<number, { from: number; char: string } | null>, end: number): string {
  let out = '';
  for (let link = parent.get(end); link; link = parent.get(link.from)) out = link.char + out;
  return out;
}
