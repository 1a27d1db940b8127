// docs/swiss-rules.md is what the API and web developers read: its error table must list every
// code of SWISS_ERROR_CODES with the same rule text, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SWISS_ERROR_CODES } from '../src';

describe('docs/swiss-rules.md', () => {
  it('lists exactly the error codes, with their rules', () => {
    const doc = readFileSync(new URL('../../../docs/swiss-rules.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| (.*) \|$/gm)].map((m) => [m[1], (m[2] as string).replace(/\\\|/g, '|')]);
    expect(Object.fromEntries(rows)).toEqual(SWISS_ERROR_CODES);
  });
});
