import { defineConfig } from 'prisma/config';

// Only `prisma generate` uses this file: migrations are applied by packages/db (see docs/architecture.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
