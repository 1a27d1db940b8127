// swissqrbill draws its QR code as one 0.6 mm square per dark module (~3000 `re` operators, ~95 KB
// of page content before compression), which is most of a one-page invoice's bytes and of its
// compression time. While the slip is drawn, squares that continue one another in the same
// column (swissqrbill walks column by column) or row are joined into one rectangle: the same
// filled area, far fewer operators. Everything else
// swissqrbill draws goes through unchanged, and the decoded payload is checked in the tests.
type Rect = [x: number, y: number, w: number, h: number];

export function withMergedRects<T>(doc: PDFKit.PDFDocument, draw: () => T): T {
  const rect = doc.rect;
  const fill = doc.fill;
  let pending: Rect | null = null;
  const flush = () => {
    if (pending) rect.apply(doc, pending);
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
