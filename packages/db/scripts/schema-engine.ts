// Loads Prisma's WebAssembly schema engine on Node 20 without --experimental-wasm-modules:
// the package's entry imports the .wasm file as an ES module, so we instantiate it ourselves.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type * as SchemaEngineBg from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

type Bg = typeof SchemaEngineBg;
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: unknown } }>;
}

export async function loadSchemaEngine(): Promise<Bg> {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = (await import(bgPath)) as Bg & { __wbg_set_wasm(w: unknown): void };
  const bytes = await readFile(bgPath.replace(/schema_engine_bg\.js$/, 'schema_engine_bg.wasm'));
  // Node has WebAssembly at run time; the project's type libraries (ES2023 + node) don't declare it.
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': bg });
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
