import { describe, expect, it } from 'vitest';
import { codeOf } from '../test/catch-rule';
import { assertIsoDate, formatSwicoDate, isIsoDate } from './dates';

describe('ISO dates', () => {
  it('accepts existing days only', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '2024-01-01']) expect(isIsoDate(d)).toBe(true);
    for (const d of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '2024-01-00', '2024-1-1', '20240101', 20240101, null]) {
      expect(isIsoDate(d)).toBe(false);
    }
    expect(codeOf(() => assertIsoDate('2024-02-30'))).toBe('DATE_INVALID');
  });

  it('writes the Swico YYMMDD form', () => {
    expect(formatSwicoDate('2019-05-12')).toBe('190512');
    expect(codeOf(() => formatSwicoDate('12.05.2019'))).toBe('DATE_INVALID');
  });
});
