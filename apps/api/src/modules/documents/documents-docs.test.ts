// docs/documents.md is the reference for the document routes: it must name every route and every
// error code this module answers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../../', import.meta.url);
const doc = readFileSync(new URL('docs/documents.md', root), 'utf8');
const dir = new URL('apps/api/src/modules/documents/', root);
const code = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');

describe('docs/documents.md', () => {
  it('names every route of the documents module', () => {
    const literal = [...code.matchAll(/r\.get\(\s*'([^']+)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThanOrEqual(4);
    for (const route of literal) expect(doc, route).toContain(`\`GET ${route}\``);
    expect(doc).toContain('`GET /api/invoices/:id/qr-bill.pdf` · `.svg` · `.png`');
  });

  it('names every error code the module answers', () => {
    const codes = [...code.matchAll(/AppError\(\s*'([A-Z_]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThanOrEqual(4);
    for (const c of codes) expect(doc, c).toMatch(new RegExp(`\\b${c}\\b`));
  });
});
