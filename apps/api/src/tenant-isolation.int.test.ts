// The cross-tenant matrix, generated from the route table (the OpenAPI document): every route
// that takes an id, called by an owner of another organisation with the ids of this
// organisation's records, answers 404 — and no list shows another organisation's rows.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../test/http';
import type { Agent } from '../test/http';
import { sampleFor } from '../test/schema-arbitrary';
import type { JsonSchema } from '../test/schema-arbitrary';
import { createTestApp } from '../test/test-app';
import type { TestApp } from '../test/test-app';

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

// Bodies for routes whose schema sample alone would not pass validation (keyed "METHOD /path").
const BODIES: Record<string, unknown> = {};

// Routes with a path parameter that is not a record of an organisation.
const NOT_TENANT_SCOPED = new Set<string>([]);

let t: TestApp;
let victim: { agent: Agent; organisationId: string; userId: string };
let intruder: Agent;
let ids: Record<string, string>;
let spec: { paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  t = await createTestApp();
  victim = await signUp(t.app, { organisationName: 'Victim AG' });
  intruder = (await signUp(t.app, { organisationName: 'Intruder GmbH' })).agent;
  const org = victim.organisationId;
  const p = t.db.prisma;
  const client = await p.client.create({ data: { organisationId: org, name: 'Secret Client SA', postalCode: '1200', town: 'Genève' } });
  const product = await p.product.create({ data: { organisationId: org, name: 'Secret product', unitPrice: 10_000n } });
  const bank = await p.bankAccount.create({ data: { organisationId: org, label: 'PostFinance', iban: 'CH5800791123000889012', isQrIban: false, isDefault: true } });
  const line = { position: 1, description: 'Secret work', quantity: '1', unitPrice: 10_000n };
  const invoice = await p.invoice.create({ data: { organisationId: org, clientId: client.id, bankAccountId: bank.id, lines: { create: [line] } } });
  const quote = await p.quote.create({ data: { organisationId: org, clientId: client.id, lines: { create: [line] } } });
  const colleague = await p.user.create({ data: { email: `colleague-${randomBytes(4).toString('hex')}@example.ch`, name: 'Colleague', passwordHash: 'x' } });
  await p.membership.create({ data: { organisationId: org, userId: colleague.id, role: 'member' } });
  const token = await p.apiToken.create({
    data: { organisationId: org, name: 'ERP', role: 'member', tokenPrefix: 'sfq_xxxx', tokenHash: createHash('sha256').update(randomBytes(16)).digest('hex') },
  });
  const invitation = await p.invitation.create({
    data: { organisationId: org, email: 'new@example.ch', role: 'member', expiresAt: new Date(Date.now() + 86_400_000), tokenHash: createHash('sha256').update(randomBytes(16)).digest('hex') },
  });
  const issued = await p.invoice.create({ data: { organisationId: org, clientId: client.id, lines: { create: [line] } } });
  await p.invoice.update({ where: { id: issued.id }, data: { status: 'issued', number: '2026-0001', sequence: 1, issueDate: new Date('2026-01-15') } });
  const payment = await p.payment.create({ data: { organisationId: org, invoiceId: issued.id, amount: 5_000n, currency: 'CHF', paidOn: new Date('2026-01-20') } });
  const reminder = await p.reminder.create({ data: { organisationId: org, invoiceId: issued.id, level: 1, amountDue: 5_000n, issuedOn: new Date('2026-02-20'), dueDate: new Date('2026-03-05') } });
  ids = {
    clients: client.id,
    products: product.id,
    'bank-accounts': bank.id,
    invoices: invoice.id,
    quotes: quote.id,
    members: colleague.id,
    'api-tokens': token.id,
    invitations: invitation.id,
    payments: payment.id,
    reminders: reminder.id,
    userId: colleague.id,
    paymentId: payment.id,
  };
  spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
});
afterAll(() => t?.close());

function routes() {
  const out: { method: string; path: string; op: Operation }[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(methods)) out.push({ method: method.toUpperCase(), path, op });
  }
  return out;
}

/** The victim's record id for a path parameter: by parameter name, else by the resource segment. */
function idFor(path: string, param: string): string | undefined {
  if (ids[param]) return ids[param];
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return ids[segments[at - 1] ?? ''];
}

describe('tenant isolation', () => {
  it('answers 404 on every route with an id when the id belongs to another organisation', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { method, path, op } of routes()) {
      const params = (op.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name);
      if (params.length === 0 || NOT_TENANT_SCOPED.has(`${method} ${path}`)) continue;
      let url = path;
      for (const param of params) {
        const id = idFor(path, param);
        if (!id) {
          problems.push(`${method} ${path}: no fixture for {${param}} — add one to this test`);
          url = '';
          break;
        }
        url = url.replace(`{${param}}`, id);
      }
      if (!url) continue;
      const key = `${method} ${path}`;
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      const payload = key in BODIES ? BODIES[key] : contentType?.includes('json') ? sampleFor(media?.schema) : contentType ? 'a' : undefined;
      const res = await intruder.request({
        method: method as 'GET',
        url,
        ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': contentType ?? 'application/json' } }),
      });
      checked++;
      if (res.statusCode !== 404) problems.push(`${key} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      for (const secret of ['Secret Client SA', 'Secret product', 'Secret work', 'CH5800791123000889012']) {
        if (res.body.includes(secret)) problems.push(`${key} leaked "${secret}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('shows none of another organisation’s rows in any list', async () => {
    const leaks: string[] = [];
    for (const { method, path, op } of routes()) {
      if (method !== 'GET' || (op.parameters ?? []).some((x) => x.in === 'path')) continue;
      const res = await intruder.get(path);
      for (const id of Object.values(ids)) if (res.body.includes(id)) leaks.push(`${path} shows ${id}`);
      for (const secret of ['Secret Client SA', 'Secret product', 'Victim AG', 'CH5800791123000889012']) {
        if (res.body.includes(secret)) leaks.push(`${path} shows "${secret}"`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('still lets the organisation itself reach its records (the matrix is not vacuous)', async () => {
    expect((await victim.agent.get(`/api/clients/${ids.clients}`)).statusCode).toBe(200);
  });
});
