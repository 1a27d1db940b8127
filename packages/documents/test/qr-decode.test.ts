// The QR code as printed: rendered pages rasterised by poppler (pdftoppm, 150 dpi), decoded by
// jsQR, compared with the payload IG QR-bill 2.3 §4.2.2 prescribes, written out here field by
// field (independently of packages/swiss's serialiser).
import { describe, expect, it } from 'vitest';
import { formatPlainAmount } from '@simplifaq/swiss';
import type { Language, QrAddress, QrBillInput } from '@simplifaq/swiss';
import { renderDocumentPdf, renderQrBillPdf } from '../src/index';
import { invoice, payment, recipient, reminder } from './fixtures';
import { decodeSlipQr, pdfPages } from './pdf-tools';

function address(a: QrAddress | null | undefined): string[] {
  if (!a) return ['', '', '', '', '', '', ''];
  const t = trimmed(a);
  return ['S', t.name, t.street ?? '', t.buildingNumber ?? '', t.postalCode, t.town, t.country];
}

function expectedPayload(p: QrBillInput, amount: string): string {
  const reference = (p.reference ?? '').replace(/\s/g, '').toUpperCase();
  const lines = [
    'SPC', '0200', '1', p.account.replace(/\s/g, ''),
    ...address(p.creditor),
    '', '', '', '', '', '', '',
    amount, p.currency,
    ...address(p.debtor),
    p.referenceType, reference,
    p.message ?? '', 'EPD',
  ];
  if (p.billInformation) lines.push(p.billInformation);
  return lines.join('\n');
}

// Text repeated to an exact length: every address element at its IG 2.3 maximum (70/70/16/16/35).
const fit = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const maxAddress: QrAddress = {
  name: fit('Genossenschaft Migros Aare ', 70),
  street: fit('Industriestrasse ', 70),
  buildingNumber: fit('12a-14b ', 16),
  postalCode: fit('D-10115 ', 16),
  town: fit('Frankfurt am Main ', 35),
  country: 'DE',
};
const trimmed = (a: QrAddress): QrAddress => ({ ...a, name: a.name.trim(), street: a.street?.trim() ?? null, buildingNumber: a.buildingNumber?.trim() ?? null, postalCode: a.postalCode.trim(), town: a.town.trim() });

function maxCase(name: string, creditor: QrAddress, debtor: QrAddress): Case {
  const billInformation = `//S1/10/${fit('2026-', 32)}`;
  return {
    name,
    language: 'de',
    input: payment({
      account: 'CH5800791123000889012',
      referenceType: 'SCOR',
      reference: 'RF49N73GBST73AKL38ZX',
      creditor,
      debtor,
      amount: 99_999_999_999n,
      billInformation,
      message: fit('Rechnung Mai ', 140 - billInformation.length).trim(),
    }),
    amount: '999999999.99',
    via: 'slip',
  };
}
const special: QrAddress = { name: 'Łódź Ștefan Țară Żółć ÆØÅ æøå ÿ', street: 'Ulica Świętokrzyska', buildingNumber: '1½', postalCode: '2000', town: 'Neuchâtel', country: 'CH' };

function invoiceCase(name: string, language: Language, lines: number): Case {
  const doc = invoice(language, lines);
  return { name, language, input: doc.payment as QrBillInput, amount: formatPlainAmount(doc.totals.totalPayable), via: 'invoice', lines };
}

interface Case {
  readonly name: string;
  readonly language: Language;
  readonly input: QrBillInput;
  readonly amount: string;
  /** `invoice` renders a whole invoice (slip on its last page); `slip` the QR-bill-only PDF. */
  readonly via: 'invoice' | 'slip' | 'reminder';
  readonly lines?: number;
}

const CASES: Case[] = [
  { name: 'CHF, QRR with a QR-IBAN, Swico S1', language: 'fr', input: payment(), amount: '1081.00', via: 'slip' },
  {
    name: 'EUR, SCOR with an ordinary IBAN',
    language: 'de',
    input: payment({ account: 'CH58 0079 1123 0008 8901 2', currency: 'EUR', referenceType: 'SCOR', reference: 'RF18 5390 0754 7034', amount: 12_345n }),
    amount: '123.45',
    via: 'slip',
  },
  {
    name: 'NON, no reference, Liechtenstein IBAN',
    language: 'it',
    input: payment({ account: 'LI5608800000020940808', referenceType: 'NON', reference: null, amount: 5n, message: 'Fattura 2026-0042' }),
    amount: '0.05',
    via: 'slip',
  },
  { name: 'open amount (plain slip)', language: 'en', input: payment({ amount: null, billInformation: null }), amount: '', via: 'slip' },
  { name: 'no debtor', language: 'de', input: payment({ debtor: null }), amount: '1081.00', via: 'slip' },
  maxCase('maximum-length creditor, message and bill information, largest amount', maxAddress, recipient),
  maxCase('maximum-length debtor', { ...recipient, country: 'CH' }, maxAddress),
  {
    name: 'IG 2.3 special characters (Ł ș Ț € ÿ)',
    language: 'it',
    input: payment({ creditor: special, debtor: { ...special, name: 'Ørsted & Cie' }, message: 'Prestation € Ștefan ł ÿ', billInformation: null }),
    amount: '1081.00',
    via: 'slip',
  },
  ...(['fr', 'de', 'it', 'en'] as const).map((language): Case => invoiceCase(`invoice in ${language}`, language, 3)),
  invoiceCase('invoice of several pages', 'de', 80),
  { name: 'reminder, fresh QR-bill for the amount due', language: 'fr', input: reminder('fr').payment as QrBillInput, amount: '1020.00', via: 'reminder' },
];

describe('QR code decoded from the rendered page', { timeout: 30_000 }, () => {
  it.each(CASES)('$name', async ({ input, language, amount, via, lines }) => {
    let pdf: Uint8Array;
    if (via === 'slip') pdf = await renderQrBillPdf(input, language);
    else if (via === 'reminder') pdf = await renderDocumentPdf(reminder(language));
    else pdf = await renderDocumentPdf(invoice(language, lines));
    const page = pdfPages(pdf);
    let decoded = decodeSlipQr(pdf, page);
    // The densest codes (maximum-length fields) need a finer raster for jsQR than 150 dpi.
    if (decoded === null) decoded = decodeSlipQr(pdf, page, 300);
    expect(decoded).toBe(expectedPayload(input, amount));
  });
});

describe('a slip whose text cannot fit', { timeout: 30_000 }, () => {
  it('is refused, naming the rule, and no PDF comes out', async () => {
    const input = maxCase('both', maxAddress, maxAddress).input;
    await expect(renderQrBillPdf(input, 'de')).rejects.toMatchObject({ code: 'FIELD_TOO_LONG', field: 'creditor', params: { section: 'receipt' } });
    await expect(renderDocumentPdf({ ...invoice('de', 1), payment: input })).rejects.toMatchObject({ code: 'FIELD_TOO_LONG' });
  });
});
