import { describe, expect, it } from 'vitest';
import { isSwissRuleError, SWISS_ERROR_CODES, SwissRuleError } from './errors';
import { assertCurrency, assertPriceMode, assertReferenceType, assertTvaCategory } from './types';
import { codeOf } from '../test/catch-rule';

describe('SwissRuleError', () => {
  it('carries code, field, rule and params, and a readable message', () => {
    const e = new SwissRuleError('CHARSET_INVALID', 'creditor.name', { character: '“', codePoint: 'U+201C' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('SwissRuleError');
    expect(e.rule).toBe(SWISS_ERROR_CODES.CHARSET_INVALID);
    expect(e.message).toBe(`creditor.name: ${SWISS_ERROR_CODES.CHARSET_INVALID} (character="“", codePoint="U+201C")`);
    expect(new SwissRuleError('FIELD_REQUIRED', 'town').message).toBe('town: This field is required.');
    expect(new SwissRuleError('FIELD_REQUIRED', 'town', {}, 'custom rule').rule).toBe('custom rule');
    expect(isSwissRuleError(e)).toBe(true);
    expect(isSwissRuleError(new Error('x'))).toBe(false);
  });

  it('lists stable upper-snake-case codes, each with a description', () => {
    for (const [code, rule] of Object.entries(SWISS_ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(rule.length).toBeGreaterThan(10);
    }
    // The codes the API and the web app were told about must stay.
    for (const code of ['IBAN_INVALID', 'IBAN_NOT_CH_LI', 'QRR_CHECK_DIGIT', 'SCOR_CHECK_DIGIT', 'CHARSET_INVALID', 'AMOUNT_OUT_OF_RANGE', 'REFERENCE_TYPE_MISMATCH']) {
      expect(SWISS_ERROR_CODES).toHaveProperty(code);
    }
  });
});

describe('enum guards', () => {
  it('accept the enum values and name the field otherwise', () => {
    expect(() => assertCurrency('EUR')).not.toThrow();
    expect(codeOf(() => assertCurrency('USD'))).toBe('CURRENCY_INVALID');
    expect(() => assertTvaCategory('zero_rated')).not.toThrow();
    expect(codeOf(() => assertTvaCategory('reduced '))).toBe('TVA_CATEGORY_INVALID');
    expect(() => assertPriceMode('gross')).not.toThrow();
    expect(codeOf(() => assertPriceMode('GROSS'))).toBe('PRICE_MODE_INVALID');
    expect(() => assertReferenceType('NON')).not.toThrow();
    expect(codeOf(() => assertReferenceType('ISR'))).toBe('REFERENCE_TYPE_INVALID');
  });
});
