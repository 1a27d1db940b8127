// Loads Prisma's WebAssembly schema engine on Node 20 without --experimental-wasm-modules:
// the package's entry imports the .wasm file as an ES module, so we instantiate it ourselves.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const require = createRequire(import.meta.url);

type Bg = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

export async function loadSchemaEngine(): Promise<Bg> {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = (await import(bgPath)) as Bg & { __wbg_set_wasm(w: unknown): void };
  const bytes = await readFile(bgPath.replace(/schema_engine_bg\.js$/, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bg;
}

/** A schema engine working on throw-away in-memory PGlite databases (main and shadow). */
export async function createScratchEngine(schemaPath: string, schemaText: string) {
  const bg = await loadSchemaEngine();
  const main = new PrismaPGlite(new PGlite());
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: () => main.connectToShadowDb(),
  });
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, factory);
}
