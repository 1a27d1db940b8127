import { describe, expect, it } from 'vitest';
import { catchRule } from '../../test/catch-rule';
import type { PriceTarget } from './price-in-mode';
import { priceInMode } from './price-in-mode';
import { SWISS_TVA_RATES } from './rate-table';

const target = (over: Partial<PriceTarget> = {}): PriceTarget => ({
  priceMode: 'net',
  vatRegistered: true,
  rates: SWISS_TVA_RATES,
  supplyDate: '2026-11-27',
  ...over,
});

describe('priceInMode', () => {
  it('takes the TVA out of a gross price for a net document: 6.50 TTC at 2.6 % is 6.34 HT', () => {
    // 650 / 1.026 = 633.53 → 634
    expect(priceInMode({ unitPrice: 650n, priceMode: 'gross', category: 'reduced' }, target())).toBe(634n);
  });

  it('adds the TVA to a net price for a gross document: 95.00 HT at 8.1 % is 102.70 TTC', () => {
    // 9500 × 0.081 = 769.5 → 770 (half away from zero, as the calculation rounds the tax)
    expect(priceInMode({ unitPrice: 9500n, priceMode: 'net', category: 'normal' }, target({ priceMode: 'gross' }))).toBe(10270n);
  });

  it('keeps the price when the modes agree or the business is not registered for TVA', () => {
    expect(priceInMode({ unitPrice: 650n, priceMode: 'gross', category: 'reduced' }, target({ priceMode: 'gross' }))).toBe(650n);
    expect(priceInMode({ unitPrice: 650n, priceMode: 'gross', category: 'reduced' }, target({ vatRegistered: false }))).toBe(650n);
    expect(priceInMode({ unitPrice: 9500n, priceMode: 'net', category: 'normal' }, target({ priceMode: 'gross', vatRegistered: false }))).toBe(9500n);
  });

  it('keeps the price of an untaxed category', () => {
    expect(priceInMode({ unitPrice: 9500n, priceMode: 'net', category: 'exempt' }, target({ priceMode: 'gross' }))).toBe(9500n);
  });

  it('uses the rate of the supply date, not of today', () => {
    // 7.7 % until 2023-12-31: 100.00 HT → 107.70 TTC; 8.1 % from 2024-01-01 → 108.10
    const hundred = { unitPrice: 10000n, priceMode: 'net', category: 'normal' } as const;
    expect(priceInMode(hundred, target({ priceMode: 'gross', supplyDate: '2023-12-31' }))).toBe(10770n);
    expect(priceInMode(hundred, target({ priceMode: 'gross', supplyDate: '2024-01-01' }))).toBe(10810n);
  });

  it('rounds a negative price symmetrically', () => {
    expect(priceInMode({ unitPrice: -650n, priceMode: 'gross', category: 'reduced' }, target())).toBe(-634n);
  });

  it('names the field when no rate covers the supply date', () => {
    const e = catchRule(() => priceInMode({ unitPrice: 650n, priceMode: 'gross', category: 'reduced' }, target({ supplyDate: '2010-06-01', field: 'lines[2].supplyDate' })));
    expect(e).toMatchObject({ code: 'TVA_RATE_NOT_FOUND', field: 'lines[2].supplyDate' });
  });
});
