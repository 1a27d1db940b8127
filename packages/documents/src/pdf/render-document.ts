// renderDocumentPdf: one A4 PDF for an invoice, credit note, quote or reminder.
import { parseUid, SwissRuleError } from '@simplifaq/swiss';
import { DOCUMENT_LABELS, fill } from '../i18n/labels';
import { formatDocumentMoney } from '../i18n/format';
import type { SimplifaqDocument } from '../model';
import type { PreparedQrBill } from '../qr-bill/qr-bill';
import { prepareQrBill } from '../qr-bill/qr-bill';
import { documentHeading, drawContinuationHeader, drawFirstPageHeader, senderVatLine } from './header';
import type { DrawContext } from './layout';
import { BODY_BOTTOM, COLOR_MUTED, CONTINUATION_TOP, FOOTER_Y, LEFT, RIGHT, SLIP_CLEARANCE, SLIP_TOP, text } from './layout';
import { drawLinesTable } from './lines-table';
import { collectPdf, createPdfDocument } from './pdf-document';
import { drawReminderBody } from './reminder-body';
import { drawClosing, measureClosing } from './totals';
import { drawSlip } from './draw-slip';
import { drawWatermark } from './watermark';

function required(value: string | null | undefined, field: string): void {
  if (!value || value.trim() === '') throw new SwissRuleError('FIELD_REQUIRED', field);
}

/**
 * Checks, before anything is drawn, what the law and the QR-bill standard need: supplier name,
 * place and VAT number when registered, recipient name and place (MWSTG art. 26 al. 2 let. a–b);
 * the QR-bill data (IG QR-bill 2.3, through `buildQrBillData`). Throws `SwissRuleError`.
 */
export function checkDocument(d: SimplifaqDocument): PreparedQrBill | null {
  required(d.sender.name, 'sender.name');
  required(d.sender.town, 'sender.town');
  if (d.sender.vatRegistered) {
    required(d.sender.uid, 'sender.uid');
    parseUid(d.sender.uid as string, 'sender.uid');
  } else if (d.sender.uid) {
    parseUid(d.sender.uid, 'sender.uid');
  }
  required(d.recipient.name, 'recipient.name');
  required(d.recipient.town, 'recipient.town');
  if ((d.kind === 'invoice' || d.kind === 'reminder') && d.payment) return prepareQrBill(d.payment, d.language);
  return null;
}

/**
 * Renders a document as an A4 PDF with Liberation Sans embedded. Deterministic: the same document
 * gives the same bytes (the PDF's dates come from the document, never the clock), which is what
 * lets an issued invoice be archived once and served byte for byte.
 *
 * Throws `SwissRuleError` (field and rule named) before drawing anything when the QR-bill data or
 * a mandatory field is invalid; no PDF with a broken payment part can come out.
 */
export async function renderDocumentPdf(d: SimplifaqDocument): Promise<Uint8Array> {
  const qrBill = checkDocument(d);
  const labels = DOCUMENT_LABELS[d.language];
  // A draft says so in its heading too, on every page, not only in the watermark.
  const heading = d.draft ? `${documentHeading(d, { labels })} – ${labels.draft}` : documentHeading(d, { labels });
  const doc = createPdfDocument({ date: d.date, title: heading, language: d.language, bufferPages: true });
  const done = collectPdf(doc);
  const ctx: DrawContext = { doc, document: d, labels, language: d.language, heading, y: 0 };
  const newPage = (c: DrawContext) => {
    doc.addPage({ size: 'A4', margin: 0 });
    drawContinuationHeader(c);
    c.y = CONTINUATION_TOP;
  };

  drawFirstPageHeader(ctx);
  if (d.kind === 'reminder') {
    drawReminderBody(ctx, d);
  } else {
    drawLinesTable(ctx, d, newPage);
    const needed = measureClosing(ctx, d);
    // Totals stay together, after the last line; they move to a new page only when they don't fit.
    if (ctx.y + needed > BODY_BOTTOM) newPage(ctx);
    drawClosing(ctx, d);
  }

  let slipPage = -1;
  if (qrBill) {
    if (ctx.y + SLIP_CLEARANCE > SLIP_TOP) {
      // The slip gets a page of its own, headed like the others and repeating the amount due.
      newPage(ctx);
      const due = d.kind === 'reminder' ? d.amountDue : d.totals.totalPayable;
      text(doc, `${d.kind === 'reminder' ? labels.reminderTotal : labels.totalPayable}: ${formatDocumentMoney(due, d.currency, d.language)}`, LEFT, ctx.y, {
        bold: true,
        size: 10,
        width: RIGHT - LEFT,
      });
    }
    slipPage = doc.bufferedPageRange().count - 1;
    drawSlip(doc, qrBill, 0, SLIP_TOP);
  }

  drawPageFooters(ctx, slipPage);
  doc.end();
  return done;
}

// Page numbers ("1/3"), the sender's VAT line, and the draft watermark, drawn once the page
// count is known. On the page with the slip the footer sits just above it.
function drawPageFooters(ctx: DrawContext, slipPage: number): void {
  const { doc, document: d, labels } = ctx;
  const { start, count } = doc.bufferedPageRange();
  const vat = senderVatLine(d.sender, ctx);
  const left = [d.sender.name, vat].filter(Boolean).join(' · ');
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = i === slipPage ? SLIP_TOP - SLIP_CLEARANCE + 2 : FOOTER_Y;
    text(doc, left, LEFT, y, { size: 7.5, color: COLOR_MUTED, width: RIGHT - LEFT - 80 });
    text(doc, fill(labels.page, { page: i - start + 1, pages: count }), RIGHT - 80, y, { size: 7.5, color: COLOR_MUTED, width: 80, align: 'right' });
    if (d.draft) drawWatermark(doc, labels.draft);
  }
}
