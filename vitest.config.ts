import { spawnSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';

// The PDF tests read rendered documents back with Debian's poppler-utils (pdftotext, pdftoppm).
// CI installs it; on a machine without it they are left out, and the run says so.
const POPPLER_TESTS = [
  'packages/documents/test/render-document.test.ts',
  'packages/documents/test/qr-decode.test.ts',
  'packages/documents/test/qr-bill-outputs.test.ts',
  'packages/documents/test/reference-images.test.ts',
  'apps/api/src/modules/documents/documents.int.test.ts',
  'apps/api/src/modules/reminders/reminders.int.test.ts',
];
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler) {
  console.warn(`poppler-utils (pdftotext) is not installed: skipping ${POPPLER_TESTS.length} PDF test files (apt-get install poppler-utils to run them)`);
}
const withoutPoppler = hasPoppler ? [] : POPPLER_TESTS;

// Test projects:
//  unit         pure code and in-memory adapters (*.test.ts)
//  integration  real database and store through the app (*.int.test.ts); Postgres/Redis when
//               DATABASE_URL / REDIS_URL are set, embedded PGlite and memory otherwise
//  web          React component tests (apps/web, *.test.tsx)
//  e2e          the built app in headless Chromium (e2e/*.e2e.ts), run by `pnpm test:e2e`
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', ...withoutPoppler],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'packages/*/test/**/*.int.test.ts', 'apps/api/**/*.int.test.ts'],
          exclude: ['**/node_modules/**', ...withoutPoppler],
          globalSetup: ['packages/db/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['apps/web/vitest.setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
