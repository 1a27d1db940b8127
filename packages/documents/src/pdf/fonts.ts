// Liberation Sans, embedded in every document (SIX IG QR-bill 2.3 §3.4 allows Arial, Frutiger,
// Helvetica and Liberation Sans; pdfkit's built-in Helvetica only encodes WinAnsi, so Ł, ș, ő …
// would print wrong). The TTFs ship in ../fonts and are read and parsed ONCE per process: pdfkit
// 0.20 takes an already parsed fontkit font, so no document pays fontkit's ~50 ms parse.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { parseTtfSource, TtfSubset } from './ttf-subset';

/** The font names the renderer and swissqrbill (`fontName` option, `${name}-Bold`) use. */
export const FONT_REGULAR = 'Liberation Sans';
export const FONT_BOLD = 'Liberation Sans-Bold';

const FONT_FILES = { regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' } as const;

export interface LoadedFonts {
  readonly regular: Font;
  readonly bold: Font;
  /** The raw TTF files, for renderers that take font bytes (the SVG → PNG rasteriser). */
  readonly files: { readonly regular: Uint8Array; readonly bold: Uint8Array };
}

let loaded: LoadedFonts | null = null;

/** The bundled fonts, read and parsed on first use, then shared by every document of the process. */
export function loadFonts(): LoadedFonts {
  if (loaded) return loaded;
  const read = (file: string) => new Uint8Array(readFileSync(new URL(`../../fonts/${file}`, import.meta.url)));
  const files = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
  loaded = { regular: prepare(files.regular), bold: prepare(files.bold), files };
  return loaded;
}

// Layouts of the same words recur in every document (labels, column headers, the QR-bill's own
// text), but pdfkit caches them per document (per EmbeddedFont). Its `layoutCached` is replaced,
// once, by one that keeps the runs of OUR fonts for the whole process: a run depends only on the
// font and the text, and pdfkit only reads runs once they are made (it copies before changing a
// position for justified text).
const sharedRuns = new WeakMap<object, Map<string, unknown>>();
const LAYOUT_CACHE_LIMIT = 20_000;
let layoutsShared = false;

interface PdfkitEmbeddedFont {
  font: object;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

/** Installs the process-wide layout cache on pdfkit's EmbeddedFont, given a document using our font. */
export function shareLayouts(doc: PDFKit.PDFDocument): void {
  if (layoutsShared) return;
  const current = (doc as unknown as { _font?: PdfkitEmbeddedFont })._font;
  if (!current || !sharedRuns.has(current.font)) return;
  const proto = Object.getPrototypeOf(current) as PdfkitEmbeddedFont;
  const original = proto.layoutCached;
  proto.layoutCached = function (this: PdfkitEmbeddedFont, text: string) {
    const runs = sharedRuns.get(this.font);
    if (!runs) return original.call(this, text);
    let run = runs.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      if (runs.size >= LAYOUT_CACHE_LIMIT) runs.clear();
      runs.set(text, run);
    }
    return run;
  };
  layoutsShared = true;
}

function prepare(bytes: Uint8Array): Font {
  const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
  const source = parseTtfSource(bytes);
  const patched = font as unknown as Omit<Font, 'createSubset'> & { createSubset(): TtfSubset };
  patched.createSubset = () => new TtfSubset(source);
  sharedRuns.set(font, new Map());
  return font;
}
