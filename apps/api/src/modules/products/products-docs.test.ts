// docs/api-clients-products.md is the reference for integrators: it must list every error code
// these modules answer and every CSV header they accept, so the two cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_CSV_COLUMNS } from '../clients/client-csv-fns';
import { PRODUCT_CSV_COLUMNS } from './product-csv-fns';

const root = new URL('../../../../../', import.meta.url);
const doc = readFileSync(new URL('docs/api-clients-products.md', root), 'utf8');

function sources(dir: string, keep: (name: string) => boolean) {
  const url = new URL(dir, root);
  return readdirSync(url)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && keep(f))
    .map((f) => readFileSync(new URL(f, `${url.href}/`), 'utf8'));
}

describe('docs/api-clients-products.md', () => {
  it('lists every error code the clients, products and CSV code can answer', () => {
    const code = [
      ...sources('apps/api/src/modules/clients', () => true),
      ...sources('apps/api/src/modules/products', () => true),
      ...sources('apps/api/src/lib', (f) => f.startsWith('csv')),
    ].join('\n');
    const codes = new Set([...code.matchAll(/(?:AppError|csvError|conflict|badRequest)\(\s*'([A-Z_]+)'|code: '([A-Z_]+)'/g)].map((m) => m[1] ?? m[2]));
    expect(codes.size).toBeGreaterThan(8);
    for (const c of codes) expect(doc, c).toContain(`\`${c}\``);
  });

  it.each([
    ['client', CLIENT_CSV_COLUMNS],
    ['product', PRODUCT_CSV_COLUMNS],
  ] as const)('lists every %s CSV header the import accepts', (_kind, spec) => {
    for (const [field, { required, synonyms }] of Object.entries(spec)) {
      expect(doc).toContain(`| \`${field}\`${required ? ' (required)' : ''} | ${synonyms.join(', ')} |`);
    }
  });
});
