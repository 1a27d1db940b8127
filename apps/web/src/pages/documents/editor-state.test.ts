import { describe, expect, it } from 'vitest';
import { SWISS_TVA_RATES } from '@simplifaq/swiss/tva';
import type { BankAccount } from '../../api/bank-accounts';
import type { Client } from '../../api/clients';
import type { Organisation } from '../../api/organisation';
import type { DocumentDraft, LineDraft } from './editor-state';
import { emptyDraft, invoicePayload, normalizeField, parseDraft } from './editor-state';
import { computeLiveTotals } from './live-totals';
import { preflight } from './preflight';

const line = (overrides: Partial<LineDraft>): LineDraft => ({
  key: Math.random().toString(36),
  productId: null,
  description: 'Conseil',
  quantity: '1',
  unit: '',
  unitPrice: '',
  discount: '',
  tvaCategory: 'normal',
  ...overrides,
});

const draft = (overrides: Partial<DocumentDraft>): DocumentDraft => ({ ...emptyDraft({ currency: 'CHF', vatRegistered: true }), clientId: 'c1', supplyDate: '2026-03-10', ...overrides });

describe('parseDraft', () => {
  it('reads numbers as Swiss people type them, exactly', () => {
    const parsed = parseDraft(
      draft({
        lines: [
          line({ quantity: '1,5', unitPrice: "1'250.50", discount: '10' }),
          line({ quantity: '3', unitPrice: '12.-', tvaCategory: 'reduced', unit: 'kg' }),
          line({ description: '', unitPrice: '' }), // the blank row at the end
        ],
        discount: '2,5',
      }),
    );
    expect(parsed.errors).toEqual({});
    expect(parsed.discountBp).toBe(250);
    expect(parsed.lines.map((l) => l.input)).toEqual([
      { productId: null, description: 'Conseil', quantity: '1.5', unit: null, unitPrice: 125050, discountBp: 1000, tvaCategory: 'normal' },
      { productId: null, description: 'Conseil', quantity: '3', unit: 'kg', unitPrice: 1200, discountBp: 0, tvaCategory: 'reduced' },
    ]);
  });

  it('names each bad field of each line by its row', () => {
    const parsed = parseDraft(draft({ lines: [line({ quantity: '1.23456', unitPrice: '10.005' }), line({ description: '', unitPrice: '5', discount: '120' })] }));
    expect(parsed.errors).toEqual({
      'lines.0.quantity': 'QUANTITY_INVALID',
      'lines.0.unitPrice': 'AMOUNT_PRECISION',
      'lines.1.discountBp': 'PERCENTAGE_INVALID',
      'lines.1.description': 'FIELD_REQUIRED',
    });
    expect(parsed.lines).toEqual([]);
  });

  it('turns the API’s two spellings of a line field into one', () => {
    expect(normalizeField('lines[3].quantity')).toBe('lines.3.quantity');
    expect(normalizeField('lines.3.quantity')).toBe('lines.3.quantity');
  });
});

describe('computeLiveTotals', () => {
  it('computes the two-rate invoice to the Rappen: TVA per rate, 5-Rappen rounding', () => {
    // 10 h × 120.00 at 8.1 % and 3 × 24.95 at 2.6 %, net prices, in 2026.
    const d = draft({ lines: [line({ quantity: '10', unitPrice: '120' }), line({ quantity: '3', unitPrice: '24.95', tvaCategory: 'reduced' })] });
    const parsed = parseDraft(d);
    const { calculation, lineAmounts, error } = computeLiveTotals(d, parsed, { vatRegistered: true, rates: SWISS_TVA_RATES });
    expect(error).toBeNull();
    expect(lineAmounts).toEqual(new Map([[0, 120000n], [1, 7485n]]));
    expect(calculation?.rows.map((r) => [r.category, r.rateBp, r.base, r.tax])).toEqual([
      ['normal', 810, 120000n, 9720n],
      ['reduced', 260, 7485n, 195n], // 74.85 × 2.6 % = 1.9461 → 1.95
    ]);
    expect(calculation?.totalGross).toBe(137400n); // 1274.85 + 97.20 + 1.95 = 1374.00
    expect(calculation?.totalPayable).toBe(137400n);
    const payload = invoicePayload(d, parsed);
    expect(payload.lines).toHaveLength(2);
    expect(payload).toMatchObject({ supplyDate: '2026-03-10', dueDate: null, bankAccountId: null, referenceType: 'SCOR', priceMode: 'net', discountBp: 0 });
  });

  it('extracts the TVA from gross prices and has no TVA when not registered', () => {
    const d = draft({ priceMode: 'gross', lines: [line({ quantity: '1', unitPrice: '108.10' })] });
    const registered = computeLiveTotals(d, parseDraft(d), { vatRegistered: true, rates: SWISS_TVA_RATES }).calculation;
    expect([registered?.totalNet, registered?.totalTva, registered?.totalPayable]).toEqual([10000n, 810n, 10810n]);
    const unregistered = computeLiveTotals(d, parseDraft(d), { vatRegistered: false, rates: SWISS_TVA_RATES }).calculation;
    expect([unregistered?.totalTva, unregistered?.totalPayable, unregistered?.rows]).toEqual([0n, 10810n, []]);
  });

  it('reports a supply date without a TVA rate on the document', () => {
    const d = draft({ supplyDate: '2009-01-01', lines: [line({ unitPrice: '100' })] });
    expect(computeLiveTotals(d, parseDraft(d), { vatRegistered: true, rates: SWISS_TVA_RATES }).error).toEqual({ code: 'TVA_RATE_NOT_FOUND', field: 'supplyDate' });
  });
});

const organisation = (overrides: Partial<Organisation> = {}): Organisation =>
  ({
    id: 'o1',
    name: 'Atelier Dupont Sàrl',
    street: 'Rue du Marché',
    buildingNumber: '12',
    postalCode: '1204',
    town: 'Genève',
    country: 'CH',
    vatRegistered: true,
    uid: 'CHE-100.155.212',
    ...overrides,
  }) as Organisation;

const client = (overrides: Partial<Client> = {}): Client =>
  ({ id: 'c1', name: 'Müller AG', street: 'Bahnhofstrasse', buildingNumber: '1', postalCode: '8001', town: 'Zürich', country: 'CH', ...overrides }) as Client;

const account = (overrides: Partial<BankAccount> = {}): BankAccount =>
  ({ id: 'b1', label: 'UBS', iban: 'CH9300762011623852957', ibanFormatted: '', isQrIban: false, isDefault: true, qrrPrefix: null, ...overrides }) as BankAccount;

function check(input: { organisation?: Organisation; client?: Client | null; accounts?: BankAccount[]; draft?: DocumentDraft }) {
  const d = input.draft ?? draft({ lines: [line({ unitPrice: '100' })] });
  const parsed = parseDraft(d);
  return preflight({
    organisation: input.organisation ?? organisation(),
    bankAccounts: input.accounts ?? [account()],
    client: input.client === undefined ? client() : input.client,
    draft: d,
    parsed,
    totals: computeLiveTotals(d, parsed, { vatRegistered: true, rates: SWISS_TVA_RATES }),
  });
}

describe('preflight', () => {
  it('passes a complete invoice', () => {
    expect(check({})).toEqual([]);
  });

  it('names every QR-bill address problem of the creditor and the debtor at once', () => {
    const issues = check({
      organisation: organisation({ postalCode: null, town: 'Genève — Centre' }),
      client: client({ postalCode: '999', name: 'Müller “AG”' }),
    });
    expect(issues).toEqual([
      { area: 'creditor', code: 'FIELD_REQUIRED', field: 'postalCode' },
      { area: 'creditor', code: 'CHARSET_INVALID', field: 'town', params: { character: '—' } },
      { area: 'debtor', code: 'CHARSET_INVALID', field: 'name', params: { character: '“' } },
      { area: 'debtor', code: 'POSTAL_CODE_INVALID', field: 'postalCode' },
    ]);
  });

  it('names the wrong reference type for the account, and a missing account', () => {
    const qrAccount = account({ iban: 'CH4431999123000889012', isQrIban: true });
    const mismatch = [{ area: 'bank', code: 'REFERENCE_TYPE_MISMATCH', field: 'referenceType' }];
    expect(check({ accounts: [qrAccount], draft: draft({ referenceType: 'NON', lines: [line({ unitPrice: '1' })] }) })).toEqual(mismatch);
    expect(check({ accounts: [account()], draft: draft({ referenceType: 'QRR', lines: [line({ unitPrice: '1' })] }) })).toEqual(mismatch);
    // SCOR is the editor's "automatic": a QR-IBAN then gets its QR reference at issue.
    expect(check({ accounts: [qrAccount], draft: draft({ referenceType: 'SCOR', lines: [line({ unitPrice: '1' })] }) })).toEqual([]);
    expect(check({ accounts: [account()], draft: draft({ referenceType: 'NON', lines: [line({ unitPrice: '1' })] }) })).toEqual([]);
    expect(check({ accounts: [] })).toEqual([{ area: 'bank', code: 'NO_BANK_ACCOUNT', field: 'bankAccountId' }]);
  });

  it('names an empty invoice, bad lines, a missing client and an amount a QR-bill cannot carry', () => {
    expect(check({ client: null, draft: draft({ lines: [] }) })).toEqual([
      { area: 'debtor', code: 'CLIENT_REQUIRED', field: 'clientId' },
      { area: 'lines', code: 'INVOICE_EMPTY', field: 'lines' },
    ]);
    expect(check({ draft: draft({ lines: [line({ unitPrice: 'abc' })] }) })).toEqual([{ area: 'lines', code: 'LINES_INVALID', params: { count: 1 } }]);
    expect(check({ draft: draft({ lines: [line({ unitPrice: '-50' })] }) })).toEqual([{ area: 'amount', code: 'AMOUNT_OUT_OF_RANGE' }]);
  });

  it('requires the UID of a VAT-registered business', () => {
    expect(check({ organisation: organisation({ uid: null }) })).toEqual([{ area: 'vat', code: 'VAT_NUMBER_REQUIRED' }]);
  });
});
