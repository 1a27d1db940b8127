// First-page header: letterhead (logo, sender with VAT number), the recipient's address in the
// envelope window, the document's facts (number, dates, references) and the title.
import { Buffer } from 'node:buffer';
import SVGtoPDF from 'svg-to-pdfkit';
import { formatUid, formatVatNumber } from '@simplifaq/swiss';
import { formatDate, formatPeriod } from '../i18n/format';
import type { DocumentAddress, DocumentSender, SimplifaqDocument } from '../model';
import type { DrawContext } from './layout';
import { ADDRESS_WINDOW, COLOR_MUTED, LEFT, RIGHT, rule, text } from './layout';
import { mm } from './pdf-document';

/** The lines of a postal address; a foreign country is written before the postal code (as on the QR-bill). */
export function addressLines(a: DocumentAddress): string[] {
  const street = [a.street, a.buildingNumber].filter((s) => s && s.trim() !== '').join(' ');
  const country = a.country.toUpperCase();
  const town = `${country === 'CH' ? '' : `${country} - `}${a.postalCode} ${a.town}`;
  return [a.name, a.contactName ?? '', street, town].filter((l) => l.trim() !== '');
}

/**
 * The VAT number line (MWSTG art. 26 al. 2 let. a): `CHE-123.456.788 TVA` — the suffix says what
 * it is, so no label repeats it — or the UID with its label when the business is not registered.
 */
export function senderVatLine(sender: DocumentSender, ctx: Pick<DrawContext, 'labels' | 'language'>): string | null {
  if (!sender.uid) return null;
  return sender.vatRegistered ? formatVatNumber(sender.uid, ctx.language) : `${ctx.labels.uid} ${formatUid(sender.uid)}`;
}

function drawLogo(doc: PDFKit.PDFDocument, sender: DocumentSender): boolean {
  const logo = sender.logo;
  if (!logo) return false;
  const [x, y, w, h] = [LEFT, mm(12), mm(60), mm(24)];
  try {
    if (logo.mimeType === 'image/svg+xml') {
      SVGtoPDF(doc, new TextDecoder().decode(logo.data), x, y, { width: w, height: h, preserveAspectRatio: 'xMinYMin meet' });
    } else {
      doc.image(Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.byteLength), x, y, { fit: [w, h] });
    }
    return true;
  } catch {
    // A logo the image decoders cannot read must not stop an invoice: the letterhead falls back to the name.
    return false;
  }
}

function drawLetterhead(ctx: DrawContext): void {
  const { doc, document: d } = ctx;
  const s = d.sender;
  if (!drawLogo(doc, s)) text(doc, s.name, LEFT, mm(12), { bold: true, size: 15, width: mm(92) });
  const x = ADDRESS_WINDOW.right.x;
  const width = RIGHT - x;
  let y = mm(12);
  y += text(doc, s.name, x, y, { bold: true, size: 9, width });
  for (const line of addressLines({ ...s, name: '' }).filter((l) => l !== '')) y += text(doc, line, x, y, { size: 8, width });
  const contact = [s.phone ? `${ctx.labels.phone} ${s.phone}` : '', s.email ?? '', s.website ?? ''].filter((l) => l !== '');
  for (const line of contact) y += text(doc, line, x, y, { size: 8, width, color: COLOR_MUTED });
  const vat = senderVatLine(s, ctx);
  if (vat) text(doc, vat, x, y, { size: 8, width });
}

function drawRecipient(ctx: DrawContext): number {
  const { doc, document: d } = ctx;
  const window = ADDRESS_WINDOW[d.envelopeWindow];
  // Return line: who to send the letter back to, small, at the top of the window.
  const s = d.sender;
  const back = [s.name, [s.street, s.buildingNumber].filter(Boolean).join(' '), `${s.postalCode} ${s.town}`].filter((p) => p.trim() !== '').join(', ');
  text(doc, back, window.x, ADDRESS_WINDOW.returnLineY, { size: 6.5, width: window.width, color: COLOR_MUTED });
  rule(doc, window.x, window.x + window.width, ADDRESS_WINDOW.returnLineY + mm(3.2), 0.3);
  let y = ADDRESS_WINDOW.addressY;
  for (const line of addressLines(d.recipient)) y += text(doc, line, window.x, y, { size: 10, width: window.width });
  return y;
}

/** The label/value pairs of the facts block, per document kind. */
export function documentFacts(d: SimplifaqDocument, ctx: Pick<DrawContext, 'labels'>): [string, string][] {
  const L = ctx.labels;
  const facts: [string, string][] = [];
  if (d.kind === 'reminder') {
    facts.push([L.date, formatDate(d.date)]);
    facts.push([L.invoice, d.invoice.number]);
    facts.push([L.invoiceDate, formatDate(d.invoice.date, 'invoice.date')]);
    facts.push([L.dueDate, formatDate(d.dueDate, 'dueDate')]);
    return facts;
  }
  if (d.number) facts.push([L.number, d.number]);
  facts.push([d.kind === 'invoice' ? L.invoiceDate : L.date, formatDate(d.date)]);
  // MWSTG art. 26 al. 2 let. d: the date or period of supply, when it differs from the invoice date.
  if (d.supplyDate && d.supplyPeriodEnd) facts.push([L.supplyPeriod, formatPeriod(d.supplyDate, d.supplyPeriodEnd)]);
  else if (d.supplyDate && d.supplyDate !== d.date) facts.push([L.supplyDate, formatDate(d.supplyDate, 'supplyDate')]);
  if (d.kind === 'invoice') facts.push([L.dueDate, formatDate(d.dueDate, 'dueDate')]);
  if (d.kind === 'quote' && d.validUntil) facts.push([L.validUntil, formatDate(d.validUntil, 'validUntil')]);
  if (d.kind === 'credit_note' && d.creditedInvoice) facts.push([L.invoice, d.creditedInvoice.number]);
  if (d.clientReference) facts.push([L.clientReference, d.clientReference]);
  return facts;
}

function drawFacts(ctx: DrawContext): number {
  const { doc, document: d } = ctx;
  const x = d.envelopeWindow === 'right' ? LEFT : ADDRESS_WINDOW.right.x;
  const width = d.envelopeWindow === 'right' ? mm(88) : RIGHT - ADDRESS_WINDOW.right.x;
  const labelWidth = mm(32);
  let y = ADDRESS_WINDOW.addressY;
  for (const [label, value] of documentFacts(d, ctx)) {
    text(doc, label, x, y, { size: 8.5, color: COLOR_MUTED, width: labelWidth });
    y += text(doc, value, x + labelWidth, y, { size: 8.5, width: width - labelWidth });
  }
  return y;
}

/** The document's name: "Facture", "Note de crédit", "Offre", "Rappel" … */
export function documentTitle(d: SimplifaqDocument, ctx: Pick<DrawContext, 'labels'>): string {
  const L = ctx.labels;
  switch (d.kind) {
    case 'invoice':
      return L.invoice;
    case 'credit_note':
      return L.creditNote;
    case 'quote':
      return L.quote;
    case 'reminder':
      return L.reminder[d.level];
  }
}

/** The heading: title and number, e.g. "Facture 2026-0001". */
export function documentHeading(d: SimplifaqDocument, ctx: Pick<DrawContext, 'labels'>): string {
  const title = documentTitle(d, ctx);
  if (d.kind === 'reminder') return `${title} – ${ctx.labels.invoice} ${d.invoice.number}`;
  return d.number ? `${title} ${d.number}` : title;
}

/** Draws the first-page header and leaves `ctx.y` under the title and intro text. */
export function drawFirstPageHeader(ctx: DrawContext): void {
  const { doc, document: d } = ctx;
  drawLetterhead(ctx);
  const bottom = Math.max(drawRecipient(ctx), drawFacts(ctx), mm(80));
  let y = bottom + mm(10);
  y += text(doc, d.title ? `${ctx.heading} – ${d.title}` : ctx.heading, LEFT, y, { bold: true, size: 14, width: RIGHT - LEFT });
  y += mm(3);
  if (d.introText) y += text(doc, d.introText, LEFT, y, { size: 9.5, width: RIGHT - LEFT }) + mm(3);
  ctx.y = y;
}

/** The repeated header of continuation pages: sender and document heading, then a rule. */
export function drawContinuationHeader(ctx: DrawContext): void {
  const { doc, document: d } = ctx;
  text(doc, d.sender.name, LEFT, mm(12), { bold: true, size: 9, width: mm(85) });
  text(doc, ctx.heading, LEFT + mm(85), mm(12), { size: 9, width: RIGHT - LEFT - mm(85), align: 'right' });
  rule(doc, LEFT, RIGHT, mm(18));
}
