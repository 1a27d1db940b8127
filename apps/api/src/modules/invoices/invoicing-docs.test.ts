// docs/api-invoicing.md is the integrators' reference: it must list every code the invoicing
// use cases and these modules answer, and every route they serve.
import { readdirSync, readFileSync } from 'node:fs';
import { INVOICING_ERROR_CODES } from '@simplifaq/invoicing';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../../', import.meta.url);
const doc = readFileSync(new URL('docs/api-invoicing.md', root), 'utf8');

function sources(dir: string) {
  const url = new URL(dir, root);
  return readdirSync(url)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(f, `${url.href}/`), 'utf8'))
    .join('\n');
}

describe('docs/api-invoicing.md', () => {
  it('lists every invoicing error code', () => {
    for (const code of Object.keys(INVOICING_ERROR_CODES)) expect(doc, code).toContain(`| \`${code}\` |`);
    const api = [sources('apps/api/src/modules/invoices'), sources('apps/api/src/modules/quotes'), sources('apps/api/src/modules/payments'), sources('apps/api/src/modules/reminders'), readFileSync(new URL('apps/api/src/plugins/idempotency.ts', root), 'utf8')].join('\n');
    const codes = [...api.matchAll(/AppError\(\s*'([A-Z_]+)'|badRequest\(\s*'([A-Z_]+)'/g)].map((m) => m[1] ?? m[2]);
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) expect(doc, code).toContain(`\`${code}\``);
  });

  it('lists every route', () => {
    const api = [sources('apps/api/src/modules/invoices'), sources('apps/api/src/modules/quotes'), sources('apps/api/src/modules/payments'), sources('apps/api/src/modules/reminders')].join('\n');
    const routes = [...api.matchAll(/r\.(get|post|patch|delete)\(\s*'([^']+)'/g)].map((m) => `${m[1]?.toUpperCase()} ${m[2]}`);
    expect(routes.length).toBe(21);
    for (const route of routes) expect(doc, route).toContain(`| \`${route}\` |`);
  });
});
