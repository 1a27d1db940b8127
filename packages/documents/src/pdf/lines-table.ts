// The lines table (MWSTG art. 26 al. 2 let. e/f: type, object and extent of the supply, and its
// price), over as many pages as it takes, the header repeated on each.
import { fill } from '../i18n/labels';
import { formatDate, formatDocumentAmount, formatDocumentQuantity, formatRate } from '../i18n/format';
import type { CreditNoteDocument, DocumentLine, InvoiceDocument, QuoteDocument } from '../model';
import type { DrawContext } from './layout';
import { BODY_BOTTOM, COLOR_MUTED, CONTINUATION_TOP, LEFT, RIGHT, measure, rule, text } from './layout';
import { mm } from './pdf-document';

export type LinesDocument = InvoiceDocument | CreditNoteDocument | QuoteDocument;

interface Column {
  readonly key: 'description' | 'quantity' | 'unit' | 'unitPrice' | 'discount' | 'tva' | 'amount';
  readonly width: number;
  readonly align: 'left' | 'right';
}

const GAP = mm(1.5);
const ROW_PADDING = mm(1.2);

/** Columns for a document; the TVA column only when the sender is registered (MWSTG art. 10). */
export function tableColumns(d: LinesDocument): Column[] {
  const fixed: Column[] = [
    { key: 'quantity', width: mm(17), align: 'right' },
    { key: 'unit', width: mm(14), align: 'left' },
    { key: 'unitPrice', width: mm(22), align: 'right' },
    { key: 'discount', width: mm(14), align: 'right' },
    ...(d.sender.vatRegistered ? [{ key: 'tva', width: mm(13), align: 'right' } as const] : []),
    { key: 'amount', width: mm(25), align: 'right' },
  ];
  const used = fixed.reduce((n, c) => n + c.width, 0);
  return [{ key: 'description', width: RIGHT - LEFT - used, align: 'left' }, ...fixed];
}

// Cells keep a gap to their neighbour: the description on its right, the unit on its left.
function cellBox(c: Column): [number, number] {
  if (c.key === 'description') return [0, c.width - GAP];
  if (c.align === 'left') return [GAP, c.width - GAP];
  return [0, c.width];
}

function headerCells(ctx: DrawContext, d: LinesDocument): Record<Column['key'], string> {
  const L = ctx.labels;
  return {
    description: L.description,
    quantity: L.quantity,
    unit: L.unit,
    unitPrice: L.unitPrice,
    discount: L.discount,
    tva: L.tva,
    amount: `${L.amount} ${d.currency}`,
  };
}

function lineCells(ctx: DrawContext, line: DocumentLine): Record<Column['key'], string> {
  const lang = ctx.language;
  return {
    description: line.description,
    quantity: formatDocumentQuantity(line.quantity),
    unit: line.unit ?? '',
    unitPrice: formatDocumentAmount(line.unitPrice, lang),
    discount: line.discountBp ? formatRate(line.discountBp, lang) : '',
    tva: line.tvaRateBp === null ? '' : formatRate(line.tvaRateBp, lang),
    amount: formatDocumentAmount(line.amount, lang),
  };
}

function drawHeader(ctx: DrawContext, columns: readonly Column[], d: LinesDocument): void {
  const cells = headerCells(ctx, d);
  let x = LEFT;
  let height = 0;
  for (const c of columns) {
    const [dx, width] = cellBox(c);
    height = Math.max(height, text(ctx.doc, cells[c.key], x + dx, ctx.y, { bold: true, size: 8, width, align: c.align }));
    x += c.width;
  }
  ctx.y += height + mm(1);
  rule(ctx.doc, LEFT, RIGHT, ctx.y, 0.8, '#000000');
  ctx.y += ROW_PADDING;
}

/** Adds a page with the repeated page header; `tableHeader` repeats the table's column header too. */
export type NewPage = (ctx: DrawContext) => void;

/** Draws the lines; starts new pages (header repeated) whenever a row would pass the body's bottom. */
export function drawLinesTable(ctx: DrawContext, d: LinesDocument, newPage: NewPage): void {
  const columns = tableColumns(d);
  const descriptionWidth = (columns[0]?.width ?? 0) - GAP;
  drawHeader(ctx, columns, d);
  for (const line of d.lines) {
    const cells = lineCells(ctx, line);
    const supply = line.supplyDate ? fill(ctx.labels.supplyOn, { date: formatDate(line.supplyDate, 'lines.supplyDate') }) : null;
    const height =
      measure(ctx.doc, cells.description, { width: descriptionWidth }) + (supply ? measure(ctx.doc, supply, { width: descriptionWidth, size: 7.5 }) : 0);
    if (ctx.y + height + ROW_PADDING > BODY_BOTTOM) {
      newPage(ctx);
      ctx.y = Math.max(ctx.y, CONTINUATION_TOP);
      drawHeader(ctx, columns, d);
    }
    let x = LEFT;
    for (const c of columns) {
      const [dx, width] = cellBox(c);
      const h = text(ctx.doc, cells[c.key], x + dx, ctx.y, { width, align: c.align });
      if (c.key === 'description' && supply) text(ctx.doc, supply, x, ctx.y + h, { width, size: 7.5, color: COLOR_MUTED });
      x += c.width;
    }
    ctx.y += height + ROW_PADDING;
    rule(ctx.doc, LEFT, RIGHT, ctx.y - ROW_PADDING / 2, 0.25, '#cccccc');
  }
  rule(ctx.doc, LEFT, RIGHT, ctx.y, 0.8, '#000000');
  ctx.y += mm(3);
}
