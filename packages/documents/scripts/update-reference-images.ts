// Rewrites packages/documents/test/reference/*.png from the current renderer.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { REFERENCE_LANGUAGES, referencePath, renderReferencePage } from '../test/reference-images';

for (const language of REFERENCE_LANGUAGES) {
  const image = await renderReferencePage(language);
  writeFileSync(referencePath(language), PNG.sync.write(image, { colorType: 0, inputColorType: 6, inputHasAlpha: true }));
  console.log(`wrote ${referencePath(language).pathname}`);
}
