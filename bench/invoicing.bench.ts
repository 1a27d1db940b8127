// `pnpm bench invoicing`: the invoicing API on real Postgres, through the whole app (auth, schemas,
// Prisma, the use cases), in a scratch database created here and dropped at the end.
//  1. create 10-line invoice drafts: drafts per second at 20 concurrent requests (target ≥ 250/s)
//  2. issue them, all in one organisation (no PDF): issues per second at 20 concurrent (≥ 150/s);
//     then as many spread over 20 organisations (numbering serialises only within one)
//  3. list 50 invoices of an organisation that has 100 000: p50/p99 at 20 concurrent connections
//     (p99 ≤ 15 ms), beside a bare Fastify route running the same SQL statement through pg, and their ratio
// Requests go through app.inject (no sockets), so the figures are the server's own cost.
// Needs Postgres: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { buildApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config';
import { createDb } from '../packages/db/src/index';
import type { Db } from '../packages/db/src/index';
import { createStore } from '../packages/store/src/index';
import { adminUrl, quoteIdent } from '../packages/db/src/testing/pg-admin';
import { listInvoiceSummaries } from '../packages/invoicing/src/index';

// The root package has no dependencies: Fastify comes from the API's own node_modules.
type FastifyInstance = Awaited<ReturnType<typeof buildApp>>;
const Fastify = createRequire(new URL('../apps/api/src/app.ts', import.meta.url))('fastify') as (opts: { logger: boolean }) => FastifyInstance;

const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONCURRENCY = 20;
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 3000);
const BIG_ORG_INVOICES = 100_000;
const LIST_SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 8);

const scratch = `sf_bench_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let admin: Db | undefined;

/** This process's CPU time (user + system) in ms since `since`. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Runs `task(i)` for i in 0..count-1 with `concurrency` in flight; returns the wall time in ms (CPU per task in `lastCpuPerTask`). */
async function inParallel(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
  lastCpuPerTask = cpuMs(cpu) / count;
  return performance.now() - started;
}
let lastCpuPerTask = 0;

/** Each of `concurrency` workers repeats `call` for `seconds`; returns the latencies in ms. */
async function latencies(seconds: number, concurrency: number, call: () => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await call();
        out.push(performance.now() - t0);
      }
    }),
  );
  return out.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const fmt = (n: number) => n.toFixed(2);

function check(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
}

let signups = 0;
async function signUp(app: FastifyInstance, email: string) {
  const res = await app.inject({
    method: 'POST',
    // Sign-ups are limited per address: each comes from its own.
    remoteAddress: `10.9.${signups++}.1`,
    url: '/api/auth/signup',
    headers: { origin: 'http://localhost:80' },
    payload: { email, password: 'Velo-Alpes-Rösti-42', name: 'Bench', organisationName: 'Bench Sàrl' },
  });
  check(res, 201, 'signup');
  const cookie = res.cookies.find((c: { name: string }) => c.name === 'sf_session');
  return { cookie: `sf_session=${cookie?.value}`, organisationId: (res.json() as { activeOrganisationId: string }).activeOrganisationId };
}

async function main() {
  admin = await createDb({ databaseUrl: adminUrl(BASE_URL), migrations: 'skip', poolMax: 1 });
  await admin.sql.exec(`CREATE DATABASE ${quoteIdent(scratch)}`);
  const url = adminUrl(BASE_URL, scratch);
  const db = await createDb({ databaseUrl: url, migrations: 'apply', poolMax: CONCURRENCY });
  const store = createStore({});
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    STORE: 'memory',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    SERVE_WEB: 'false',
    INSTANCE_ID: 'bench',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:80',
  });
  const app = await buildApp({ config, db, store, logger: false, archivePdfs: false });
  await app.ready();
  const sql = db.sql;
  try {
    const { cookie, organisationId } = await signUp(app, `bench-${randomBytes(4).toString('hex')}@example.ch`);
    const headers = { cookie, origin: 'http://localhost:80' };
    await db.prisma.organisation.update({
      where: { id: organisationId },
      data: { street: 'Rue du Marché', buildingNumber: '3', postalCode: '1204', town: 'Genève', uid: '100155212', vatRegistered: true },
    });
    await db.prisma.bankAccount.create({ data: { organisationId, label: 'Compte', iban: 'CH5800791123000889012', isQrIban: false, isDefault: true } });
    const client = await db.prisma.client.create({ data: { organisationId, name: 'Acme SA', street: 'Rue du Lac', buildingNumber: '12', postalCode: '1003', town: 'Lausanne' } });
    const body = {
      clientId: client.id,
      lines: Array.from({ length: 10 }, (_, i) => ({ description: `Prestation ${i + 1}`, quantity: '2.5', unit: 'h', unitPrice: 12000 + i * 5, tvaCategory: i % 3 === 0 ? 'reduced' : 'normal', discountBp: i % 4 === 0 ? 500 : 0 })),
    };
    const inject = (method: 'GET' | 'POST', url: string, payload?: unknown) => app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

    // Warm-up: JIT, pool connections, the rate cache.
    for (let i = 0; i < 50; i++) check(await inject('POST', '/api/invoices', body), 201, 'warm-up draft');

    const ids: string[] = [];
    const createMs = await inParallel(DRAFTS, CONCURRENCY, async () => {
      const res = await inject('POST', '/api/invoices', body);
      check(res, 201, 'create');
      ids.push((res.json() as { id: string }).id);
    });
    const createCpu = lastCpuPerTask;
    const issueMs = await inParallel(ids.length, CONCURRENCY, async (i) => check(await inject('POST', `/api/invoices/${ids[i]}/issue`, {}), 200, 'issue'));
    const issueCpu = lastCpuPerTask;
    const sequences = await sql.query<{ n: number; max: number }>(`SELECT count(*)::int AS n, max(sequence) AS max FROM invoice WHERE organisation_id = $1 AND status = 'issued'`, [organisationId]);

    // The same work spread over 20 organisations: their number sequences don't wait for each other.
    const spread: { id: string; headers: Record<string, string> }[] = [];
    for (let o = 0; o < 20; o++) {
      const other = await signUp(app, `bench-${o}-${randomBytes(4).toString('hex')}@example.ch`);
      await db.prisma.organisation.update({ where: { id: other.organisationId }, data: { street: 'Rue du Marché', buildingNumber: '3', postalCode: '1204', town: 'Genève', uid: '100155212', vatRegistered: true } });
      await db.prisma.bankAccount.create({ data: { organisationId: other.organisationId, label: 'Compte', iban: 'CH5800791123000889012', isQrIban: false, isDefault: true } });
      const c = await db.prisma.client.create({ data: { organisationId: other.organisationId, name: 'Acme SA', postalCode: '1003', town: 'Lausanne' } });
      const h = { cookie: other.cookie, origin: 'http://localhost:80' };
      await inParallel(Math.ceil(DRAFTS / 20), 5, async () => {
        const res = await app.inject({ method: 'POST', url: '/api/invoices', headers: h, payload: { ...body, clientId: c.id } });
        check(res, 201, 'spread draft');
        spread.push({ id: (res.json() as { id: string }).id, headers: h });
      });
    }
    spread.sort(() => Math.random() - 0.5);
    const spreadMs = await inParallel(spread.length, CONCURRENCY, async (i) => {
      const { id, headers: h } = spread[i] as (typeof spread)[number];
      check(await app.inject({ method: 'POST', url: `/api/invoices/${id}/issue`, headers: h, payload: {} }), 200, 'spread issue');
    });

    // An organisation with 100 000 invoices, inserted in bulk (the list reads, it doesn't care how they were made).
    const big = await signUp(app, `bench-big-${randomBytes(4).toString('hex')}@example.ch`);
    const bigClient = await db.prisma.client.create({ data: { organisationId: big.organisationId, name: 'Grand Client SA', postalCode: '8001', town: 'Zürich' } });
    await sql.query(
      `INSERT INTO invoice (id, organisation_id, kind, status, number, sequence, client_id, issue_date, due_date, total_net, total_tva, total_gross, total_payable, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'invoice', 'issued', 'B-' || g, g, $2, DATE '2025-01-01' + (g % 300), DATE '2025-02-01' + (g % 300), 10000, 810, 10810, 10810,
              now() - make_interval(secs => ($3 - g)), now()
       FROM generate_series(1, $3) AS g`,
      [big.organisationId, bigClient.id, BIG_ORG_INVOICES],
    );
    await sql.exec('ANALYZE invoice');
    const listHeaders = { cookie: big.cookie };
    for (let i = 0; i < 200; i++) check(await app.inject({ method: 'GET', url: '/api/invoices?limit=50', headers: listHeaders }), 200, 'warm-up list');
    let cpu = process.cpuUsage();
    const apiLat = await latencies(LIST_SECONDS, CONCURRENCY, async () => check(await app.inject({ method: 'GET', url: '/api/invoices?limit=50', headers: listHeaders }), 200, 'list'));

    const apiCpu = cpuMs(cpu) / apiLat.length;
    // The same page through a bare Fastify route: the same pg pool and the same SQL statement
    // (listInvoiceSummaries), without sessions, roles, schemas, hooks or metrics.
    const bare = Fastify({ logger: false });
    const bareActor = { organisationId: big.organisationId, userId: null };
    bare.get('/bare', async (_req, reply) => {
      const rows = await listInvoiceSummaries(sql, bareActor, { limit: 50 });
      return reply.type('application/json').send(`{"items":[${rows.slice(0, 50).map((r) => r.json).join(',')}],"nextCursor":${rows.length > 50 ? '"x"' : 'null'}}`);
    });
    await bare.ready();
    for (let i = 0; i < 200; i++) await bare.inject({ method: 'GET', url: '/bare' });
    cpu = process.cpuUsage();
    const bareLat = await latencies(LIST_SECONDS, CONCURRENCY, async () => check(await bare.inject({ method: 'GET', url: '/bare' }), 200, 'bare'));
    const bareCpu = cpuMs(cpu) / bareLat.length;
    await bare.close();

    const LIST_SQL = `SELECT i.id FROM invoice i JOIN client c ON c.id = i.client_id WHERE i.organisation_id = $1 ORDER BY i.created_at DESC, i.id DESC LIMIT 51`;
    const plan = await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${LIST_SQL}`, [big.organisationId]);
    console.log(`(${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}: figures scale with what else runs)`);
    console.log(`create 10-line drafts: ${DRAFTS} in ${(createMs / 1000).toFixed(2)} s → ${(DRAFTS / (createMs / 1000)).toFixed(0)}/s (target ≥ 250/s); API process CPU ${fmt(createCpu)} ms each`);
    console.log(
      `issue (no PDF, one organisation): ${ids.length} in ${(issueMs / 1000).toFixed(2)} s → ${(ids.length / (issueMs / 1000)).toFixed(0)}/s (target ≥ 150/s); CPU ${fmt(issueCpu)} ms each; sequences 1..${sequences[0]?.max} for ${sequences[0]?.n} invoices`,
    );
    console.log(`issue (no PDF, 20 organisations): ${spread.length} in ${(spreadMs / 1000).toFixed(2)} s → ${(spread.length / (spreadMs / 1000)).toFixed(0)}/s`);
    console.log(`list 50 of ${BIG_ORG_INVOICES} at ${CONCURRENCY} concurrent: API p50 ${fmt(pct(apiLat, 50))} ms, p99 ${fmt(pct(apiLat, 99))} ms (target ≤ 15 ms), ${apiLat.length} calls, CPU ${fmt(apiCpu)} ms each`);
    console.log(
      `  bare Fastify + pg, same SQL: p50 ${fmt(pct(bareLat, 50))} ms, p99 ${fmt(pct(bareLat, 99))} ms; CPU ${fmt(bareCpu)} ms each; ratio API/bare p50 ${(pct(apiLat, 50) / pct(bareLat, 50)).toFixed(1)}×, p99 ${(pct(apiLat, 99) / pct(bareLat, 99)).toFixed(1)}×, CPU ${(apiCpu / bareCpu).toFixed(1)}×`,
    );
    console.log(`  plan: ${plan.map((r) => r['QUERY PLAN']).filter((l) => /Index|Seq Scan|Execution/.test(l)).map((l) => l.trim()).join(' | ')}`);
  } finally {
    await app.close();
    await store.close();
    await db.close();
    await admin.sql.exec(`DROP DATABASE IF EXISTS ${quoteIdent(scratch)} WITH (FORCE)`);
    await admin.close();
  }
}

main().catch(async (err) => {
  console.error(err);
  await admin?.sql.exec(`DROP DATABASE IF EXISTS ${quoteIdent(scratch)} WITH (FORCE)`).catch(() => {});
  process.exit(1);
});
