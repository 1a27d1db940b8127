import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const acme = { name: 'Acme SA', street: 'Rue du Lac', buildingNumber: '12', postalCode: '1003', town: 'Lausanne', country: 'ch', language: 'fr', uid: 'CHE-100.155.212' };

describe('clients', () => {
  it('creates, reads, updates, searches, archives and deletes a client', async () => {
    const { agent: a } = await signUp(t.app);
    const created = await a.post('/api/clients', acme);
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ name: 'Acme SA', country: 'CH', uid: '100155212', archivedAt: null });
    expect((await a.get(`/api/clients/${c.id}`)).json().name).toBe('Acme SA');
    const patched = await a.patch(`/api/clients/${c.id}`, { town: 'Pully', postalCode: '1009' });
    expect(patched.json()).toMatchObject({ town: 'Pully', postalCode: '1009', street: 'Rue du Lac' });
    expect((await a.get('/api/clients?q=pull')).json().items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await a.get('/api/clients?q=zurich')).json().items).toEqual([]);
    // Case and accents do not matter, in either direction; the search text follows every update.
    const zh = (await a.post('/api/clients', { ...acme, name: 'Müller Holzbau AG', contactName: 'Zoë Brändli', town: 'Zürich', postalCode: '8001', uid: null })).json();
    for (const q of ['zurich', 'ZÜRICH', 'muller hol', 'zoe brand', 'MÜLLER']) {
      expect((await a.get(`/api/clients?q=${encodeURIComponent(q)}`)).json().items.map((x: { id: string }) => x.id), q).toEqual([zh.id]);
    }
    await a.patch(`/api/clients/${zh.id}`, { town: 'Genève', postalCode: '1204' });
    expect((await a.get('/api/clients?q=zurich')).json().items).toEqual([]);
    expect((await a.get('/api/clients?q=geneve')).json().items.map((x: { id: string }) => x.id)).toEqual([zh.id]);
    expect((await a.get('/api/clients')).json().items[0]).not.toHaveProperty('searchText');
    await a.delete(`/api/clients/${zh.id}`);
    await a.post(`/api/clients/${c.id}/archive`, {});
    expect((await a.get('/api/clients')).json().items).toEqual([]);
    expect((await a.get('/api/clients?archived=true')).json().items).toHaveLength(1);
    expect((await a.delete(`/api/clients/${c.id}`)).statusCode).toBe(204);
    expect((await a.get(`/api/clients/${c.id}`)).statusCode).toBe(404);
  });

  it('pages through clients by name with an opaque cursor', async () => {
    const { agent: a } = await signUp(t.app);
    for (const name of ['Emil', 'Berta', 'Dora', 'Anna', 'Cäsar']) await a.post('/api/clients', { ...acme, name, uid: null });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await a.get(`/api/clients?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { name: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Anna', 'Berta', 'Cäsar', 'Dora', 'Emil']);
    expect((await a.get('/api/clients?cursor=garbage')).json().error.code).toBe('CURSOR_INVALID');
  });

  it.each([
    [{ postalCode: '999' }, 'POSTAL_CODE_INVALID', 'postalCode'],
    [{ country: 'XX' }, 'COUNTRY_INVALID', 'country'],
    [{ town: 'Genève — Centre' }, 'CHARSET_INVALID', 'town'],
    [{ uid: 'CHE-100.155.213' }, 'UID_CHECK_DIGIT', 'uid'],
    [{ name: '' }, 'VALIDATION_FAILED', 'name'],
    [{ email: 'nope' }, 'VALIDATION_FAILED', 'email'],
    [{ organisationId: '01234567-0123-7123-8123-0123456789ab' }, 'VALIDATION_FAILED', undefined],
  ])('refuses %j with %s', async (change, code, field) => {
    const { agent: a } = await signUp(t.app);
    const res = await a.post('/api/clients', { ...acme, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('lets an accountant read but not write', async () => {
    const owner = await signUp(t.app);
    const c = (await owner.agent.post('/api/clients', acme)).json();
    await t.setRole(owner.organisationId, 'accountant');
    expect((await owner.agent.get(`/api/clients/${c.id}`)).statusCode).toBe(200);
    const write = await owner.agent.patch(`/api/clients/${c.id}`, { town: 'Renens' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('FORBIDDEN');
  });

  it('never shows or touches another organisation’s clients', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const mine = (await a.agent.post('/api/clients', acme)).json();
    for (const res of [
      await b.agent.get(`/api/clients/${mine.id}`),
      await b.agent.patch(`/api/clients/${mine.id}`, { town: 'Genève' }),
      await b.agent.post(`/api/clients/${mine.id}/archive`, {}),
      await b.agent.delete(`/api/clients/${mine.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await b.agent.get('/api/clients?archived=all')).json().items).toEqual([]);
    expect((await a.agent.get(`/api/clients/${mine.id}`)).json().town).toBe('Lausanne');
  });

  it('asks for a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/clients' })).statusCode).toBe(401);
  });
});
