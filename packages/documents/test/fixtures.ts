// Sample documents for tests and the benchmark.
import type { InvoiceDocument, CreditNoteDocument, DocumentLine, QuoteDocument, ReminderDocument } from '../src/model';
import type { Language, QrBillInput } from '@simplifaq/swiss';
import { buildSwicoS1 } from '@simplifaq/swiss';

export const sender = {
  name: 'Atelier Łukasz Ștefan Sàrl',
  street: 'Rue du Lac',
  buildingNumber: '12',
  postalCode: '1003',
  town: 'Lausanne',
  country: 'CH',
  uid: 'CHE-100.155.212',
  vatRegistered: true,
  email: 'factures@atelier.ch',
  phone: '+41 21 555 12 34',
  website: 'atelier.ch',
};

export const recipient = {
  name: 'Müller & Söhne AG',
  contactName: 'Frau Zoë Dürr',
  street: 'Bahnhofstrasse',
  buildingNumber: '7',
  postalCode: '8001',
  town: 'Zürich',
  country: 'CH',
};

export function line(i: number, over: Partial<DocumentLine> = {}): DocumentLine {
  return {
    description: `Conseil en organisation, phase ${i} — analyse des processus`,
    quantity: '2.5',
    unit: 'h',
    unitPrice: 16000n,
    discountBp: 0,
    category: 'normal',
    tvaRateBp: 810,
    amount: 40000n,
    ...over,
  };
}

export function payment(over: Partial<QrBillInput> = {}): QrBillInput {
  return {
    account: 'CH4431999123000889012',
    creditor: { name: sender.name, street: sender.street, buildingNumber: sender.buildingNumber, postalCode: sender.postalCode, town: sender.town, country: 'CH' },
    debtor: { name: recipient.name, street: recipient.street, buildingNumber: recipient.buildingNumber, postalCode: recipient.postalCode, town: recipient.town, country: 'CH' },
    currency: 'CHF',
    amount: 108_100n,
    referenceType: 'QRR',
    reference: '210000000003139471430009017',
    message: 'Facture 2026-0042',
    billInformation: buildSwicoS1({ invoiceNumber: '2026-0042', invoiceDate: '2026-03-15', uid: sender.uid, vatRates: [{ rateBp: 810 }], paymentConditions: [{ discountBp: 0, days: 30 }] }),
    ...over,
  };
}

export function invoice(language: Language = 'fr', lines = 2, over: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const ls = Array.from({ length: lines }, (_, i) => line(i + 1));
  const net = ls.reduce((n, l) => n + l.amount, 0n);
  const tax = (net * 810n + 5000n) / 10000n;
  const gross = net + tax;
  const payable = ((gross + 2n) / 5n) * 5n;
  return {
    kind: 'invoice',
    language,
    currency: 'CHF',
    priceMode: 'net',
    sender,
    recipient,
    envelopeWindow: 'right',
    number: '2026-0042',
    date: '2026-03-15',
    supplyDate: '2026-02-01',
    supplyPeriodEnd: '2026-02-28',
    dueDate: '2026-04-14',
    paymentTermDays: 30,
    clientReference: 'PO-7781',
    title: null,
    introText: 'Merci de votre confiance. Voici le détail de nos prestations.',
    footerText: 'Coordonnées bancaires : UBS SA, Lausanne.',
    lines: ls,
    discountBp: 0,
    tvaSummary: [{ category: 'normal', rateBp: 810, base: net, tax }],
    totals: { subtotal: net, discount: 0n, totalNet: net, totalTva: tax, totalGross: gross, roundingAdjustment: payable - gross, totalPayable: payable },
    payment: payment({ amount: payable }),
    ...over,
  };
}

export function creditNote(language: Language = 'fr'): CreditNoteDocument {
  const { payment: _p, dueDate: _d, paymentTermDays: _t, kind: _k, ...rest } = invoice(language, 1);
  return { ...rest, kind: 'credit_note', number: 'NC-2026-0003', creditedInvoice: { number: '2026-0042', date: '2026-03-15' } };
}

export function quote(language: Language = 'fr'): QuoteDocument {
  const { payment: _p, dueDate: _d, paymentTermDays: _t, kind: _k, ...rest } = invoice(language, 3);
  return { ...rest, kind: 'quote', number: 'OF-2026-0007', validUntil: '2026-04-30' };
}

export function reminder(language: Language = 'fr', level: 1 | 2 | 3 = 2): ReminderDocument {
  return {
    kind: 'reminder',
    language,
    currency: 'CHF',
    sender,
    recipient,
    envelopeWindow: 'left',
    number: null,
    date: '2026-05-20',
    level,
    invoice: { number: '2026-0042', date: '2026-03-15', dueDate: '2026-04-14', totalPayable: 108_100n, amountPaid: 8_100n },
    fee: 2_000n,
    amountDue: 102_000n,
    dueDate: '2026-06-03',
    payment: payment({ amount: 102_000n, message: 'Rappel facture 2026-0042' }),
  };
}
