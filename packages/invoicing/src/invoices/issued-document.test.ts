import { buildQrBillData, calculateInvoice, SWISS_TVA_RATES } from '@simplifaq/swiss';
import { describe, expect, it } from 'vitest';
import type { QrBillSource } from './issued-document';
import { buildInvoiceQrBill } from './issued-document';

const calculation = calculateInvoice({
  lines: [
    { quantity: '1', unitPrice: 100000n, category: 'normal' },
    { quantity: '1', unitPrice: 5000n, category: 'reduced' },
  ],
  priceMode: 'net',
  currency: 'CHF',
  vatRegistered: true,
  supplyDate: '2026-03-01',
  rates: SWISS_TVA_RATES,
});

const source = (clientReference: string | null): QrBillSource => ({
  account: { id: 'a', label: 'C', iban: 'CH5800791123000889012', isQrIban: false, qrrPrefix: null },
  creditor: { name: 'Atelier Dubois Sàrl', street: 'Rue du Marché', buildingNumber: '3', postalCode: '1204', town: 'Genève', country: 'CH', uid: '100155212', vatNumber: 'CHE-100.155.212 TVA', vatRegistered: true, email: null, phone: null, website: null },
  debtor: { clientId: 'c', kind: 'company', name: 'Acme SA', contactName: null, street: 'Rue du Lac', buildingNumber: '12', postalCode: '1003', town: 'Lausanne', country: 'CH', uid: null, email: null, language: 'fr' },
  invoice: { currency: 'CHF', language: 'fr', clientReference, number: '2026-0042' },
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  supplyDate: null,
  supplyPeriodEnd: null,
  referenceType: 'SCOR',
  reference: 'RF18539007547034',
  calculation,
});

describe('buildInvoiceQrBill', () => {
  it('names the invoice in the message and gives Swico S1 bill information', () => {
    const bill = buildInvoiceQrBill(source('PO 4711'));
    expect(bill.message).toBe('Facture 2026-0042');
    expect(bill.billInformation).toBe('//S1/10/2026-0042/11/260302/20/PO 4711/30/100155212/32/8.1:1000;2.6:50/40/0:30');
    expect(bill.amount).toBe(calculation.totalPayable);
    expect(() => buildQrBillData(bill)).not.toThrow();
  });

  it('drops optional S1 elements rather than refusing a long or exotic customer reference', () => {
    const long = buildInvoiceQrBill(source('R'.repeat(70)));
    expect(long.billInformation).toBe('//S1/10/2026-0042/11/260302/30/100155212/40/0:30');
    const exotic = buildInvoiceQrBill(source('Bestellung “Frühling”'));
    expect(exotic.billInformation).not.toContain('Frühling');
    expect(() => buildQrBillData(exotic)).not.toThrow();
  });
});
