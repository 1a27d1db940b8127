import { createHash } from 'node:crypto';
import type { EnvelopeWindow, SimplifaqDocument } from '@simplifaq/documents';
import { renderDocumentPdf, renderQrBillPdf, renderQrBillPng, renderQrBillSvg } from '@simplifaq/documents';
import type { Invoice, PrismaClient } from '@simplifaq/db';
import type { Actor, IssuedDocument, RenderPdf, RenderReminderPdf, TvaRateSource } from '@simplifaq/invoicing';
import { addDays, bankAccountSnapshot, buildInvoiceQrBill, creditedSoFar, creditorSnapshot, debtorSnapshot, getInvoice, reminderFeesSoFar, swissToday } from '@simplifaq/invoicing';
import type { QrBillInput } from '@simplifaq/swiss';
import { chooseReferenceType, createInvoiceQrReference, createInvoiceScorReference, isSwissRuleError } from '@simplifaq/swiss';
import { AppError, notFound } from '../../lib/app-error';
import type { DocumentMetrics } from './document-metrics';
import type { StoredLinesDocument } from './document-mapper';
import { storedCalculation, storedQrBill, toInvoiceDocument, toLogo, toQuoteDocument, toRecipient, toReminderDocument, toSender } from './document-mapper';
import type { DocumentRepo } from './document-repo';

export interface DocumentServiceDeps {
  repo: DocumentRepo;
  prisma: PrismaClient;
  rates: TvaRateSource;
  metrics: DocumentMetrics;
  now?: () => Date;
}

export interface PdfFile {
  bytes: Uint8Array;
  filename: string;
  /** SHA-256 of archived bytes: the ETag. Absent for previews, which change with the draft. */
  sha256?: string;
}

export type QrBillFormat = 'pdf' | 'svg' | 'png';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');

/** The documents of the API: archived invoice PDFs, previews, QR-bills, quotes and reminders. */
export function createDocumentService(deps: DocumentServiceDeps) {
  const { repo, metrics } = deps;
  const now = deps.now ?? (() => new Date());
  // The envelope window of each organisation, read before an issue starts (see `rememberLayout`):
  // the archived PDF is rendered inside the issuing transaction, which the renderer cannot query.
  const layouts = new Map<string, EnvelopeWindow>();

  async function render(doc: SimplifaqDocument, purpose: 'archive' | 'preview' | 'copy'): Promise<Uint8Array> {
    const end = metrics.duration.startTimer({ kind: doc.kind });
    try {
      const pdf = await renderDocumentPdf(doc);
      metrics.rendered.inc({ kind: doc.kind, purpose });
      if ((doc.kind === 'invoice' || doc.kind === 'reminder') && doc.payment) metrics.qrBills.inc({ format: 'document' });
      return pdf;
    } catch (err) {
      if (isSwissRuleError(err)) metrics.qrFailures.inc({ code: err.code });
      throw err;
    } finally {
      end();
    }
  }

  async function layoutOf(organisationId: string): Promise<EnvelopeWindow> {
    const org = await repo.findLayout(organisationId);
    const window = org?.envelopeWindow ?? 'right';
    layouts.set(organisationId, window);
    return window;
  }

  /** The `renderPdf` of the issuing use cases: the PDF archived at issue, inside their transaction. */
  const renderIssued: RenderPdf = async (issued: IssuedDocument) => {
    const envelopeWindow = layouts.get(issued.invoice.organisationId) ?? 'right';
    return render(toInvoiceDocument(issued, { envelopeWindow }), 'archive');
  };

  /** The `renderPdf` of `issueReminder`: the reminder's PDF archived at issue, inside its transaction. */
  const renderReminder: RenderReminderPdf = async ({ reminder, invoice, credited, earlierFees, logo }) => {
    const envelopeWindow = layouts.get(invoice.organisationId) ?? 'right';
    return render(toReminderDocument(reminder, invoice, { credited, earlierFees }, { envelopeWindow, logo: toLogo(logo) }), 'archive');
  };

  /** An issued invoice or credit note rebuilt from its frozen row and snapshots (as at issue). */
  async function issuedFromRow(organisationId: string, row: NonNullable<Awaited<ReturnType<DocumentRepo['findInvoice']>>>): Promise<IssuedDocument> {
    const org = await repo.findOrganisation(organisationId);
    const calculation = storedCalculation(row as unknown as StoredLinesDocument & { tvaSummary: unknown });
    const credited = row.creditedInvoiceId ? await repo.findCreditedInvoice(organisationId, row.creditedInvoiceId) : null;
    return {
      invoice: row,
      creditor: row.creditorSnapshot as unknown as IssuedDocument['creditor'],
      debtor: row.debtorSnapshot as unknown as IssuedDocument['debtor'],
      bankAccount: row.bankAccountSnapshot as unknown as IssuedDocument['bankAccount'],
      calculation,
      qrBill: storedQrBill(row, calculation),
      creditedInvoice: credited ? { id: row.creditedInvoiceId as string, number: credited.number, issueDate: credited.issueDate?.toISOString().slice(0, 10) ?? null } : null,
      logo: org?.logo && org.logoMimeType ? { data: org.logo, mimeType: org.logoMimeType } : null,
    };
  }

  /** A draft as it would be issued today, watermarked: live totals, current parties, provisional reference. */
  async function draftDocument(actor: Actor, id: string): Promise<SimplifaqDocument & { kind: 'invoice' | 'credit_note' }> {
    const invoice = await getInvoice(deps.prisma, actor, id, { rates: deps.rates, now: now() });
    if (invoice.liveError) throw new AppError(invoice.liveError.code, 'The draft cannot be calculated as it stands.', 400, invoice.liveError.field);
    const [org, client, account] = await Promise.all([
      repo.findOrganisation(actor.organisationId),
      repo.findClient(actor.organisationId, invoice.clientId),
      invoice.kind === 'invoice' ? repo.findBankAccount(actor.organisationId, invoice.bankAccountId) : null,
    ]);
    if (!org || !client) throw notFound('invoice');
    const today = swissToday(now());
    const dueDate = invoice.dueDate?.toISOString().slice(0, 10) ?? addDays(today, invoice.paymentTermDays);
    const creditor = creditorSnapshot(org, invoice.language);
    const debtor = debtorSnapshot(client);
    const calculation = storedCalculation(invoice as unknown as StoredLinesDocument & { tvaSummary: unknown });
    let qrBill: QrBillInput | null = null;
    if (account) {
      // Drafts have no number yet: the slip carries a provisional reference derived from "DRAFT".
      const type = chooseReferenceType(account.iban, invoice.referenceType === 'SCOR' ? null : invoice.referenceType, 'referenceType');
      const reference =
        type === 'QRR'
          ? createInvoiceQrReference({ prefix: account.qrrPrefix ?? '', invoiceNumber: 'DRAFT' })
          : type === 'SCOR'
            ? createInvoiceScorReference({ invoiceNumber: 'DRAFT' })
            : null;
      qrBill = buildInvoiceQrBill({
        account: bankAccountSnapshot(account),
        creditor,
        debtor,
        invoice: { currency: invoice.currency, language: invoice.language, clientReference: invoice.clientReference, number: 'DRAFT' },
        issueDate: today,
        dueDate,
        supplyDate: invoice.supplyDate?.toISOString().slice(0, 10) ?? null,
        supplyPeriodEnd: invoice.supplyPeriodEnd?.toISOString().slice(0, 10) ?? null,
        referenceType: type,
        reference,
        calculation,
      });
    }
    const issued: IssuedDocument = {
      invoice: { ...invoice, issueDate: new Date(`${today}T00:00:00Z`), dueDate: new Date(`${dueDate}T00:00:00Z`) },
      creditor,
      debtor,
      bankAccount: account ? bankAccountSnapshot(account) : null,
      calculation,
      qrBill,
      creditedInvoice: null,
      logo: org.logo && org.logoMimeType ? { data: org.logo, mimeType: org.logoMimeType } : null,
    };
    return toInvoiceDocument(issued, { envelopeWindow: org.envelopeWindow, draft: true });
  }

  function fileName(kind: string, number: string | null, language: Invoice['language']): string {
    const names: Record<string, Record<Invoice['language'], string>> = {
      invoice: { fr: 'Facture', de: 'Rechnung', it: 'Fattura', en: 'Invoice' },
      credit_note: { fr: 'Note-de-credit', de: 'Gutschrift', it: 'Nota-di-credito', en: 'Credit-note' },
      quote: { fr: 'Offre', de: 'Offerte', it: 'Offerta', en: 'Quote' },
      reminder: { fr: 'Rappel', de: 'Mahnung', it: 'Sollecito', en: 'Reminder' },
    };
    return `${safeName(`${names[kind]?.[language] ?? kind}-${number ?? 'draft'}`)}.pdf`;
  }

  return {
    renderIssued,
    renderReminder,
    /** Reads the organisation's layout before an issue, for `renderIssued`. */
    rememberLayout: (organisationId: string) => layoutOf(organisationId),

    /**
     * GET /api/invoices/:id/pdf. Issued: the bytes archived at issue, identical every time (an
     * invoice issued before PDFs were archived is rendered from its frozen snapshots and archived
     * on this first request, once). Draft: a live preview, watermarked.
     */
    async invoicePdf(actor: Actor, id: string): Promise<PdfFile> {
      const archive = await repo.findArchive(actor.organisationId, id);
      if (!archive) throw notFound('invoice');
      if (archive.status === 'draft') {
        const doc = await draftDocument(actor, id);
        return { bytes: await render(doc, 'preview'), filename: fileName(doc.kind, null, doc.language) };
      }
      const filename = fileName(archive.kind, archive.number, archive.language);
      if (archive.pdf && archive.pdfSha256) return { bytes: archive.pdf, sha256: archive.pdfSha256, filename };
      const row = await repo.findInvoice(actor.organisationId, id);
      if (!row) throw notFound('invoice');
      const envelopeWindow = await layoutOf(actor.organisationId);
      const bytes = new Uint8Array(await render(toInvoiceDocument(await issuedFromRow(actor.organisationId, row), { envelopeWindow }), 'archive'));
      const hash = sha256(bytes);
      if (await repo.archiveInvoicePdf(actor.organisationId, id, bytes, hash)) return { bytes, sha256: hash, filename };
      // Archived concurrently by another request: serve what was stored.
      const stored = await repo.findArchive(actor.organisationId, id);
      return { bytes: stored?.pdf ?? bytes, sha256: stored?.pdfSha256 ?? hash, filename };
    },

    /** GET /api/invoices/:id/preview: the draft as it would be issued today, watermarked. */
    async invoicePreview(actor: Actor, id: string): Promise<PdfFile> {
      const archive = await repo.findArchive(actor.organisationId, id);
      if (!archive) throw notFound('invoice');
      if (archive.status !== 'draft') throw new AppError('INVOICE_NOT_DRAFT', 'The invoice is issued: its PDF is the archived one (GET /api/invoices/:id/pdf).', 409);
      const doc = await draftDocument(actor, id);
      return { bytes: await render(doc, 'preview'), filename: fileName(doc.kind, null, doc.language) };
    },

    /** GET /api/invoices/:id/qr-bill.(pdf|svg|png): the slip alone; `openAmount` leaves the amount blank. */
    async invoiceQrBill(actor: Actor, id: string, format: QrBillFormat, options: { openAmount?: boolean } = {}) {
      const row = await repo.findInvoice(actor.organisationId, id);
      if (!row) throw notFound('invoice');
      if (row.kind !== 'invoice') throw new AppError('NO_PAYMENT_PART', 'A credit note is not to be paid: it has no QR-bill.', 409);
      const draft = row.status === 'draft';
      const doc = draft ? await draftDocument(actor, id) : toInvoiceDocument(await issuedFromRow(actor.organisationId, row), { envelopeWindow: 'right' });
      const payment = doc.kind === 'invoice' ? doc.payment : null;
      if (!payment) throw new AppError('NO_BANK_ACCOUNT', 'Add a bank account: the QR-bill needs the IBAN to pay to.', 409, 'bankAccountId');
      let amount = payment.amount;
      if (!draft) {
        // An issued invoice's slip asks for what is still open: total − payments − credit notes + reminder fees.
        if (row.status === 'cancelled') throw new AppError('INVOICE_CANCELLED', 'The invoice is cancelled: nothing is to be paid.', 409);
        const open = row.totalPayable - row.amountPaid + (await creditedSoFar(deps.prisma, row.id)) + (await reminderFeesSoFar(deps.prisma, actor.organisationId, row.id));
        if (open <= 0n) throw new AppError('NOTHING_DUE', 'The invoice is paid: nothing is to be paid.', 409);
        amount = open;
      }
      const input: QrBillInput = { ...payment, amount: options.openAmount ? null : amount };
      const date = doc.date;
      try {
        const out =
          format === 'svg'
            ? renderQrBillSvg(input, doc.language, { draft })
            : format === 'png'
              ? await renderQrBillPng(input, doc.language, { draft })
              : await renderQrBillPdf(input, doc.language, { draft, date });
        metrics.qrBills.inc({ format });
        return { body: out, filename: `${fileName('invoice', row.number, row.language).replace(/\.pdf$/, '')}-QR.${format}` };
      } catch (err) {
        if (isSwissRuleError(err)) metrics.qrFailures.inc({ code: err.code });
        throw err;
      }
    },

    /** GET /api/quotes/:id/pdf: the quote; watermarked while it is a draft. */
    async quotePdf(actor: Actor, id: string): Promise<PdfFile> {
      const quote = await repo.findQuote(actor.organisationId, id);
      if (!quote) throw notFound('quote');
      const [org, client] = await Promise.all([repo.findOrganisation(actor.organisationId), repo.findClient(actor.organisationId, quote.clientId)]);
      if (!org || !client) throw notFound('quote');
      const sender = toSender(creditorSnapshot(org, quote.language), toLogo(org.logo && org.logoMimeType ? { data: org.logo, mimeType: org.logoMimeType } : null));
      const doc = toQuoteDocument(quote, { sender, recipient: toRecipient(client), envelopeWindow: org.envelopeWindow }, swissToday(now()));
      return { bytes: await render(doc, doc.draft ? 'preview' : 'copy'), filename: fileName('quote', quote.number, quote.language) };
    },

    /**
     * GET /api/reminders/:id/pdf: the reminder with a fresh QR-bill for what is due, archived when
     * it was issued and served byte-identical. A reminder without an archived PDF (issued without
     * rendering) is rendered on this first request and archived then, once.
     */
    async reminderPdf(actor: Actor, id: string): Promise<PdfFile> {
      const reminder = await repo.findReminder(actor.organisationId, id);
      if (!reminder) throw notFound('reminder');
      const invoice = await repo.findInvoice(actor.organisationId, reminder.invoiceId);
      if (!invoice) throw notFound('reminder');
      const filename = fileName('reminder', `${invoice.number ?? ''}-${reminder.level}`, invoice.language);
      if (reminder.pdf && reminder.pdfSha256) return { bytes: reminder.pdf, sha256: reminder.pdfSha256, filename };
      const org = await repo.findOrganisation(actor.organisationId);
      const logo = toLogo(org?.logo && org.logoMimeType ? { data: org.logo, mimeType: org.logoMimeType } : null);
      const context = { credited: await creditedSoFar(deps.prisma, invoice.id), earlierFees: await repo.sumEarlierReminderFees(actor.organisationId, invoice.id, reminder.level) };
      const bytes = new Uint8Array(await render(toReminderDocument(reminder, invoice, context, { envelopeWindow: org?.envelopeWindow ?? 'right', logo }), 'archive'));
      const hash = sha256(bytes);
      await repo.archiveReminderPdf(actor.organisationId, id, bytes, hash);
      const stored = await repo.findReminder(actor.organisationId, id);
      return { bytes: stored?.pdf ?? bytes, sha256: stored?.pdfSha256 ?? hash, filename };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
