// The closing block of invoices, credit notes and quotes: per-rate TVA summary (MWSTG art. 26
// al. 2 let. f: rate and tax amount), the totals with the 5-Rappen rounding line, then payment
// terms or the "not to be paid" notice, and the free footer text.
import { fill } from '../i18n/labels';
import { formatDate, formatDocumentAmount, formatDocumentMoney, formatRate } from '../i18n/format';
import type { DrawContext } from './layout';
import { COLOR_MUTED, LEFT, RIGHT, measure, rule, text } from './layout';
import type { LinesDocument } from './lines-table';
import { mm } from './pdf-document';

interface Row {
  readonly label: string;
  readonly value: string;
  readonly strong?: boolean;
  readonly muted?: boolean;
}

const ROW_HEIGHT = 12;
const TOTALS_X = mm(112);
const SUMMARY_WIDTH = mm(86);

/** The totals rows, top to bottom; the last one is what is due (or credited, or offered). */
export function totalsRows(d: LinesDocument, ctx: Pick<DrawContext, 'labels' | 'language'>): Row[] {
  const L = ctx.labels;
  const lang = ctx.language;
  const amount = (minor: bigint) => formatDocumentAmount(minor, lang);
  const t = d.totals;
  const rows: Row[] = [];
  if (t.discount !== 0n) {
    rows.push({ label: L.subtotal, value: amount(t.subtotal) });
    rows.push({ label: fill(L.documentDiscount, { rate: formatRate(d.discountBp ?? 0, lang) }), value: amount(-t.discount) });
  }
  if (d.sender.vatRegistered) {
    if (d.priceMode === 'net') {
      rows.push({ label: L.totalNet, value: amount(t.totalNet) });
      rows.push({ label: L.tva, value: amount(t.totalTva) });
      rows.push({ label: L.totalGross, value: amount(t.totalGross) });
    } else {
      rows.push({ label: L.totalGross, value: amount(t.totalGross) });
      rows.push({ label: L.tvaIncluded, value: amount(t.totalTva), muted: true });
    }
  } else if (t.discount !== 0n || t.roundingAdjustment !== 0n) {
    rows.push({ label: L.totalGross.replace(/ .*/, ''), value: amount(t.totalGross) });
  }
  if (t.roundingAdjustment !== 0n) rows.push({ label: L.rounding, value: amount(t.roundingAdjustment) });
  const finalLabel = d.kind === 'credit_note' ? L.totalCredited : d.kind === 'quote' ? L.totalQuote : L.totalPayable;
  rows.push({ label: finalLabel, value: formatDocumentMoney(t.totalPayable, d.currency, lang), strong: true });
  return rows;
}

/** Paragraphs under the totals: terms, notices and the free text. */
export function closingParagraphs(d: LinesDocument, ctx: Pick<DrawContext, 'labels' | 'language'>): { text: string; bold?: boolean }[] {
  const L = ctx.labels;
  const out: { text: string; bold?: boolean }[] = [];
  if (d.kind === 'invoice') {
    const template = d.paymentTermDays > 0 ? L.paymentTerms : L.paymentTermsImmediate;
    out.push({ text: fill(template, { days: d.paymentTermDays, date: formatDate(d.dueDate, 'dueDate') }) });
  }
  if (d.kind === 'credit_note') {
    if (d.creditedInvoice) out.push({ text: fill(L.creditFor, { number: d.creditedInvoice.number, date: formatDate(d.creditedInvoice.date, 'creditedInvoice.date') }) });
    out.push({ text: L.notToBePaid, bold: true });
  }
  if (d.kind === 'quote' && d.validUntil) out.push({ text: fill(L.quoteValidity, { date: formatDate(d.validUntil, 'validUntil') }) });
  if (d.sender.vatRegistered && d.priceMode === 'gross') out.push({ text: L.pricesGross });
  if (!d.sender.vatRegistered) out.push({ text: L.notVatRegistered });
  if (d.footerText) out.push({ text: d.footerText });
  return out;
}

function summaryHeight(d: LinesDocument): number {
  return d.sender.vatRegistered && d.tvaSummary.length > 0 ? ROW_HEIGHT * (d.tvaSummary.length + 1) + mm(2) : 0;
}

/** The height the closing block needs. */
export function measureClosing(ctx: DrawContext, d: LinesDocument): number {
  const rows = totalsRows(d, ctx).length * ROW_HEIGHT + mm(3);
  const paragraphs = closingParagraphs(d, ctx).reduce((h, p) => h + measure(ctx.doc, p.text, { width: RIGHT - LEFT, bold: p.bold }) + mm(1.5), 0);
  return Math.max(rows, summaryHeight(d)) + mm(3) + paragraphs;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function drawTvaSummary(ctx: DrawContext, d: LinesDocument, top: number): void {
  if (summaryHeight(d) === 0) return;
  const { doc } = ctx;
  const L = ctx.labels;
  const [rateW, baseW, taxW] = [mm(44), mm(22), mm(20)];
  let y = top;
  text(doc, L.tvaSummary, LEFT, y, { bold: true, size: 8, width: rateW });
  text(doc, L.tvaBase, LEFT + rateW, y, { bold: true, size: 8, width: baseW, align: 'right' });
  text(doc, L.tvaAmount, LEFT + rateW + baseW, y, { bold: true, size: 8, width: taxW, align: 'right' });
  y += ROW_HEIGHT;
  for (const row of d.tvaSummary) {
    // Exempt and zero-rated rows name their category alone: "0 %" would read as a rate.
    const rate = row.rateBp === 0 ? capitalise(L.category[row.category]) : `${formatRate(row.rateBp, ctx.language)} ${L.category[row.category]}`;
    text(doc, rate, LEFT, y, { size: 8, width: rateW });
    text(doc, formatDocumentAmount(row.base, ctx.language), LEFT + rateW, y, { size: 8, width: baseW, align: 'right' });
    text(doc, formatDocumentAmount(row.tax, ctx.language), LEFT + rateW + baseW, y, { size: 8, width: taxW, align: 'right' });
    y += ROW_HEIGHT;
  }
  rule(doc, LEFT, LEFT + SUMMARY_WIDTH, top + ROW_HEIGHT - 2, 0.4);
}

/** Draws the summary, totals and paragraphs at `ctx.y` (the caller has made room). */
export function drawClosing(ctx: DrawContext, d: LinesDocument): void {
  const { doc } = ctx;
  const top = ctx.y;
  drawTvaSummary(ctx, d, top);
  let y = top;
  const width = RIGHT - TOTALS_X;
  for (const row of totalsRows(d, ctx)) {
    if (row.strong) {
      rule(doc, TOTALS_X, RIGHT, y - 1, 0.8, '#000000');
      y += 2;
    }
    const o = { bold: row.strong, size: row.strong ? 10 : 9, color: row.muted ? COLOR_MUTED : undefined };
    text(doc, row.label, TOTALS_X, y, { ...o, width: width - mm(30) });
    text(doc, row.value, RIGHT - mm(32), y, { ...o, width: mm(32), align: 'right' });
    y += ROW_HEIGHT;
  }
  y = Math.max(y, top + summaryHeight(d)) + mm(4);
  for (const p of closingParagraphs(d, ctx)) y += text(doc, p.text, LEFT, y, { width: RIGHT - LEFT, bold: p.bold }) + mm(1.5);
  ctx.y = y;
}
