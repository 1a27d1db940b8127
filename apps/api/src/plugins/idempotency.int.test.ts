import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app';
import type { TestApp } from '../../test/test-app';
import { createDraft, createTenant, draftBody } from '../modules/invoices/invoicing-fixtures';
import type { Tenant } from '../modules/invoices/invoicing-fixtures';
import { idempotencyRequestHash } from './idempotency';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t);
});
afterAll(() => t?.close());

const withKey = (key: string) => ({ 'idempotency-key': key });
const countTitled = (title: string) => t.db.prisma.invoice.count({ where: { organisationId: tenant.organisationId, title } });

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, and refuses another body with 422', async () => {
    const key = randomUUID();
    const body = draftBody(tenant, { title: 'once' });
    const first = await tenant.agent.post('/api/invoices', body, withKey(key));
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await tenant.agent.post('/api/invoices', { ...body }, withKey(key));
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await countTitled('once')).toBe(1);

    const other = await tenant.agent.post('/api/invoices', { ...body, title: 'twice' }, withKey(key));
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    const elsewhere = await tenant.agent.post(`/api/invoices/${first.json().id}/issue`, {}, withKey(key));
    expect(elsewhere.statusCode).toBe(422);
    expect(await countTitled('twice')).toBe(0);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const key = randomUUID();
    const body = draftBody(tenant, { title: 'running' });
    await t.db.prisma.idempotencyKey.create({
      data: {
        organisationId: tenant.organisationId,
        key,
        method: 'POST',
        path: '/api/invoices',
        requestHash: idempotencyRequestHash('POST', '/api/invoices', body),
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    const res = await tenant.agent.post('/api/invoices', body, withKey(key));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
    expect(await countTitled('running')).toBe(0);
  });

  it('creates once when the same request is sent several times at once', async () => {
    const key = randomUUID();
    const body = draftBody(tenant, { title: 'burst' });
    const responses = await Promise.all(Array.from({ length: 6 }, () => tenant.agent.post('/api/invoices', body, withKey(key))));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const created = new Set(responses.filter((r) => r.statusCode === 201).map((r) => r.json().id));
    expect(created.size).toBe(1);
    expect(await countTitled('burst')).toBe(1);
    expect((await tenant.agent.post('/api/invoices', body, withKey(key))).json().id).toBe([...created][0]);
  });

  it('replays an issue and a payment instead of repeating them', async () => {
    const draft = await createDraft(tenant);
    const key = randomUUID();
    const issued = await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {}, withKey(key));
    const replay = await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {}, withKey(key));
    expect([issued.statusCode, replay.statusCode]).toEqual([200, 200]);
    expect(replay.json().number).toBe(issued.json().number);
    expect((await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json().error.code).toBe('INVOICE_NOT_DRAFT');

    const payKey = randomUUID();
    for (let i = 0; i < 3; i++) expect((await tenant.agent.post(`/api/invoices/${draft.id}/payments`, { amount: 1000 }, withKey(payKey))).statusCode).toBe(201);
    expect((await tenant.agent.get(`/api/invoices/${draft.id}`)).json().amountPaid).toBe(1000);
  });

  it('releases the key when the request is refused, keeps keys per organisation, and forgets them after 24 h', async () => {
    const key = randomUUID();
    const refused = await tenant.agent.post('/api/invoices', { ...draftBody(tenant), clientId: randomUUID() }, withKey(key));
    expect(refused.json().error.code).toBe('CLIENT_NOT_FOUND');
    expect((await tenant.agent.post('/api/invoices', draftBody(tenant, { title: 'fixed' }), withKey(key))).statusCode).toBe(201);

    const other = await createTenant(t);
    expect((await other.agent.post('/api/invoices', draftBody(other, { title: 'fixed' }), withKey(key))).statusCode).toBe(201);

    await t.db.prisma.idempotencyKey.updateMany({ where: { organisationId: tenant.organisationId, key }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const fresh = await tenant.agent.post('/api/invoices', draftBody(tenant, { title: 'after expiry' }), withKey(key));
    expect(fresh.statusCode).toBe(201);
    expect(fresh.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key and ignores the header on reads', async () => {
    const res = await tenant.agent.post('/api/invoices', draftBody(tenant), withKey('with space'));
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    const read = await tenant.agent.request({ method: 'GET', url: '/api/invoices', headers: withKey('x') });
    expect(read.statusCode).toBe(200);
  });
});
