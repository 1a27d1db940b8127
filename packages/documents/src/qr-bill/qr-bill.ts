// The QR-bill on its own: checked data, SVG, PNG and a PDF of just the slip.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { buildQrBillData, toQrBillLanguage } from '@simplifaq/swiss';
import type { Language, QrBillInput } from '@simplifaq/swiss';
import { SwissQRBill as PdfQrBill } from 'swissqrbill/pdf';
import { SwissQRBill as SvgQrBill } from 'swissqrbill/svg';
import type { Data } from 'swissqrbill/types';
import { DOCUMENT_LABELS } from '../i18n/labels';
import { collectPdf, createPdfDocument, mm } from '../pdf/pdf-document';
import { FONT_REGULAR, loadFonts } from '../pdf/fonts';
import { drawSlip } from '../pdf/draw-slip';
import { drawWatermark } from '../pdf/watermark';

/** The swissqrbill font option: one of the fonts IG QR-bill 2.3 §3.4 allows, embedded by us. */
const QR_FONT = 'Liberation Sans' as const;

/**
 * A QR-bill ready to draw: the IG 2.3-checked swissqrbill `Data` (from `buildQrBillData`, which
 * throws `SwissRuleError` naming the field and the rule) and swissqrbill's own PDF object, built
 * BEFORE any page is drawn. swissqrbill validates again in its constructor; whatever it would
 * refuse is refused here too, so no PDF is ever produced with a broken payment part.
 */
export interface PreparedQrBill {
  readonly data: Data;
  readonly language: Language;
  readonly pdf: PdfQrBill;
}

/** Checks a QR-bill input and prepares its swissqrbill objects (throws `SwissRuleError`). */
export function prepareQrBill(input: QrBillInput, language: Language): PreparedQrBill {
  const data = buildQrBillData(input);
  // The scissors symbol marks the separation line on PDFs that are e-mailed (IG QR-bill 2.3 §3.7).
  const pdf = new PdfQrBill(data, { language: toQrBillLanguage(language), fontName: QR_FONT, scissors: true });
  return { data, language, pdf };
}

export interface QrBillRenderOptions {
  /** Marks the slip as a draft (watermark). */
  readonly draft?: boolean;
}

/**
 * The QR-bill (receipt and payment part, 210 × 105 mm) as SVG, labels in `language`. Text uses
 * the font family "Liberation Sans"; viewers without it substitute Arial/Helvetica, both allowed.
 */
export function renderQrBillSvg(input: QrBillInput, language: Language, options: QrBillRenderOptions = {}): string {
  const data = buildQrBillData(input);
  const svg = new SvgQrBill(data, { language: toQrBillLanguage(language), fontName: QR_FONT }).toString();
  if (!options.draft) return svg;
  // A translucent diagonal word across the slip; the slip's own drawing is left untouched.
  const word = DOCUMENT_LABELS[language].draft;
  const mark =
    `<text x="105mm" y="60mm" transform="rotate(-20 397 227)" text-anchor="middle" font-family="${QR_FONT}" font-weight="bold" ` +
    `font-size="60pt" fill="#b00020" fill-opacity="0.25">${word}</text>`;
  return svg.replace(/<\/svg>\s*$/, `${mark}</svg>`);
}

let wasmReady: Promise<void> | null = null;

// resvg's WebAssembly module is read and compiled once per process, on the first PNG.
function ensureResvg(): Promise<void> {
  if (!wasmReady) {
    const require = createRequire(import.meta.url);
    wasmReady = initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  }
  return wasmReady;
}

export interface QrBillPngOptions extends QrBillRenderOptions {
  /** Resolution; default 200 dpi (the 46 mm QR code gets ~4 pixels per module). */
  readonly dpi?: number;
}

/** The QR-bill as a PNG image, rasterised from {@link renderQrBillSvg} with the bundled fonts. */
export async function renderQrBillPng(input: QrBillInput, language: Language, options: QrBillPngOptions = {}): Promise<Uint8Array> {
  const svg = renderQrBillSvg(input, language, options);
  await ensureResvg();
  const fonts = loadFonts();
  const dpi = options.dpi ?? 200;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round((210 / 25.4) * dpi) },
    background: 'white',
    font: { fontBuffers: [fonts.files.regular, fonts.files.bold], defaultFontFamily: QR_FONT, loadSystemFonts: false },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

export interface QrBillPdfOptions extends QrBillRenderOptions {
  /** `a4` (default): the slip at the bottom of an A4 page, for perforated paper; `slip`: a 210 × 105 mm page. */
  readonly page?: 'a4' | 'slip';
  /** Date written into the PDF's metadata (the package reads no clock); default 2000-01-01. */
  readonly date?: string;
}

/** A PDF holding only the QR-bill, labels in `language`. */
export async function renderQrBillPdf(input: QrBillInput, language: Language, options: QrBillPdfOptions = {}): Promise<Uint8Array> {
  const prepared = prepareQrBill(input, language);
  const slip = options.page === 'slip';
  const doc = createPdfDocument({ size: slip ? [mm(210), mm(105)] : 'A4', date: options.date ?? '2000-01-01', title: 'QR-bill', language });
  const done = collectPdf(doc);
  doc.font(FONT_REGULAR);
  drawSlip(doc, prepared, 0, slip ? 0 : doc.page.height - mm(105));
  if (options.draft) drawWatermark(doc, DOCUMENT_LABELS[language].draft);
  doc.end();
  return done;
}
