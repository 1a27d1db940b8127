import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, DatabaseStartupError } from './create-db';
import { migrationStatus, readMigrations } from './migrations';
import { createTestDb } from './testing/test-db';
import type { TestDb } from './testing/test-db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.dispose());

async function issuedInvoice() {
  const org = await db.prisma.organisation.create({ data: { name: 'Muster AG' } });
  const client = await db.prisma.client.create({
    data: { organisationId: org.id, name: 'Beispiel GmbH', postalCode: '8001', town: 'Zürich' },
  });
  const invoice = await db.prisma.invoice.create({
    data: {
      organisationId: org.id,
      clientId: client.id,
      totalNet: 10_000n,
      lines: { create: [{ position: 1, description: 'Beratung', quantity: '1.5', unitPrice: 6_667n }] },
    },
    include: { lines: true },
  });
  await db.prisma.invoice.update({ where: { id: invoice.id }, data: { status: 'issued', number: '2026-0001' } });
  return invoice;
}

/** The database's own refusal (SQLSTATE SFIMM), whichever way the driver reports it. */
async function expectRefused(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'the database accepted the change').not.toBeNull();
  expect(JSON.stringify(err, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).toContain('SFIMM');
}

describe('schema', () => {
  it('has every migration applied and the official TVA rates seeded', async () => {
    const status = await migrationStatus(db.sql, await readMigrations());
    expect(status.pending).toEqual([]);
    expect(status.modified).toEqual([]);
    const rates = await db.prisma.tvaRate.findMany({ where: { category: 'normal' }, orderBy: { validFrom: 'asc' } });
    expect(rates.map((r) => r.rateBp)).toEqual([800, 770, 810]);
  });

  it('stores money as exact integers and quantities as decimals', async () => {
    const org = await db.prisma.organisation.create({ data: { name: 'Exact SA' } });
    const p = await db.prisma.product.create({
      data: { organisationId: org.id, name: 'Big', unitPrice: 99_999_999_999_99n },
    });
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).unitPrice).toBe(99_999_999_999_99n);
  });
});

describe('issued invoices are immutable in the database', () => {
  it('refuses to change an issued invoice, its lines, or to delete it', async () => {
    const inv = await issuedInvoice();
    await expectRefused(db.prisma.invoice.update({ where: { id: inv.id }, data: { totalNet: 1n } }));
    await expectRefused(db.prisma.invoice.update({ where: { id: inv.id }, data: { status: 'draft' } }));
    await expectRefused(db.prisma.invoice.delete({ where: { id: inv.id } }));
    await expectRefused(db.prisma.invoiceLine.update({ where: { id: inv.lines[0]!.id }, data: { unitPrice: 1n } }));
    await expectRefused(db.prisma.invoiceLine.delete({ where: { id: inv.lines[0]!.id } }));
    await expectRefused(
      db.prisma.invoiceLine.create({
        data: { invoiceId: inv.id, position: 2, description: 'added later', quantity: '1', unitPrice: 100n },
      }),
    );
    expect((await db.prisma.invoice.findUniqueOrThrow({ where: { id: inv.id } })).totalNet).toBe(10_000n);
  });

  it('lets payments, cancellation and the one-time PDF archive through', async () => {
    const inv = await issuedInvoice();
    await db.prisma.invoice.update({ where: { id: inv.id }, data: { pdf: Buffer.from('%PDF-1.7'), pdfSha256: 'a'.repeat(64) } });
    await expectRefused(db.prisma.invoice.update({ where: { id: inv.id }, data: { pdf: Buffer.from('%PDF-other') } }));
    await db.prisma.invoice.update({ where: { id: inv.id }, data: { status: 'paid', amountPaid: 10_000n } });
    expect((await db.prisma.invoice.findUniqueOrThrow({ where: { id: inv.id } })).status).toBe('paid');
  });

  it('still lets drafts change and be deleted with their lines', async () => {
    const org = await db.prisma.organisation.create({ data: { name: 'Draft GmbH' } });
    const client = await db.prisma.client.create({ data: { organisationId: org.id, name: 'K', postalCode: '3000', town: 'Bern' } });
    const inv = await db.prisma.invoice.create({
      data: { organisationId: org.id, clientId: client.id, lines: { create: [{ position: 1, description: 'x', quantity: '2', unitPrice: 5n }] } },
    });
    await db.prisma.invoice.update({ where: { id: inv.id }, data: { totalNet: 10n } });
    await db.prisma.invoice.delete({ where: { id: inv.id } });
    expect(await db.prisma.invoiceLine.count({ where: { invoiceId: inv.id } })).toBe(0);
  });
});

describe('start-up checks', () => {
  it('names the database problem when Postgres cannot be reached', async () => {
    const err = await createDb({ databaseUrl: 'postgres://nope@127.0.0.1:1/x', connectTimeoutMs: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseStartupError);
    expect((err as Error).message).toMatch(/cannot connect to Postgres at 127\.0\.0\.1:1, database "x" as user "nope"/);
  });

  it('lets one process at a time open an embedded database directory', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'simplifaq-lock-')), 'pglite');
    const first = await createDb({ dataDir, migrations: 'skip' });
    try {
      const second = await createDb({ dataDir, migrations: 'skip' }).catch((e: unknown) => e);
      expect(second).toBeInstanceOf(DatabaseStartupError);
      expect((second as Error).message).toContain(`the embedded database in ${dataDir} is open in another SimpliFaq process`);
    } finally {
      await first.close();
    }
    // Closed, the directory is free again.
    const again = await createDb({ dataDir, migrations: 'skip' });
    await again.ping();
    await again.close();
  }, 60_000);

  it('refuses a database whose migrations are behind when asked to verify', async () => {
    const migrations = await readMigrations();
    const status = await migrationStatus(db.sql, [...migrations, { name: '99999999999999_future', sql: 'SELECT 1', checksum: 'x' }]);
    expect(status.pending).toEqual(['99999999999999_future']);
  });
});
