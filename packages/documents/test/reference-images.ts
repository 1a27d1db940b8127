// The reference pages: page 1 of the sample invoice in each language, rasterised by pdftoppm at
// 50 dpi in grey. `pnpm --filter @simplifaq/documents exec tsx scripts/update-reference-images.ts`
// rewrites them after an intended layout change (look at them before committing).
import type { Language } from '@simplifaq/swiss';
import { renderDocumentPdf } from '../src/index';
import { invoice } from './fixtures';
import { pdfPageImage } from './pdf-tools';

export const REFERENCE_LANGUAGES: Language[] = ['fr', 'de', 'it', 'en'];
export const REFERENCE_DPI = 50;

export const referencePath = (language: Language) => new URL(`./reference/invoice-${language}.png`, import.meta.url);

export async function renderReferencePage(language: Language) {
  const pdf = await renderDocumentPdf(invoice(language, 3));
  return pdfPageImage(pdf, 1, REFERENCE_DPI, { gray: true });
}
