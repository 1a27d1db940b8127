import { MAX_DOCUMENT_NUMBER_LENGTH, MAX_SEQUENCE, parseNumberPattern } from './number-pattern';
import type { NumberPattern } from './number-pattern';

// Invoices and credit notes share one table whose numbers are unique per organisation, and
// payment references fold case: two series whose patterns can yield the same text (ignoring case)
// would one day collide at issue. Each pattern becomes a small automaton over characters, and a
// breadth-first walk of their product looks for a common string of at most 32 characters (the
// shortest one found is returned as an example). It is exact for the grammar except that the date
// tokens of one pattern are read as independent digits, while they print one date ({YYYY}…{YY}
// repeat the year): such a pattern may be reported as meeting another when its date forbids it —
// a refusal on the safe side, never a collision let through.

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
  const A = toAutomaton(typeof a === 'string' ? parseNumberPattern(a) : a);
  const B = toAutomaton(typeof b === 'string' ? parseNumberPattern(b) : b);
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
