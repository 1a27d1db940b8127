// Generates the Prisma client from prisma/schema.prisma without any network access.
// Prisma's CLI wants a native schema engine for `generate`, which it would download from a
// host outside the npm registry; `generate` never runs it, so any executable satisfies the check.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
let prismaCli;
try {
  prismaCli = require.resolve('prisma/build/index.js');
} catch {
  // Dependencies are not installed yet (first pass of `pnpm install`): nothing to generate.
  process.exit(0);
}
if (!existsSync('prisma/schema.prisma')) process.exit(0);

const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
