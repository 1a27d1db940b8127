import { formatPlainAmount } from '@simplifaq/swiss';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvoice } from '@simplifaq/invoicing';
import { decodePngQr, decodeSlipQr, pdfPages, pdfText } from '../../../../../packages/documents/test/pdf-tools';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createDraft, createTenant, QR_IBAN } from '../invoices/invoicing-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const bytes = (res: { rawPayload: Buffer }) => new Uint8Array(res.rawPayload);
const squash = (s: string) => s.replace(/[ \u00a0]+/g, ' ');

describe('invoice PDFs', { timeout: 60_000 }, () => {
  it('archives the PDF at issue and serves it byte-identical with its SHA-256 as ETag', async () => {
    const tenant = await createTenant(t, { iban: QR_IBAN, qrrPrefix: '123456' });
    const draft = await createDraft(tenant, { supplyDate: '2026-01-05', clientReference: 'PO-1' }, 3);
    const issued = await tenant.agent.post(`/api/invoices/${draft.id}/issue`, { issueDate: '2026-02-02' });
    expect(issued.statusCode).toBe(200);
    const invoice = issued.json();
    const row = await t.db.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.pdf).not.toBeNull();

    const first = await tenant.agent.get(`/api/invoices/${draft.id}/pdf`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers.etag).toBe(`"${row.pdfSha256}"`);
    expect(createHash('sha256').update(first.rawPayload).digest('hex')).toBe(row.pdfSha256);
    expect(Buffer.from(row.pdf!).equals(first.rawPayload)).toBe(true);
    const second = await tenant.agent.get(`/api/invoices/${draft.id}/pdf`);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const cached = await tenant.agent.request({ method: 'GET', url: `/api/invoices/${draft.id}/pdf`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(cached.statusCode).toBe(304);

    const text = squash(pdfText(bytes(first)));
    for (const s of ['Atelier Dubois Sàrl', '1204 Genève', 'CHE-100.155.212 TVA', 'Acme SA', '1003 Lausanne', `Facture ${invoice.number}`, '02.02.2026', '05.01.2026', 'PO-1', 'Travail 3', 'Section paiement', 'Récépissé']) {
      expect(text).toContain(s);
    }
    const payload = decodeSlipQr(bytes(first), pdfPages(bytes(first)));
    expect(payload?.split('\n').slice(0, 4)).toEqual(['SPC', '0200', '1', QR_IBAN]);
    expect(payload).toContain(`\nQRR\n${invoice.reference}\nFacture ${invoice.number}\nEPD\n//S1/10/${invoice.number}/11/260202/20/PO-1/30/100155212/31/260105/32/8.1:`);
    expect(payload).toMatch(/\/40\/0:30$/);
    expect(payload).toContain(`\n${formatPlainAmount(BigInt(invoice.totalPayable))}\nCHF\nS\nAcme SA\n`);
    expect((await tenant.agent.get(`/api/invoices/${draft.id}/preview`)).json().error.code).toBe('INVOICE_NOT_DRAFT');
  });

  it('previews a draft live, watermarked, never cached', async () => {
    const tenant = await createTenant(t);
    const draft = await createDraft(tenant, { language: 'de' });
    for (const url of [`/api/invoices/${draft.id}/pdf`, `/api/invoices/${draft.id}/preview`]) {
      const res = await tenant.agent.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
      const text = squash(pdfText(bytes(res)));
      expect(text).toContain('Rechnung – ENTWURF');
      expect(text).toContain('Zahlteil');
    }
    await tenant.agent.patch(`/api/invoices/${draft.id}`, { title: 'Neu' });
    expect(squash(pdfText(bytes(await tenant.agent.get(`/api/invoices/${draft.id}/preview`))))).toContain('Neu');
    const svg = await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('ENTWURF');
  });

  it('serves the QR-bill alone as PDF, SVG and PNG, with an open amount when asked', async () => {
    const tenant = await createTenant(t);
    const draft = await createDraft(tenant, { language: 'it' });
    const invoice = (await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json();
    const amount = formatPlainAmount(BigInt(invoice.totalPayable));
    const pdf = await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(bytes(pdf))).toContain('Sezione pagamento');
    const svg = await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.svg`);
    expect(svg.body).toContain('Ricevuta');
    expect(svg.body).not.toContain('BOZZA');
    const png = await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.png`);
    expect(png.headers['content-type']).toBe('image/png');
    const payload = decodePngQr(png.rawPayload);
    expect(payload).toContain(`\n${amount}\nCHF\n`);
    expect(payload).toContain(`\nSCOR\n${invoice.reference}\n`);
    const open = decodeSlipQr(bytes(await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.pdf?amount=open`)), 1);
    expect(open?.split('\n')[18]).toBe('');
    // After a part payment the slip asks for the rest; once paid there is nothing to pay.
    await tenant.agent.post(`/api/invoices/${draft.id}/payments`, { amount: 10000 });
    const rest = decodePngQr((await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.png`)).rawPayload);
    expect(rest?.split('\n')[18]).toBe(formatPlainAmount(BigInt(invoice.totalPayable - 10000)));
    await tenant.agent.post(`/api/invoices/${draft.id}/payments`, { amount: invoice.totalPayable - 10000 });
    expect((await tenant.agent.get(`/api/invoices/${draft.id}/qr-bill.svg`)).json().error.code).toBe('NOTHING_DUE');
  }, 60_000);

  it('prints credit notes without a payment part, marked not to be paid', async () => {
    const tenant = await createTenant(t);
    const draft = await createDraft(tenant, {}, 2);
    const invoice = (await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json();
    const credit = await tenant.agent.post(`/api/invoices/${draft.id}/credit-note`, {});
    expect(credit.statusCode).toBe(201);
    const creditId = credit.json().id;
    const res = await tenant.agent.get(`/api/invoices/${creditId}/pdf`);
    expect(res.statusCode).toBe(200);
    const text = squash(pdfText(bytes(res)));
    expect(text).toContain('Note de crédit');
    expect(text).toContain('Ne pas payer');
    expect(text).toContain(`Concerne la facture ${invoice.number}`);
    expect(text).not.toContain('Section paiement');
    expect(text).not.toMatch(/\s-\d/); // amounts credited are printed positive
    expect((await tenant.agent.get(`/api/invoices/${creditId}/qr-bill.svg`)).json().error.code).toBe('NO_PAYMENT_PART');
  });

  it('archives an invoice issued without a PDF on its first download, once', async () => {
    const tenant = await createTenant(t);
    const draft = await createDraft(tenant);
    await issueInvoice(t.db.prisma, { organisationId: tenant.organisationId, userId: tenant.userId }, draft.id);
    expect((await t.db.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } })).pdf).toBeNull();
    const first = await tenant.agent.get(`/api/invoices/${draft.id}/pdf`);
    const row = await t.db.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } });
    expect(first.headers.etag).toBe(`"${row.pdfSha256}"`);
    expect((await tenant.agent.get(`/api/invoices/${draft.id}/pdf`)).rawPayload.equals(first.rawPayload)).toBe(true);
  });
});

describe('quotes and reminders', { timeout: 60_000 }, () => {
  it('prints a quote, watermarked while a draft', async () => {
    const tenant = await createTenant(t);
    const quote = (await tenant.agent.post('/api/quotes', { clientId: tenant.clientId, title: 'Refonte', lines: [{ productId: tenant.productId, quantity: '10' }] })).json();
    expect(squash(pdfText(bytes(await tenant.agent.get(`/api/quotes/${quote.id}/pdf`))))).toContain('Offre – BROUILLON');
    const sent = (await tenant.agent.post(`/api/quotes/${quote.id}/send`)).json();
    const text = squash(pdfText(bytes(await tenant.agent.get(`/api/quotes/${quote.id}/pdf`))));
    expect(text).toContain(`Offre ${sent.number}`);
    expect(text).not.toContain('BROUILLON');
    expect(text).not.toContain('Section paiement');
  });

  it('prints a reminder with its fee and a fresh QR-bill for what is due, archived', async () => {
    const tenant = await createTenant(t);
    const draft = await createDraft(tenant, { language: 'en' });
    const invoice = (await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json();
    const reminder = await t.db.prisma.reminder.create({
      data: { organisationId: tenant.organisationId, invoiceId: draft.id, level: 2, fee: 2000n, amountDue: BigInt(invoice.totalPayable) + 2000n, issuedOn: new Date('2026-05-01'), dueDate: new Date('2026-05-15') },
    });
    const res = await tenant.agent.get(`/api/reminders/${reminder.id}/pdf`);
    expect(res.statusCode).toBe(200);
    const text = squash(pdfText(bytes(res)));
    expect(text).toContain('Second reminder');
    expect(text).toContain('Reminder fee');
    expect(text).toContain('15.05.2026');
    const payload = decodeSlipQr(bytes(res), pdfPages(bytes(res)));
    expect(payload).toContain(`\n${formatPlainAmount(BigInt(invoice.totalPayable + 2000))}\nCHF\n`);
    expect(payload).toContain(`\nSCOR\n${invoice.reference}\nReminder invoice ${invoice.number}\nEPD`);
    const again = await tenant.agent.get(`/api/reminders/${reminder.id}/pdf`);
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
    expect(again.headers.etag).toBe(res.headers.etag);
  });
});

describe('scope, refusals and metrics', { timeout: 60_000 }, () => {
  it('answers 404 for another organisation’s documents', async () => {
    const a = await createTenant(t);
    const b = await createTenant(t);
    const draft = await createDraft(a);
    const quote = (await a.agent.post('/api/quotes', { clientId: a.clientId, lines: [{ productId: a.productId, quantity: '1' }] })).json();
    for (const url of [`/api/invoices/${draft.id}/pdf`, `/api/invoices/${draft.id}/preview`, `/api/invoices/${draft.id}/qr-bill.svg`, `/api/invoices/${draft.id}/qr-bill.png`, `/api/quotes/${quote.id}/pdf`]) {
      const res = await b.agent.get(url);
      expect(res.statusCode, url).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/invoices/${draft.id}/pdf` })).statusCode).toBe(401);
  });

  it('refuses a QR-bill whose data breaks IG 2.3, naming the field, and counts it', async () => {
    const tenant = await createTenant(t);
    const draft = await createDraft(tenant);
    // A client saved before the address checks existed, with a character outside the QR-bill set.
    await t.db.prisma.client.update({ where: { id: tenant.clientId }, data: { name: 'Acme “SA”' } });
    const res = await tenant.agent.get(`/api/invoices/${draft.id}/preview`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CHARSET_INVALID', field: 'debtor.name' });
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    for (const name of ['simplifaq_pdf_rendered_total', 'simplifaq_pdf_render_duration_seconds_bucket', 'simplifaq_qr_bills_generated_total', 'simplifaq_qr_bill_failures_total']) {
      expect(metrics).toContain(name);
    }
    expect(metrics).toMatch(/simplifaq_qr_bill_failures_total\{code="CHARSET_INVALID"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/simplifaq_pdf_rendered_total\{kind="invoice",purpose="archive"[^}]*\} [1-9]/);
  });
});
