// The body of a reminder: the level's text, the open invoice with what was credited and paid, the
// fees of earlier reminders and of this one, and the amount now due (the amount of the fresh QR-bill).
import { fill } from '../i18n/labels';
import { formatDate, formatDocumentAmount, formatDocumentMoney } from '../i18n/format';
import type { ReminderDocument } from '../model';
import type { DrawContext } from './layout';
import { LEFT, RIGHT, rule, text } from './layout';
import { mm } from './pdf-document';

/** The rows of the reminder's statement: label, amount, strong. */
export function reminderRows(d: ReminderDocument, ctx: Pick<DrawContext, 'labels' | 'language'>): [string, string, boolean][] {
  const L = ctx.labels;
  const amount = (minor: bigint) => formatDocumentAmount(minor, ctx.language);
  const invoiceLine = fill(L.reminderInvoice, {
    number: d.invoice.number,
    date: formatDate(d.invoice.date, 'invoice.date'),
    due: formatDate(d.invoice.dueDate, 'invoice.dueDate'),
  });
  const credited = d.invoice.credited ?? 0n;
  const earlierFees = d.earlierFees ?? 0n;
  const outstanding = d.invoice.totalPayable + credited - d.invoice.amountPaid;
  const rows: [string, string, boolean][] = [[`${invoiceLine} – ${L.reminderInvoiceAmount}`, amount(d.invoice.totalPayable), false]];
  if (credited !== 0n) rows.push([L.reminderCredited, amount(credited), false]);
  if (d.invoice.amountPaid !== 0n) rows.push([L.reminderPaid, amount(-d.invoice.amountPaid), false]);
  if (credited !== 0n || d.invoice.amountPaid !== 0n) rows.push([L.reminderOutstanding, amount(outstanding), false]);
  if (earlierFees !== 0n) rows.push([L.reminderEarlierFees, amount(earlierFees), false]);
  if (d.fee !== 0n) rows.push([L.reminderFee, amount(d.fee), false]);
  rows.push([L.reminderTotal, formatDocumentMoney(d.amountDue, d.currency, ctx.language), true]);
  return rows;
}

export function drawReminderBody(ctx: DrawContext, d: ReminderDocument): void {
  const { doc } = ctx;
  const L = ctx.labels;
  const width = RIGHT - LEFT;
  let y = ctx.y;
  y += text(doc, fill(L.reminderBody[d.level], { date: formatDate(d.dueDate, 'dueDate') }), LEFT, y, { width, size: 9.5 }) + mm(5);
  rule(doc, LEFT, RIGHT, y - mm(1.5), 0.8, '#000000');
  for (const [label, value, strong] of reminderRows(d, ctx)) {
    if (strong) {
      rule(doc, LEFT, RIGHT, y, 0.8, '#000000');
      y += mm(1);
    }
    const o = { bold: strong, size: strong ? 10 : 9 };
    const h = text(doc, label, LEFT, y, { ...o, width: width - mm(40) });
    text(doc, value, RIGHT - mm(38), y, { ...o, width: mm(38), align: 'right' });
    y += h + mm(1.5);
  }
  y += mm(4);
  y += text(doc, L.reminderIgnore, LEFT, y, { width, size: 9 }) + mm(2);
  if (d.footerText) y += text(doc, d.footerText, LEFT, y, { width, size: 9 }) + mm(2);
  ctx.y = y;
}
