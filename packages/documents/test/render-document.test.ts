import { describe, expect, it } from 'vitest';
import { SwissRuleError } from '@simplifaq/swiss';
import type { Language } from '@simplifaq/swiss';
import { DOCUMENT_LABELS, renderDocumentPdf } from '../src/index';
import { creditNote, invoice, line, payment, quote, recipient, reminder, sender } from './fixtures';
import { pdfPages, pdfText } from './pdf-tools';

const LANGUAGES: Language[] = ['fr', 'de', 'it', 'en'];
const QR_LABELS: Record<Language, string[]> = {
  fr: ['Récépissé', 'Section paiement', 'Compte / Payable à', 'Point de dépôt', 'Référence', 'Payable par'],
  de: ['Empfangsschein', 'Zahlteil', 'Konto / Zahlbar an', 'Annahmestelle', 'Referenz', 'Zahlbar durch'],
  it: ['Ricevuta', 'Sezione pagamento', 'Conto / Pagabile a', 'Punto di accettazione', 'Riferimento', 'Pagabile da'],
  en: ['Receipt', 'Payment part', 'Account / Payable to', 'Acceptance point', 'Reference', 'Payable by'],
};
const VAT_SUFFIX: Record<Language, string> = { fr: 'TVA', de: 'MWST', it: 'IVA', en: 'MWST' };
const squash = (s: string) => s.replace(/[ \u00a0]+/g, ' ');

describe('invoice PDF', { timeout: 30_000 }, () => {
  it.each(LANGUAGES)('shows every MWSTG art. 26 al. 2 element and the QR-bill labels (%s)', async (language) => {
    const L = DOCUMENT_LABELS[language];
    const pdf = await renderDocumentPdf(invoice(language, 3));
    const text = squash(pdfText(pdf));
    // a. supplier: name, place, VAT number with the language's suffix
    expect(text).toContain('Atelier Łukasz Ștefan Sàrl');
    expect(text).toContain('1003 Lausanne');
    expect(text).toContain(`CHE-100.155.212 ${VAT_SUFFIX[language]}`);
    // b. recipient: name and place, in the window
    expect(text).toContain('Müller & Söhne AG');
    expect(text).toContain('8001 Zürich');
    // c. number and date; d. supply period (differs from the invoice date); due date; client reference
    for (const s of [`${L.invoice} 2026-0042`, L.invoiceDate, '15.03.2026', L.supplyPeriod, '01.02.2026 – 28.02.2026', L.dueDate, '14.04.2026', 'PO-7781']) expect(text).toContain(s);
    // e. type, object and extent: description, quantity, unit; f. price and rate and tax amount
    expect(text).toContain('Conseil en organisation, phase 3');
    for (const s of [L.description, L.quantity, L.unit, L.unitPrice, L.discount, L.amount, '2.5', '160.00', L.tvaSummary, L.totalNet]) expect(text).toContain(s);
    expect(text).toMatch(language === 'fr' ? /8,1 %/ : /8\.1 ?%/);
    const sep = language === 'fr' ? ' ' : "'";
    expect(text).toContain(`1${sep}200.00`);
    expect(text).toContain('97.20');
    expect(text).toContain(L.totalPayable);
    expect(text).toContain(L.paymentTerms.split(' ')[0]!);
    expect(text).toContain('Coordonnées bancaires');
    expect(text).toContain(squash(L.page.replace('{page}', '1').replace('{pages}', '1')));
    for (const label of QR_LABELS[language]) expect(text).toContain(label);
    expect(text).toContain('CH44 3199 9123 0008 8901 2');
    expect(text).toContain('21 00000 00003 13947 14300 09017');
    expect(text).not.toContain(L.draft);
  });

  it('prints the 5-Rappen rounding line and a discount', async () => {
    const doc = invoice('de', 1, {
      discountBp: 1000,
      lines: [line(1, { amount: 33_333n, unitPrice: 33_333n, quantity: '1' })],
      tvaSummary: [{ category: 'normal', rateBp: 810, base: 30_000n, tax: 2_430n }],
      totals: { subtotal: 33_333n, discount: 3_333n, totalNet: 30_000n, totalTva: 2_430n, totalGross: 32_430n, roundingAdjustment: 0n, totalPayable: 32_430n },
    });
    const rounded = { ...doc, totals: { ...doc.totals, totalGross: 32_432n, roundingAdjustment: -2n, totalPayable: 32_430n } };
    const text = squash(pdfText(await renderDocumentPdf(rounded)));
    expect(text).toMatch(/Rundungsdifferenz\s+-0\.02/);
    expect(text).toMatch(/Rabatt 10 %\s+-33\.33/);
    expect(text).toContain("CHF 324.30");
  });

  it('names an exempt row of the TVA summary by its category alone, with no 0 % rate', async () => {
    const doc = invoice('fr', 1, {
      lines: [line(1, { amount: 3_220n, unitPrice: 3_220n, quantity: '1', category: 'exempt', tvaRateBp: 0 })],
      tvaSummary: [{ category: 'exempt', rateBp: 0, base: 3_220n, tax: 0n }],
      totals: { subtotal: 3_220n, discount: 0n, totalNet: 3_220n, totalTva: 0n, totalGross: 3_220n, roundingAdjustment: 0n, totalPayable: 3_220n },
    });
    const text = squash(pdfText(await renderDocumentPdf(doc)));
    expect(text).toMatch(/Exclu du champ de l’impôt\s+32\.20\s+0\.00/);
    expect(text).not.toMatch(/0 % exclu/);
  });

  it('runs long invoices over several pages, header repeated, totals and slip at the end', async () => {
    const pdf = await renderDocumentPdf(invoice('fr', 60));
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdfText(pdf, p));
      expect(text).toContain(`Page ${p}/${pages}`);
      if (p < pages) expect(text).toContain('Désignation');
      if (p > 1) expect(text).toContain('Facture 2026-0042');
    }
    const last = squash(pdfText(pdf, pages));
    expect(last).toContain('Montant à payer');
    expect(last).toContain('Section paiement');
    expect(squash(pdfText(pdf, 1))).not.toContain('Section paiement');
  });

  it('leaves out the TVA column and says so when the sender is not registered', async () => {
    const doc = invoice('fr', 2, { sender: { ...sender, vatRegistered: false }, tvaSummary: [], lines: [line(1, { tvaRateBp: null }), line(2, { tvaRateBp: null })] });
    const text = squash(pdfText(await renderDocumentPdf(doc)));
    expect(text).toContain('Non assujetti à la TVA.');
    expect(text).toContain('IDE CHE-100.155.212');
    expect(text).not.toContain('Récapitulatif TVA');
  });

  it('marks a draft preview on every page', async () => {
    const pdf = await renderDocumentPdf({ ...invoice('de', 60), draft: true, number: null });
    const pages = pdfPages(pdf);
    for (let p = 1; p <= pages; p++) expect(pdfText(pdf, p)).toContain('ENTWURF');
  });

  it('prints the recipient in the left window when the organisation asks for it', async () => {
    const right = pdfText(await renderDocumentPdf(invoice('fr', 1)), 1);
    const left = pdfText(await renderDocumentPdf(invoice('fr', 1, { envelopeWindow: 'left' })), 1);
    const column = (t: string) => t.split('\n').find((l) => l.includes('Müller & Söhne AG'))!.indexOf('Müller');
    expect(column(left)).toBeLessThan(20);
    expect(column(right)).toBeGreaterThan(50);
  });

  it('renders the same bytes for the same document', async () => {
    const a = await renderDocumentPdf(invoice('it', 3));
    const b = await renderDocumentPdf(invoice('it', 3));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('other documents', { timeout: 30_000 }, () => {
  it.each(LANGUAGES)('credit note: no payment part, marked not to be paid (%s)', async (language) => {
    const L = DOCUMENT_LABELS[language];
    const text = squash(pdfText(await renderDocumentPdf(creditNote(language))));
    expect(text).toContain(`${L.creditNote} NC-2026-0003`);
    expect(text).toContain(squash(L.notToBePaid));
    expect(text).toContain(L.totalCredited);
    expect(text).toContain('2026-0042');
    for (const label of QR_LABELS[language].slice(0, 4)) expect(text).not.toContain(label);
  });

  it.each(LANGUAGES)('quote with validity, no payment part (%s)', async (language) => {
    const L = DOCUMENT_LABELS[language];
    const text = squash(pdfText(await renderDocumentPdf(quote(language))));
    expect(text).toContain(`${L.quote} OF-2026-0007`);
    expect(text).toContain('30.04.2026');
    expect(text).toContain(L.totalQuote);
    expect(text).not.toContain(QR_LABELS[language][0]);
  });

  it.each([1, 2, 3] as const)('reminder level %i with fee and a fresh QR-bill for what is due', async (level) => {
    const text = squash(pdfText(await renderDocumentPdf(reminder('de', level))));
    expect(text).toContain(DOCUMENT_LABELS.de.reminder[level]);
    expect(text).toContain('Mahngebühr');
    expect(text).toContain('20.00');
    expect(text).toContain('CHF 1\'020.00');
    expect(text).toContain('03.06.2026');
    expect(text).toContain('1 020.00'); // the slip's amount
    expect(text).toContain('Zahlteil');
  });
});

describe('refusals before rendering', { timeout: 30_000 }, () => {
  it('names the field and rule of invalid QR-bill data', async () => {
    const bad = invoice('fr', 1, { payment: payment({ reference: '210000000003139471430009018' }) });
    await expect(renderDocumentPdf(bad)).rejects.toMatchObject({ code: 'QRR_CHECK_DIGIT', field: 'reference' });
    const chars = invoice('fr', 1, { payment: payment({ debtor: { ...recipient, name: 'Müller “Söhne”' } }) });
    await expect(renderDocumentPdf(chars)).rejects.toMatchObject({ code: 'CHARSET_INVALID', field: 'debtor.name' });
    const zero = invoice('fr', 1, { payment: payment({ amount: 0n }) });
    await expect(renderDocumentPdf(zero)).rejects.toBeInstanceOf(SwissRuleError);
  });

  it('asks for the VAT number of a registered sender and the places of both parties', async () => {
    await expect(renderDocumentPdf(invoice('fr', 1, { sender: { ...sender, uid: null } }))).rejects.toMatchObject({ code: 'FIELD_REQUIRED', field: 'sender.uid' });
    await expect(renderDocumentPdf(invoice('fr', 1, { sender: { ...sender, uid: 'CHE-100.155.213' } }))).rejects.toMatchObject({ code: 'UID_CHECK_DIGIT', field: 'sender.uid' });
    await expect(renderDocumentPdf(invoice('fr', 1, { recipient: { ...recipient, town: ' ' } }))).rejects.toMatchObject({ field: 'recipient.town' });
  });
});
