// `pnpm bench swiss`: time of the two hot paths of @simplifaq/swiss.
//  1. calculateInvoice on a 50-line invoice (target ≤ 50 µs)
//  2. buildQrBillData + serializeQrPayload: build and check a QR-bill payload (target ≤ 100 µs)
// Each case is warmed up (JIT), then timed over many iterations in several rounds; the best
// round's mean is reported (the least disturbed by GC and other processes), with the median.
// Imports the source by path: the root package does not depend on the workspace packages.
import type { InvoiceInput, QrBillInput, TvaCategory } from '../packages/swiss/src/index';
import {
  buildQrBillData,
  buildSwicoS1,
  calculateInvoice,
  createInvoiceQrReference,
  serializeQrPayload,
  SWISS_TVA_RATES,
  toSwicoVatRates,
} from '../packages/swiss/src/index';

const categories: TvaCategory[] = ['normal', 'reduced', 'accommodation', 'exempt', 'normal'];
const invoice: InvoiceInput = {
  lines: Array.from({ length: 50 }, (_, i) => ({
    quantity: i % 3 === 0 ? '1.5' : i % 3 === 1 ? '12' : '0.25',
    unitPrice: BigInt(1995 + i * 137),
    discountBp: i % 4 === 0 ? 500 : 0,
    category: categories[i % categories.length] as TvaCategory,
    supplyDate: i < 10 ? '2023-12-28' : null,
  })),
  discountBp: 250,
  priceMode: 'net',
  currency: 'CHF',
  vatRegistered: true,
  supplyDate: '2024-01-15',
  rates: SWISS_TVA_RATES,
};

const calculation = calculateInvoice(invoice);
const qrBill: QrBillInput = {
  account: 'CH44 3199 9123 0008 8901 2',
  creditor: { name: 'Atelier Dubois Sàrl', street: 'Rue du Marché', buildingNumber: '12', postalCode: '1204', town: 'Genève', country: 'CH' },
  debtor: { name: 'Müller & Söhne AG', street: 'Bahnhofstrasse', buildingNumber: '7a', postalCode: '8001', town: 'Zürich', country: 'CH' },
  currency: 'CHF',
  amount: calculation.totalPayable,
  referenceType: 'QRR',
  reference: createInvoiceQrReference({ prefix: '123456', invoiceNumber: '2024-0042' }),
  // The Swico information of this straddling 7-rate invoice takes 130 of the 140 characters
  // shared with the message, so the bill carries no message.
  message: null,
  billInformation: buildSwicoS1(
    {
      invoiceNumber: '2024-0042',
      invoiceDate: '2024-01-31',
      uid: 'CHE-106.017.086',
      vatRates: toSwicoVatRates(calculation),
      paymentConditions: [{ discountBp: 0, days: 30 }],
    },
    0,
  ),
};

let sink = 0;
function bench(name: string, target: number, fn: () => number): boolean {
  const warmup = 20_000;
  const rounds = 10;
  const perRound = 5_000;
  for (let i = 0; i < warmup; i++) sink ^= fn();
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) sink ^= fn();
    means.push(Number(process.hrtime.bigint() - start) / perRound / 1000);
  }
  means.sort((a, b) => a - b);
  const best = means[0] as number;
  const median = means[Math.floor(rounds / 2)] as number;
  const ok = best <= target;
  console.log(
    `${name.padEnd(46)} ${best.toFixed(1).padStart(7)} µs/op (median of rounds ${median.toFixed(1)} µs; ${rounds}×${perRound} after ${warmup} warm-up; target ≤ ${target} µs) ${ok ? 'OK' : 'SLOW'}`,
  );
  return ok;
}

const results = [
  bench('calculateInvoice, 50 lines', 50, () => calculateInvoice(invoice).lines.length),
  bench('QR-bill payload: buildQrBillData + serialize', 100, () => serializeQrPayload(buildQrBillData(qrBill)).length),
];
if (sink === 0.5) console.log(sink); // keeps the results observable so the JIT cannot drop the work
process.exitCode = results.every(Boolean) ? 0 : 1;
