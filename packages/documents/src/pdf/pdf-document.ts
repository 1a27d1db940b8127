// One pdfkit document set up the way every SimpliFaq PDF is: A4 unless told, no automatic first
// page margins (layout is explicit), the bundled fonts registered, and deterministic metadata so
// the same document renders to the same bytes (the archive rule: CO art. 958f).
import PDFDocument from 'pdfkit';
import { assertIsoDate } from '@simplifaq/swiss';
import { FONT_BOLD, FONT_REGULAR, loadFonts, shareLayouts } from './fonts';

/** Millimetres to PDF points. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}

export interface PdfDocumentOptions {
  readonly size?: 'A4' | [number, number];
  /** The document's date (ISO): written as the PDF creation date; also seeds the file id. */
  readonly date: string;
  readonly title: string;
  readonly language: string;
  /** Keep pages in memory so that page numbers and watermarks can be drawn at the end. */
  readonly bufferPages?: boolean;
}

export function createPdfDocument(options: PdfDocumentOptions): PDFKit.PDFDocument {
  assertIsoDate(options.date, 'date');
  const fonts = loadFonts();
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    margin: 0,
    bufferPages: options.bufferPages ?? false,
    // No default font: pdfkit would load Helvetica's metrics (or, given a font object, compare
    // font name tables) in every document. Every text call sets one of ours first.
    font: null as unknown as string,
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Creator: 'SimpliFaq', Producer: 'SimpliFaq', CreationDate: new Date(`${options.date}T00:00:00Z`) },
  });
  doc.registerFont(FONT_REGULAR, fonts.regular as unknown as string);
  doc.registerFont(FONT_BOLD, fonts.bold as unknown as string);
  doc.font(FONT_REGULAR);
  shareLayouts(doc);
  return doc;
}

/** Resolves with the whole PDF once `doc.end()` has been called. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const c of chunks) {
        out.set(c, offset);
        offset += c.length;
      }
      resolve(out);
    });
  });
}
