import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInvoiceNumber } from '@simplifaq/swiss/reference';
import {
  MAX_DOCUMENT_NUMBER_LENGTH,
  MAX_SEQUENCE,
  NumberPatternError,
  formatDocumentNumber,
  parseDocumentNumber,
  parseNumberPattern,
  restartsYearly,
  sequenceYear,
} from './number-pattern';
import { dateArb, patternArb, sequenceArb } from './pattern-arbitrary';
import type { NumberPatternErrorCode } from './number-pattern';

function codeOf(fn: () => unknown): NumberPatternErrorCode | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NumberPatternError) return error.code;
    throw error;
  }
  return undefined;
}

describe('parseNumberPattern', () => {
  it.each([
    ['{YYYY}-{seq:4}', true],
    ['F{YY}{MM}-{seq:5}', true],
    ['{seq}', false],
    ['NC-{YYYY}-{seq:4}', true],
    ['OF-{YYYY}-{seq:4}', true],
    ['R/{MM}.{seq:3}_a b', false],
  ])('accepts %j (restarts yearly: %s)', (pattern, yearly) => {
    expect(parseNumberPattern(pattern).restartsYearly).toBe(yearly);
    expect(restartsYearly(pattern)).toBe(yearly);
  });

  it('splits a pattern into typed parts', () => {
    expect(parseNumberPattern('F{YY}{MM}-{seq:5}').parts).toEqual([
      { kind: 'literal', text: 'F' },
      { kind: 'year2' },
      { kind: 'month' },
      { kind: 'literal', text: '-' },
      { kind: 'sequence', width: 5 },
    ]);
  });

  it.each<[string, NumberPatternErrorCode]>([
    ['', 'NUMBER_PATTERN_EMPTY'],
    ['{YYYY}-', 'NUMBER_PATTERN_SEQUENCE_MISSING'],
    ['2024', 'NUMBER_PATTERN_SEQUENCE_MISSING'],
    ['{seq}-{seq:3}', 'NUMBER_PATTERN_SEQUENCE_DUPLICATE'],
    ['{seq:0}', 'NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID'],
    ['{seq:11}', 'NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID'],
    ['{seq:1234}', 'NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID'],
    ['{seq:}', 'NUMBER_PATTERN_TOKEN_INVALID'],
    ['{DD}-{seq}', 'NUMBER_PATTERN_TOKEN_INVALID'],
    ['{yyyy}-{seq}', 'NUMBER_PATTERN_TOKEN_INVALID'],
    ['{YYYY-{seq}', 'NUMBER_PATTERN_TOKEN_INVALID'],
    ['{seq', 'NUMBER_PATTERN_TOKEN_INVALID'],
    ['}{seq}', 'NUMBER_PATTERN_TOKEN_INVALID'],
    ['F#{seq}', 'NUMBER_PATTERN_CHARACTER_INVALID'],
    ['Fä{seq}', 'NUMBER_PATTERN_CHARACTER_INVALID'],
    ['=1+{seq}', 'NUMBER_PATTERN_CHARACTER_INVALID'],
    [' {seq}', 'NUMBER_PATTERN_CHARACTER_INVALID'],
    ['{seq} ', 'NUMBER_PATTERN_CHARACTER_INVALID'],
    ['A\t{seq}', 'NUMBER_PATTERN_CHARACTER_INVALID'],
    [`${'A'.repeat(27)}{seq}`, 'NUMBER_PATTERN_TOO_LONG'],
    [`${'A'.repeat(20)}{seq:12}`, 'NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID'],
    [`${'A'.repeat(23)}{seq:10}`, 'NUMBER_PATTERN_TOO_LONG'],
    [`{seq}${'-'.repeat(60)}`, 'NUMBER_PATTERN_TOO_LONG'],
  ])('refuses %j with %s', (pattern, code) => {
    expect(codeOf(() => parseNumberPattern(pattern))).toBe(code);
  });

  it('leaves room for a 6-digit sequence within 32 characters', () => {
    expect(codeOf(() => parseNumberPattern(`${'A'.repeat(26)}{seq}`))).toBeUndefined();
    expect(codeOf(() => parseNumberPattern(`${'A'.repeat(22)}{seq:10}`))).toBeUndefined();
  });

  it('reports where the problem is', () => {
    try {
      parseNumberPattern('AB#{seq}');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'NUMBER_PATTERN_CHARACTER_INVALID', params: { character: '#', position: 2 } });
    }
  });
});

describe('formatDocumentNumber', () => {
  it.each([
    ['{YYYY}-{seq:4}', '2025-03-07', 42, '2025-0042'],
    ['F{YY}{MM}-{seq:5}', '2025-03-07', 7, 'F2503-00007'],
    ['{seq}', '2025-12-31', 1, '1'],
    ['{seq:3}', '2025-12-31', 12345, '12345'],
    ['NC-{YYYY}-{seq:4}', '2024-01-01', 1, 'NC-2024-0001'],
    ['{YY}{seq:2}', '2009-06-30', 3, '0903'],
  ])('%j on %s, sequence %i → %j', (pattern, date, sequence, expected) => {
    expect(formatDocumentNumber(pattern, { date, sequence })).toBe(expected);
    expect(formatDocumentNumber(parseNumberPattern(pattern), { date, sequence })).toBe(expected);
  });

  it.each<[string, number, NumberPatternErrorCode]>([
    ['2025-02-30', 1, 'NUMBER_DATE_INVALID'],
    ['2025-13-01', 1, 'NUMBER_DATE_INVALID'],
    ['25-01-01', 1, 'NUMBER_DATE_INVALID'],
    ['2025-01-01T00:00:00Z', 1, 'NUMBER_DATE_INVALID'],
    ['2025-01-01', 0, 'NUMBER_SEQUENCE_INVALID'],
    ['2025-01-01', -1, 'NUMBER_SEQUENCE_INVALID'],
    ['2025-01-01', 1.5, 'NUMBER_SEQUENCE_INVALID'],
    ['2025-01-01', MAX_SEQUENCE + 1, 'NUMBER_SEQUENCE_INVALID'],
  ])('refuses date %j with sequence %d: %s', (date, sequence, code) => {
    expect(codeOf(() => formatDocumentNumber('{YYYY}-{seq:4}', { date, sequence }))).toBe(code);
  });

  it('refuses a number that outgrows 32 characters', () => {
    const pattern = `${'A'.repeat(26)}{seq}`;
    expect(formatDocumentNumber(pattern, { date: '2025-01-01', sequence: 999_999 })).toHaveLength(32);
    expect(codeOf(() => formatDocumentNumber(pattern, { date: '2025-01-01', sequence: 1_000_000 }))).toBe('NUMBER_TOO_LONG');
  });

  it('keys the sequence by year only when the pattern restarts yearly', () => {
    expect(sequenceYear('{YYYY}-{seq:4}', '2025-06-01')).toBe(2025);
    expect(sequenceYear('F{YY}-{seq}', '2026-01-01')).toBe(2026);
    expect(sequenceYear('{MM}-{seq}', '2025-06-01')).toBe(0);
  });
});

describe('parseDocumentNumber', () => {
  it('reads the parts back', () => {
    expect(parseDocumentNumber('F{YY}{MM}-{seq:5}', 'F2503-00007')).toEqual({ sequence: 7, year: 25, month: 3 });
    expect(parseDocumentNumber('{YYYY}-{seq:4}', '2025-12345')).toEqual({ sequence: 12345, year: 2025 });
    expect(parseDocumentNumber('{seq}', '17')).toEqual({ sequence: 17 });
  });

  it('refuses what the pattern cannot produce', () => {
    expect(parseDocumentNumber('{YYYY}-{seq:4}', '2025-42')).toBeNull();
    expect(parseDocumentNumber('{YYYY}-{seq:4}', '2025-00042')).toBeNull();
    expect(parseDocumentNumber('{YYYY}-{seq:4}', '2025-0000')).toBeNull();
    expect(parseDocumentNumber('{seq}', '007')).toBeNull();
    expect(parseDocumentNumber('F{MM}{seq}', 'F131')).toBeNull();
    expect(parseDocumentNumber('A.{seq}', 'AX1')).toBeNull();
  });
});

describe('properties', () => {
  it('a formatted number parses back to its sequence and date parts', () => {
    fc.assert(
      fc.property(patternArb, dateArb, sequenceArb, (pattern, date, sequence) => {
        const number = formatDocumentNumber(pattern, { date, sequence });
        expect(number.length).toBeLessThanOrEqual(MAX_DOCUMENT_NUMBER_LENGTH);
        const back = parseDocumentNumber(pattern, number);
        expect(back?.sequence).toBe(sequence);
        if (pattern.includes('{MM}')) expect(back?.month).toBe(Number(date.slice(5, 7)));
        // Every number can become a payment reference.
        expect(normalizeInvoiceNumber(number)).toBe(number.toUpperCase());
      }),
    );
  });

  it('distinct sequences in one run give distinct numbers, whatever their dates', () => {
    fc.assert(
      fc.property(patternArb, fc.integer({ min: 2000, max: 2099 }), fc.uniqueArray(fc.tuple(sequenceArb, dateArb), { selector: ([s]) => s, minLength: 2, maxLength: 30 }), (pattern, year, draws) => {
        // Within a yearly run all dates share the year; otherwise any dates mix.
        const yearly = restartsYearly(pattern);
        const numbers = draws.map(([sequence, date]) => formatDocumentNumber(pattern, { date: yearly ? `${year}${date.slice(4, 8)}${date.slice(8) > '28' ? '28' : date.slice(8)}` : date, sequence }));
        expect(new Set(numbers.map((n) => n.toUpperCase())).size).toBe(numbers.length);
      }),
    );
  });
});
