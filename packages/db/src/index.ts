export { checkDatabaseConnection, createDb, DatabaseStartupError } from './create-db';
export type { Db, DbConfig } from './create-db';
export { applyMigrations, migrationStatus, readMigrations, DEFAULT_MIGRATIONS_DIR } from './migrations';
export type { Migration, MigrationStatus, SqlExecutor } from './migrations';
export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/client';
export { ensureDir } from './ensure-dir';
export { foldSearchText, SEARCH_FOLD_FROM, SEARCH_FOLD_TO } from './search-text';
