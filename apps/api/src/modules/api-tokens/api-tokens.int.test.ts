import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const acme = { name: 'Acme SA', postalCode: '1003', town: 'Lausanne' };

/** A request as an integration: no cookie, no Origin, only the bearer token. */
const as = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('API tokens', () => {
  it('creates a token shown once, stores only its SHA-256, and lists it without secrets', async () => {
    const { agent: a, organisationId, userId } = await signUp(t.app);
    const res = await a.post('/api/api-tokens', { name: 'ERP export', role: 'member' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.token).toMatch(/^sfq_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: 'ERP export', role: 'member', tokenPrefix: created.token.slice(0, 10), createdById: userId, expiresAt: null, revokedAt: null, lastUsedAt: null });
    const row = await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(row.organisationId).toBe(organisationId);
    const listed = (await a.get('/api/api-tokens')).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).not.toHaveProperty('token');
    expect(listed.items[0]).not.toHaveProperty('tokenHash');
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(10));
    const audited = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId, action: 'api_token.created' } });
    expect(JSON.stringify(audited.data)).not.toContain(created.token.slice(10));
  });

  it('reads and writes within its organisation and role, then answers 401 once revoked', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const theirClient = (await other.agent.post('/api/clients', acme)).json();
    const theirAccount = (await other.agent.post('/api/bank-accounts', { label: 'X', iban: 'CH5800791123000889012' })).json();
    const member = (await owner.agent.post('/api/api-tokens', { name: 'shop', role: 'member' })).json();
    const reader = (await owner.agent.post('/api/api-tokens', { name: 'fiduciary', role: 'accountant', expiresInDays: 30 })).json();
    expect(new Date(reader.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    // Member token: business data in, settings out.
    const made = await as(member.token, 'POST', '/api/clients', acme);
    expect(made.statusCode).toBe(201);
    expect((await as(member.token, 'GET', '/api/clients')).json().items.map((c: { id: string }) => c.id)).toEqual([made.json().id]);
    expect((await as(member.token, 'GET', '/api/organisation')).json().id).toBe(owner.organisationId);
    for (const [method, url, body] of [
      ['PATCH', '/api/organisation', { paymentTermDays: 5 }],
      ['POST', '/api/bank-accounts', { label: 'X', iban: 'CH3709000000304442225' }],
      ['POST', '/api/api-tokens', { name: 'escalate', role: 'member' }],
      ['GET', '/api/api-tokens', undefined],
      ['GET', '/api/audit-events', undefined],
      ['POST', '/api/invitations', { email: 'x@example.ch', role: 'admin' }],
      ['PATCH', `/api/members/${owner.userId}`, { role: 'member' }],
      ['DELETE', `/api/members/${owner.userId}`, undefined],
    ] as const) {
      const res = await as(member.token, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    // Routes for people, not integrations.
    expect((await as(member.token, 'GET', '/api/me')).statusCode).toBe(403);

    // Accountant token: reads only.
    expect((await as(reader.token, 'GET', `/api/clients/${made.json().id}`)).statusCode).toBe(200);
    expect((await as(reader.token, 'PATCH', `/api/clients/${made.json().id}`, { town: 'Pully' })).json().error.code).toBe('FORBIDDEN');

    // Another organisation's ids do not exist for this token.
    for (const [method, url, body] of [
      ['GET', `/api/clients/${theirClient.id}`, undefined],
      ['PATCH', `/api/clients/${theirClient.id}`, { town: 'Genève' }],
      ['GET', `/api/bank-accounts/${theirAccount.id}`, undefined],
    ] as const) {
      expect((await as(member.token, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await as(member.token, 'GET', '/api/bank-accounts')).json().items).toEqual([]);

    expect((await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: member.id } })).lastUsedAt).not.toBeNull();
    const used = (await owner.agent.get('/api/api-tokens')).json().items.find((x: { id: string }) => x.id === member.id);
    expect(used.lastUsedAt).not.toBeNull();

    expect((await owner.agent.delete(`/api/api-tokens/${member.id}`)).statusCode).toBe(204);
    const after = await as(member.token, 'GET', '/api/clients');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('INVALID_TOKEN');
    expect((await owner.agent.delete(`/api/api-tokens/${member.id}`)).statusCode).toBe(204);
    expect((await owner.agent.get('/api/api-tokens')).json().items.map((x: { id: string }) => x.id)).toEqual([reader.id]);
    expect((await owner.agent.get('/api/api-tokens?includeRevoked=true')).json().items.map((x: { id: string }) => x.id)).toEqual([reader.id, member.id]);
    // The client the token created is attributed to it in the audit log it can't read.
    const revoked = await t.db.prisma.auditEvent.findMany({ where: { organisationId: owner.organisationId, action: 'api_token.revoked' } });
    expect(revoked).toHaveLength(1);
  });

  it('answers 401 to an expired token', async () => {
    const { agent: a } = await signUp(t.app);
    const created = (await a.post('/api/api-tokens', { name: 'old', role: 'accountant', expiresInDays: 1 })).json();
    await t.db.prisma.apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await as(created.token, 'GET', '/api/organisation')).json().error.code).toBe('INVALID_TOKEN');
  });

  it.each<[Record<string, unknown>, string]>([
    [{ name: '', role: 'member' }, 'name'],
    [{ name: 'x'.repeat(101), role: 'member' }, 'name'],
    [{ name: 'x', role: 'owner' }, 'role'],
    [{ name: 'x', role: 'admin' }, 'role'],
    [{ name: 'x' }, 'role'],
    [{ name: 'x', role: 'member', expiresInDays: 0 }, 'expiresInDays'],
    [{ name: 'x', role: 'member', expiresInDays: 3651 }, 'expiresInDays'],
    [{ name: 'x', role: 'member', expiresInDays: 1.5 }, 'expiresInDays'],
    [{ name: 'x', role: 'member', tokenHash: 'a'.repeat(64) }, ''],
    [{ name: 'x', role: 'member', organisationId: '01234567-0123-7123-8123-0123456789ab' }, ''],
  ])('refuses %j', async (body, field) => {
    const { agent: a } = await signUp(t.app);
    const res = await a.post('/api/api-tokens', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('lets only owners and admins manage tokens', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const created = (await a.post('/api/api-tokens', { name: 'x', role: 'member' })).json();
    for (const role of ['member', 'accountant'] as const) {
      await t.setRole(organisationId, role);
      for (const res of [await a.get('/api/api-tokens'), await a.post('/api/api-tokens', { name: 'y', role: 'member' }), await a.delete(`/api/api-tokens/${created.id}`)]) {
        expect(res.json().error.code, role).toBe('FORBIDDEN');
      }
    }
    await t.setRole(organisationId, 'admin');
    expect((await a.delete(`/api/api-tokens/${created.id}`)).statusCode).toBe(204);
  });

  it('never shows or revokes another organisation’s tokens', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const mine = (await a.agent.post('/api/api-tokens', { name: 'a', role: 'member' })).json();
    await b.agent.post('/api/api-tokens', { name: 'b', role: 'member' });
    const res = await b.agent.delete(`/api/api-tokens/${mine.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await b.agent.get('/api/api-tokens?includeRevoked=true')).json().items.map((x: { name: string }) => x.name)).toEqual(['b']);
    expect((await as(mine.token, 'GET', '/api/organisation')).statusCode).toBe(200);
  });
});
