// Every export of this package states the standard or law its rule comes from (SWISS.md: "write
// the source section into the code comment"). This test reads the sources and names each exported
// declaration whose TSDoc block is missing or cites nothing from the list below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** What counts as a citation: the standards and laws this package implements. */
const CITATION_MARKERS = [
  /IG QR-bill/, // SIX Swiss Payment Standards, Implementation Guidelines QR-bill
  /Swiss Payment Standards/,
  /ISO \d{4,5}/, // ISO 11649, 13616, 3166, 4217, 8601, 7064
  /MWSTG|MWSTV/, // Federal VAT Act / Ordinance
  /UIDG|UIDV/, // Federal Act / Ordinance on the enterprise identification number
  /eCH-\d{4}/, // eCH standards (eCH-0097: UID)
  /Swico/, // Swico S1 syntax definition (bill information)
  /ESTV/, // Federal Tax Administration practice
  /CO art\./, // Code of Obligations
  /SN \d{6}/, // Swiss standards (SN 010130: window envelopes)
  /CLDR/, // Unicode CLDR locale data (Swiss number formats)
  /SWISS\.md/, // the project's rule sheet, which cites its sources
];

const SRC = fileURLToPath(new URL('.', import.meta.url));

// An exported declaration, its kind and name.
const DECLARATION =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/;
// Re-exports are exempt: the declaration they point to is checked in its own file.
const RE_EXPORT = /^export\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]/;

/** Non-test .ts files under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The `/** … *\/` block that ends right before `index` (only whitespace in between), or `null`. */
function precedingTsDoc(source: string, index: number): string | null {
  const before = source.slice(0, index).trimEnd();
  if (!before.endsWith('*/')) return null;
  const start = before.lastIndexOf('/**');
  if (start < 0) return null;
  const block = before.slice(start);
  // Another comment closing inside means the last comment is not a TSDoc block (`/* … */`).
  return block.indexOf('*/') === block.length - 2 ? block : null;
}

/** Problems of one file: `file: name (kind) — reason`, plus `export` statements the parser does not know. */
function findUncitedExports(source: string, file: string): string[] {
  const problems: string[] = [];
  const exportLine = /^export\b.*$/gm;
  for (const match of source.matchAll(exportLine)) {
    const line = match[0];
    if (RE_EXPORT.test(line)) continue;
    const declaration = DECLARATION.exec(line);
    if (!declaration) {
      problems.push(`${file}: unrecognised export statement \`${line}\``);
      continue;
    }
    const [, kind, name] = declaration;
    const doc = precedingTsDoc(source, match.index);
    if (doc === null) problems.push(`${file}: ${name} (${kind}) has no TSDoc block`);
    else if (!CITATION_MARKERS.some((marker) => marker.test(doc))) problems.push(`${file}: ${name} (${kind}) cites no standard`);
  }
  return problems;
}

describe('TSDoc citations', () => {
  it('every export of packages/swiss/src cites its standard or law', () => {
    const files = sourceFiles(SRC);
    const problems = files.flatMap((path) => findUncitedExports(readFileSync(path, 'utf8'), relative(SRC, path)));
    expect(problems).toEqual([]);
  });

  it('actually finds the exports (guards the parser)', () => {
    const count = sourceFiles(SRC)
      .map((path) => readFileSync(path, 'utf8'))
      .reduce((n, source) => n + [...source.matchAll(/^export\s+(?!\*|\{|type\s+\{)/gm)].length, 0);
    expect(count).toBeGreaterThan(100);
  });

  it('flags a missing block, a block without a citation and an unknown export form; exempts re-exports', () => {
    const source = [
      "export * from './a';",
      "export { b } from './b';",
      "export type { C } from './c';",
      '/** Cites ISO 11649. */',
      'export function cited(): void {}',
      '/** Says nothing about its source. */',
      'export const uncited = 1;',
      '// A line comment is not TSDoc (IG QR-bill 2.3).',
      'export interface LineCommented {}',
      'export type Bare = string;',
      '/* Not TSDoc (MWSTG art. 25). */',
      'export enum Plain { A }',
      'const local = 1;',
      'export { local };',
    ].join('\n');
    expect(findUncitedExports(source, 'x.ts')).toEqual([
      'x.ts: uncited (const) cites no standard',
      'x.ts: LineCommented (interface) has no TSDoc block',
      'x.ts: Bare (type) has no TSDoc block',
      'x.ts: Plain (enum) has no TSDoc block',
      'x.ts: unrecognised export statement `export { local };`',
    ]);
  });
});
