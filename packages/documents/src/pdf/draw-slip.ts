import { SwissRuleError } from '@simplifaq/swiss';
import { mm } from './pdf-document';

// Draws swissqrbill's slip into our pages, with two additions.
//
// 1. Smaller content. swissqrbill draws its QR code as one 0.6 mm square per dark module (~3000 `re` operators, ~95 KB
// of page content before compression), which is most of a one-page invoice's bytes and of its
// compression time. While the slip is drawn, squares that continue one another in the same
// column (swissqrbill walks column by column) or row are joined into one rectangle: the same
// filled area, far fewer operators. Everything else
// swissqrbill draws goes through unchanged, and the decoded payload is checked in the tests.
type Rect = [x: number, y: number, w: number, h: number];

function withMergedRects<T>(doc: PDFKit.PDFDocument, draw: () => T): T {
  const rect = doc.rect;
  const fill = doc.fill;
  let pending: Rect | null = null;
  // Edges are written to 0.01 pt (a module is ~1.7 pt): shorter numbers, and adjacent rectangles
  // share their rounded edge, so no seam can open between them.
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const flush = () => {
    if (pending) {
      const [x, y, w, h] = pending;
      rect.call(doc, r2(x), r2(y), r2(x + w) - r2(x), r2(y + h) - r2(y));
    }
    pending = null;
  };
  doc.rect = function (this: PDFKit.PDFDocument, x: number, y: number, w: number, h: number) {
    if (pending && pending[0] === x && pending[2] === w && Math.abs(pending[1] + pending[3] - y) < 1e-6) {
      pending[3] = y + h - pending[1];
    } else if (pending && pending[1] === y && pending[3] === h && Math.abs(pending[0] + pending[2] - x) < 1e-6) {
      pending[2] = x + w - pending[0];
    } else {
      flush();
      pending = [x, y, w, h];
    }
    return this;
  } as typeof doc.rect;
  doc.fill = function (this: PDFKit.PDFDocument, ...args: unknown[]) {
    flush();
    return (fill as (...a: unknown[]) => PDFKit.PDFDocument).apply(this, args);
  } as typeof doc.fill;
  try {
    return draw();
  } finally {
    flush();
    doc.rect = rect;
    doc.fill = fill;
  }
}

/**
 * 2. A layout guard. swissqrbill lays its text out without checking that it fits: with long (but
 * valid) addresses the receipt's text runs into its amount section and the payment part's text
 * past the slip, onto a new page. IG QR-bill 2.3 §3.4–3.6 fixes every section's place on the
 * 210 × 105 mm slip, so such a slip is broken. Each text swissqrbill writes is watched; one that
 * leaves its section throws a SwissRuleError (the document is abandoned, no PDF comes out).
 */
function withLayoutGuard<T>(doc: PDFKit.PDFDocument, slipX: number, slipY: number, draw: () => T): T {
  const text = doc.text;
  const page = doc.page;
  const receiptRight = slipX + mm(62);
  const rightColumn = slipX + mm(118) - 1;
  const amountTop = slipY + mm(68);
  const slipBottom = slipY + mm(105);
  let receiptAmountReached = false;
  let overflow: 'receipt' | 'paymentPart' | null = null;
  doc.text = function (this: PDFKit.PDFDocument, ...args: unknown[]) {
    const startX = typeof args[1] === 'number' ? args[1] : this.x;
    const startY = typeof args[2] === 'number' ? args[2] : this.y;
    if (startX < receiptRight && Math.abs(startY - amountTop) < 1) receiptAmountReached = true;
    const result = (text as (...a: unknown[]) => PDFKit.PDFDocument).apply(this, args);
    if (this.page !== page) overflow ??= startX < receiptRight ? 'receipt' : 'paymentPart';
    else if (startX < receiptRight && !receiptAmountReached && this.y > amountTop + 0.5) overflow ??= 'receipt';
    else if (startX >= rightColumn && this.y > slipBottom - mm(5) + 0.5) overflow ??= 'paymentPart';
    return result;
  } as typeof doc.text;
  try {
    const result = draw();
    if (overflow) {
      throw new SwissRuleError(
        'FIELD_TOO_LONG',
        overflow === 'receipt' ? 'creditor' : 'debtor',
        { section: overflow },
        `IG QR-bill 2.3 §3.4–3.6: the ${overflow === 'receipt' ? 'receipt' : 'payment part'} must fit its section of the 210 × 105 mm slip; the addresses and message are too long to print there — shorten them.`,
      );
    }
    return result;
  } finally {
    doc.text = text;
  }
}

/** Attaches a prepared QR-bill at (x, y) of the current page, compactly and checked (see above). */
export function drawSlip(doc: PDFKit.PDFDocument, qrBill: { pdf: { attachTo(doc: PDFKit.PDFDocument, x?: number, y?: number): void } }, x: number, y: number): void {
  // swissqrbill adds a slip-sized page when pdfkit's cursor is below the slip's top: place it.
  doc.y = y;
  withLayoutGuard(doc, x, y, () => withMergedRects(doc, () => qrBill.pdf.attachTo(doc, x, y)));
}
