// Liberation Sans, embedded in every document (SIX IG QR-bill 2.3 §3.4 allows Arial, Frutiger,
// Helvetica and Liberation Sans; pdfkit's built-in Helvetica only encodes WinAnsi, so Ł, ș, ő …
// would print wrong). The TTFs ship in ../fonts and are read and parsed ONCE per process: pdfkit
// 0.20 takes an already parsed fontkit font, so no document pays fontkit's ~50 ms parse.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font, Glyph, GlyphPosition } from 'fontkit';
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

interface Run {
  readonly glyphs: Glyph[];
  readonly positions: GlyphPosition[];
  readonly advanceWidth: number;
}

// Layouts of the same words recur in every document (labels, column headers, the QR-bill's own
// text). pdfkit caches them per document only; this cache lives with the parsed font. pdfkit
// scales the positions it receives in place, so each call gets fresh position objects.
const LAYOUT_CACHE_LIMIT = 20_000;

function prepare(bytes: Uint8Array): Font {
  const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
  const source = parseTtfSource(bytes);
  const layout = font.layout.bind(font);
  const cache = new Map<string, { glyphs: Glyph[]; positions: GlyphPosition[] }>();
  const patched = font as unknown as Omit<Font, 'createSubset'> & { createSubset(): TtfSubset };
  patched.createSubset = () => new TtfSubset(source);
  patched.layout = ((text: string, features?: unknown, ...rest: unknown[]) => {
    if (features !== undefined || rest.length > 0) return (layout as (...a: unknown[]) => unknown)(text, features, ...rest);
    let hit = cache.get(text);
    if (!hit) {
      const run = layout(text);
      hit = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      cache.set(text, hit);
    }
    return freshRun(hit.glyphs, hit.positions);
  }) as Font['layout'];
  return patched as unknown as Font;
}

function freshRun(glyphs: Glyph[], template: GlyphPosition[]): Run {
  const positions = template.map((p) => ({ ...p }));
  return {
    glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const p of positions) width += p.xAdvance;
      return width;
    },
  };
}
