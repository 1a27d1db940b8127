// Test data for the numbering properties (imported by tests only).
import fc from 'fast-check';
import { parseNumberPattern } from './number-pattern';

// Patterns built from the grammar: literals from the reference alphabet, fixed tokens anywhere,
// exactly one sequence token; those that do not fit 32 characters are filtered out.
const literalArb = fc
  .array(fc.constantFrom(...'ABCxyz019-/._ '.split('')), { minLength: 1, maxLength: 4 })
  .map((chars) => chars.join(''));
const fixedTokenArb = fc.constantFrom('{YYYY}', '{YY}', '{MM}');
const sequenceTokenArb = fc.oneof(fc.constant('{seq}'), fc.integer({ min: 1, max: 10 }).map((n) => `{seq:${n}}`));
export const patternArb = fc
  .tuple(fc.array(fc.oneof(literalArb, fixedTokenArb), { maxLength: 4 }), sequenceTokenArb, fc.array(fc.oneof(literalArb, fixedTokenArb), { maxLength: 4 }))
  .map(([before, seq, after]) => [...before, seq, ...after].join('').trim())
  .filter((pattern) => {
    try {
      parseNumberPattern(pattern);
      return true;
    } catch {
      return false;
    }
  });
export const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const sequenceArb = fc.integer({ min: 1, max: 999_999 });
