import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertTtlMs, escapeGlob, parseCounter, reconnectDelayMs } from './store-fns';

describe('assertTtlMs', () => {
  it('accepts positive safe integers only', () => {
    expect(() => assertTtlMs(1)).not.toThrow();
    expect(() => assertTtlMs(86_400_000)).not.toThrow();
    for (const bad of [0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '100', undefined]) {
      expect(() => assertTtlMs(bad), String(bad)).toThrow(RangeError);
    }
  });
});

describe('escapeGlob', () => {
  it('backslash-escapes the characters Redis MATCH interprets', () => {
    expect(escapeGlob('session:u1:')).toBe('session:u1:');
    expect(escapeGlob('a*b?c[d]e^f\\g')).toBe('a\\*b\\?c\\[d\\]e\\^f\\\\g');
  });
});

describe('parseCounter', () => {
  it('reads what Redis INCR reads and refuses what it refuses', () => {
    expect(parseCounter('0')).toBe(0);
    expect(parseCounter('41')).toBe(41);
    expect(parseCounter('-7')).toBe(-7);
    for (const bad of ['', ' 1', '1 ', '+1', '01', '-0', '1.0', '1e3', 'abc', '9007199254740993']) {
      expect(parseCounter(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('round-trips every safe integer (property)', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => parseCounter(String(n)) === n));
  });
});

describe('reconnectDelayMs', () => {
  it('grows exponentially, stays within [cap/2, cap] once capped, and is never negative (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = reconnectDelayMs(attempt, 50, 1000, () => r);
        const full = Math.min(1000, 50 * 2 ** (attempt - 1));
        return delay >= Math.floor(full / 2) && delay <= full;
      }),
    );
    expect(reconnectDelayMs(1, 50, 1000, () => 0)).toBe(25);
    expect(reconnectDelayMs(1000, 50, 1000, () => 0.999)).toBe(1000);
  });
});
