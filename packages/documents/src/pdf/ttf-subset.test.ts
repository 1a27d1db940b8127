import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFonts } from './fonts';
import { parseTtfSource, TtfSubset } from './ttf-subset';

describe('TtfSubset', () => {
  const { files } = loadFonts();
  const full = fontkit.create(Buffer.from(files.regular)) as Font;

  it('writes a TrueType font with the included glyphs, outlines and advances unchanged, without hints', () => {
    const subset = new TtfSubset(parseTtfSource(files.regular));
    const text = 'Łukasz Ștefan € 1234 Zürich ÿ';
    const glyphs = full.glyphsForString(text);
    const ids = glyphs.map((g) => subset.includeGlyph(g.id));
    expect(subset.includeGlyph(glyphs[0]!.id)).toBe(ids[0]);
    const parsed = fontkit.create(Buffer.from(subset.encode())) as Font;
    glyphs.forEach((g, i) => {
      const s = parsed.getGlyph(ids[i]!);
      expect(s.advanceWidth).toBe(g.advanceWidth);
      expect(s.path.toSVG()).toBe(g.path.toSVG());
    });
    expect(Object.keys((parsed as unknown as { directory: { tables: object } }).directory.tables).sort()).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
  });

  it('adds the components of composite glyphs and renumbers them', () => {
    const subset = new TtfSubset(parseTtfSource(files.regular));
    // Accented capitals are composites in Liberation Sans (base letter + accent).
    const composite = full.glyphsForString('ÄÉŠ').find((g) => (g as unknown as { _decode(): { numberOfContours: number } })._decode().numberOfContours < 0);
    expect(composite).toBeDefined();
    const id = subset.includeGlyph(composite!.id);
    const parsed = fontkit.create(Buffer.from(subset.encode())) as Font;
    expect(parsed.numGlyphs).toBeGreaterThan(2);
    expect(parsed.getGlyph(id).path.toSVG()).toBe(composite!.path.toSVG());
  });
});
