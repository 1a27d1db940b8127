// Page geometry and the drawing context shared by the document sections. All positions in points;
// the constants are given in millimetres as the standards give them.
import type { Language } from '@simplifaq/swiss';
import type { DocumentLabels } from '../i18n/labels';
import type { SimplifaqDocument } from '../model';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { mm } from './pdf-document';

export const PAGE_WIDTH = mm(210);
export const PAGE_HEIGHT = mm(297);
export const LEFT = mm(20);
export const RIGHT = mm(195);
export const CONTENT_WIDTH = RIGHT - LEFT;
/** Where body content stops on a page without the QR-bill (the footer sits below). */
export const BODY_BOTTOM = mm(280);
/** The QR-bill slip: 210 × 105 mm at the bottom of the page (IG QR-bill 2.3 §3.1). */
export const SLIP_TOP = PAGE_HEIGHT - mm(105);
/** Body content on the page that carries the slip stops this far above it. */
export const SLIP_CLEARANCE = mm(6);
export const FOOTER_Y = mm(285);
/** Start of the body on continuation pages, under the repeated header. */
export const CONTINUATION_TOP = mm(24);

/**
 * The recipient's address block (SN 010130 window envelopes C5/C6, window 100 × 45 mm at 45 mm
 * from the top): right window from 118 mm from the left edge, left window from 22 mm. The return
 * line sits at the window's top edge, the address 5 mm lower, so both show through the window.
 */
export const ADDRESS_WINDOW = {
  right: { x: mm(118), width: mm(77) },
  left: { x: mm(22), width: mm(85) },
  returnLineY: mm(47),
  addressY: mm(52),
} as const;

export const COLOR_TEXT = '#000000';
export const COLOR_MUTED = '#555555';
export const COLOR_RULE = '#888888';

/** What every section draws with. */
export interface DrawContext {
  readonly doc: PDFKit.PDFDocument;
  readonly document: SimplifaqDocument;
  readonly labels: DocumentLabels;
  readonly language: Language;
  /** The heading of continuation pages, e.g. "Facture 2026-0001". */
  readonly heading: string;
  /** The current vertical position. */
  y: number;
}

export interface TextOptions {
  readonly width?: number;
  readonly align?: 'left' | 'right' | 'center';
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly lineGap?: number;
}

/** Sets font, size and colour for the next text call. */
export function style(doc: PDFKit.PDFDocument, o: TextOptions = {}): PDFKit.PDFDocument {
  return doc
    .font(o.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(o.size ?? 9)
    .fillColor(o.color ?? COLOR_TEXT);
}

/** Draws text at a position and returns its height. Never breaks the page (layout is explicit). */
export function text(doc: PDFKit.PDFDocument, value: string, x: number, y: number, o: TextOptions = {}): number {
  style(doc, o);
  const lineGap = o.lineGap ?? 1;
  // Most texts (labels, amounts, dates) fit on one line: place them directly instead of running
  // pdfkit's line wrapper, which is most of the cost of laying out a page.
  const width = o.width === undefined ? 0 : doc.widthOfString(value);
  if (!value.includes('\n') && (o.width === undefined || width <= o.width)) {
    const dx = o.width === undefined || o.align === undefined || o.align === 'left' ? 0 : o.align === 'right' ? o.width - width : (o.width - width) / 2;
    doc.text(value, x + dx, y, { lineBreak: false, lineGap });
    return doc.currentLineHeight(true) + lineGap;
  }
  doc.text(value, x, y, { width: o.width, align: o.align ?? 'left', lineGap });
  return doc.y - y;
}

/** The height text would take. */
export function measure(doc: PDFKit.PDFDocument, value: string, o: TextOptions & { width: number }): number {
  style(doc, o);
  const lineGap = o.lineGap ?? 1;
  if (!value.includes('\n') && doc.widthOfString(value) <= o.width) return doc.currentLineHeight(true) + lineGap;
  return doc.heightOfString(value, { width: o.width, lineGap });
}

/** A horizontal rule. */
export function rule(doc: PDFKit.PDFDocument, x1: number, x2: number, y: number, width = 0.5, color = COLOR_RULE): void {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
}
