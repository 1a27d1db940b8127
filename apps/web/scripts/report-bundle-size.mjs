// Prints the size of every JS/CSS chunk of the built app (raw and gzipped) and fails the build
// when the initial JavaScript — the entry chunk plus everything it imports statically, i.e. what
// the browser downloads before the first page can render — passes the budget of issue 6.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 250 * 1000;
const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], css?: string[] }>} */
const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));

const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
if (entryKeys.length === 0) {
  console.error('report-bundle-size: no entry chunk in dist/.vite/manifest.json');
  process.exit(1);
}

// Walk static imports only: dynamic imports (lazy routes, extra languages) load on demand.
const initialFiles = new Set();
const pending = [...entryKeys];
const seen = new Set();
while (pending.length > 0) {
  const key = pending.pop();
  if (key === undefined || seen.has(key)) continue;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) continue;
  initialFiles.add(chunk.file);
  for (const css of chunk.css ?? []) initialFiles.add(css);
  pending.push(...(chunk.imports ?? []));
}

const files = new Set();
for (const chunk of Object.values(manifest)) {
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
}

const rows = [...files]
  .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
  .map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, raw: content.length, gzip: gzipSync(content).length, initial: initialFiles.has(file) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const width = Math.max(...rows.map((row) => row.file.length), 'file'.length);
console.log(`\n${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  load`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${row.initial ? 'initial' : 'lazy'}`);
}

const sum = (list, field) => list.reduce((total, row) => total + row[field], 0);
const initialJs = rows.filter((row) => row.initial && row.file.endsWith('.js'));
const initialCss = rows.filter((row) => row.initial && row.file.endsWith('.css'));
console.log(`\ninitial JS:  ${kb(sum(initialJs, 'raw'))} raw, ${kb(sum(initialJs, 'gzip'))} gzip (budget ${kb(BUDGET_GZIP_BYTES)} gzip)`);
console.log(`initial CSS: ${kb(sum(initialCss, 'raw'))} raw, ${kb(sum(initialCss, 'gzip'))} gzip`);
console.log(`all chunks:  ${kb(sum(rows, 'raw'))} raw, ${kb(sum(rows, 'gzip'))} gzip`);

if (sum(initialJs, 'gzip') > BUDGET_GZIP_BYTES) {
  console.error(`\nInitial JavaScript is over budget: ${kb(sum(initialJs, 'gzip'))} gzip > ${kb(BUDGET_GZIP_BYTES)}. Split a route or drop a dependency.`);
  process.exit(1);
}
