// docs/api-organisation.md is the reference for integrators: it must list every error code the
// organisation, bank-account, member, invitation, token and audit modules answer.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN_ERROR_CODES } from '@simplifaq/invoicing';

const root = new URL('../../../../../', import.meta.url);
const doc = readFileSync(new URL('docs/api-organisation.md', root), 'utf8');

function sources(dir: string) {
  const url = new URL(dir, root);
  return readdirSync(url)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(f, `${url.href}/`), 'utf8'));
}

describe('docs/api-organisation.md', () => {
  it('lists every error code these modules can answer', () => {
    const code = ['organisation', 'bank-accounts', 'members', 'api-tokens', 'audit'].flatMap((m) => sources(`apps/api/src/modules/${m}`)).join('\n');
    const codes = new Set([...code.matchAll(/(?:AppError|conflict|badRequest)\(\s*'([A-Z_]+)'/g)].map((m) => m[1]!));
    expect(codes.size).toBeGreaterThan(15);
    // The pattern codes reach the API through checkedPattern(); the date and sequence ones cannot
    // (the schemas check those first), all but NUMBER_TOO_LONG from the preview.
    for (const c of Object.keys(NUMBER_PATTERN_ERROR_CODES)) if (c.startsWith('NUMBER_PATTERN_') || c === 'NUMBER_TOO_LONG') codes.add(c);
    for (const c of codes) expect(doc, c).toContain(`\`${c}\``);
  });

  it('lists every route these modules serve', () => {
    const code = ['organisation', 'bank-accounts', 'members', 'api-tokens', 'audit'].flatMap((m) => sources(`apps/api/src/modules/${m}`)).join('\n');
    const routes = [...code.matchAll(/r\.(get|post|put|patch|delete)\(\s*'([^']+)'/g)].map((m) => `| ${m[1]!.toUpperCase()} | \`${m[2]}\``);
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) expect(doc, r).toContain(r);
  });
});
