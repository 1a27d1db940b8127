// One rendered page per language against a committed reference image, within a tolerance: catches
// layout regressions (moved address window, lost column, wrong font) that text checks miss.
import { existsSync, readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_LANGUAGES, referencePath, renderReferencePage } from './reference-images';

// Anti-aliasing may shift by a poppler/FreeType update; anything larger is a layout change.
const MAX_DIFFERENT_PIXELS = 0.005;

describe('reference page images', { timeout: 30_000 }, () => {
  it.each(REFERENCE_LANGUAGES)('page 1 of the invoice in %s matches its reference', async (language) => {
    const actual = await renderReferencePage(language);
    const file = referencePath(language);
    expect(existsSync(file), `missing ${file.pathname}: run scripts/update-reference-images.ts`).toBe(true);
    const expected = PNG.sync.read(readFileSync(file));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const different = pixelmatch(actual.data, expected.data, null, actual.width, actual.height, { threshold: 0.1 });
    expect(different / (actual.width * actual.height)).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
  });

  it('notices a changed layout', async () => {
    const fr = await renderReferencePage('fr');
    const expected = PNG.sync.read(readFileSync(referencePath('de')));
    const different = pixelmatch(fr.data, expected.data, null, fr.width, fr.height, { threshold: 0.1 });
    expect(different / (fr.width * fr.height)).toBeGreaterThan(MAX_DIFFERENT_PIXELS);
  });
});
