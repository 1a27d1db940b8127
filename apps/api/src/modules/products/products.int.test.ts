import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const consulting = { name: 'Conseil', description: 'Heure de conseil', unit: 'h', unitPrice: 15000, priceMode: 'net', tvaCategory: 'normal' };
const ids = (res: { json(): unknown }) => (res.json() as { items: { id: string }[] }).items.map((p) => p.id);

describe('products', () => {
  it('creates, reads, updates, searches, archives and deletes a product', async () => {
    const { agent: a } = await signUp(t.app);
    const created = await a.post('/api/products', consulting);
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ ...consulting, archivedAt: null });
    expect((await a.get(`/api/products/${p.id}`)).json()).toMatchObject({ name: 'Conseil', unitPrice: 15000 });

    const patched = await a.patch(`/api/products/${p.id}`, { unitPrice: 16550, priceMode: 'gross' });
    expect(patched.json()).toMatchObject({ unitPrice: 16550, priceMode: 'gross', unit: 'h', name: 'Conseil' });
    expect((await a.patch(`/api/products/${p.id}`, {})).json().unitPrice).toBe(16550);

    expect(ids(await a.get('/api/products?q=HEURE'))).toEqual([p.id]);
    expect(ids(await a.get('/api/products?q=consei'))).toEqual([p.id]);
    expect(ids(await a.get('/api/products?q=kilometre'))).toEqual([]);
    const creme = (await a.post('/api/products', { ...consulting, name: 'Crème brûlée', description: null })).json();
    expect(ids(await a.get('/api/products?q=creme%20brulee'))).toEqual([creme.id]);
    expect(ids(await a.get('/api/products?q=BR%C3%9BL'))).toEqual([creme.id]);
    await a.delete(`/api/products/${creme.id}`);
    expect(ids(await a.get('/api/products?tvaCategory=reduced'))).toEqual([]);

    expect((await a.post(`/api/products/${p.id}/archive`, {})).json().archivedAt).not.toBeNull();
    expect(ids(await a.get('/api/products'))).toEqual([]);
    expect(ids(await a.get('/api/products?archived=true'))).toEqual([p.id]);
    expect((await a.post(`/api/products/${p.id}/archive`, { archived: false })).json().archivedAt).toBeNull();

    expect((await a.delete(`/api/products/${p.id}`)).statusCode).toBe(204);
    expect((await a.get(`/api/products/${p.id}`)).statusCode).toBe(404);
    expect((await a.delete(`/api/products/${p.id}`)).statusCode).toBe(404);
  });

  it('applies the defaults: unit pce, net price, normal TVA', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await a.post('/api/products', { name: 'Forfait', unitPrice: 0 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ unit: 'pce', unitPrice: 0, priceMode: 'net', tvaCategory: 'normal', description: null });
  });

  it('honours an Idempotency-Key on create', async () => {
    const { agent: a } = await signUp(t.app);
    const send = () => a.request({ method: 'POST', url: '/api/products', payload: consulting, headers: { 'idempotency-key': 'create-conseil' } });
    const first = await send();
    const again = await send();
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(ids(await a.get('/api/products'))).toEqual([first.json().id]);
  });

  it('keeps prices exact up to the QR-bill maximum', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await a.post('/api/products', { name: 'Immeuble', unitPrice: 99_999_999_999 });
    expect(res.json().unitPrice).toBe(99_999_999_999);
    expect((await a.get(`/api/products/${res.json().id}`)).json().unitPrice).toBe(99_999_999_999);
  });

  it('pages through products by name with an opaque cursor', async () => {
    const { agent: a } = await signUp(t.app);
    for (const name of ['Emballage', 'Déplacement', 'Conseil', 'Audit', 'Bureau', 'Conseil']) await a.post('/api/products', { name, unitPrice: 100 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await a.get(`/api/products?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { name: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Audit', 'Bureau', 'Conseil', 'Conseil', 'Déplacement', 'Emballage']);
    expect((await a.get('/api/products?cursor=garbage')).json().error.code).toBe('CURSOR_INVALID');
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ description: 'x'.repeat(2001) }, 'description'],
    [{ unit: '' }, 'unit'],
    [{ unit: 'x'.repeat(21) }, 'unit'],
    [{ unitPrice: -1 }, 'unitPrice'],
    [{ unitPrice: 12.5 }, 'unitPrice'],
    [{ unitPrice: '1250' }, 'unitPrice'],
    [{ unitPrice: 100_000_000_000 }, 'unitPrice'],
    [{ unitPrice: undefined }, 'unitPrice'],
    [{ priceMode: 'ttc' }, 'priceMode'],
    [{ tvaCategory: 'super_reduced' }, 'tvaCategory'],
    [{ organisationId: '01234567-0123-7123-8123-0123456789ab' }, undefined],
    [{ archivedAt: '2026-01-01T00:00:00Z' }, undefined],
  ])('refuses %j with VALIDATION_FAILED on its field', async (change, field) => {
    const { agent: a } = await signUp(t.app);
    const res = await a.post('/api/products', { ...consulting, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('refuses a malformed id and an unknown query parameter', async () => {
    const { agent: a } = await signUp(t.app);
    expect((await a.get('/api/products/not-an-id')).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    expect((await a.get('/api/products?sort=price')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await a.patch('/api/products/01234567-0123-7123-8123-0123456789ab', { status: 'x' })).statusCode).toBe(400);
  });

  it('refuses to delete a product an invoice or quote line refers to (409), and archives it instead', async () => {
    const owner = await signUp(t.app);
    const a = owner.agent;
    const onInvoice = (await a.post('/api/products', consulting)).json();
    const onQuote = (await a.post('/api/products', { ...consulting, name: 'Audit' })).json();
    const client = await t.db.prisma.client.create({ data: { organisationId: owner.organisationId, name: 'Acme SA', postalCode: '1003', town: 'Lausanne' } });
    await t.db.prisma.invoice.create({
      data: {
        organisationId: owner.organisationId,
        clientId: client.id,
        lines: { create: [{ position: 1, productId: onInvoice.id, description: 'Conseil', quantity: '2', unitPrice: 15000n }] },
      },
    });
    await t.db.prisma.quote.create({
      data: {
        organisationId: owner.organisationId,
        clientId: client.id,
        lines: { create: [{ position: 1, productId: onQuote.id, description: 'Audit', quantity: '1', unitPrice: 15000n }] },
      },
    });
    for (const p of [onInvoice, onQuote]) {
      const res = await a.delete(`/api/products/${p.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('PRODUCT_REFERENCED');
      expect((await a.get(`/api/products/${p.id}`)).statusCode).toBe(200);
      expect((await a.post(`/api/products/${p.id}/archive`, {})).statusCode).toBe(200);
    }
  });

  it('lets an accountant read but not write', async () => {
    const owner = await signUp(t.app);
    const p = (await owner.agent.post('/api/products', consulting)).json();
    await t.setRole(owner.organisationId, 'accountant');
    expect((await owner.agent.get(`/api/products/${p.id}`)).statusCode).toBe(200);
    expect((await owner.agent.get('/api/products')).statusCode).toBe(200);
    for (const res of [
      await owner.agent.post('/api/products', consulting),
      await owner.agent.patch(`/api/products/${p.id}`, { unitPrice: 1 }),
      await owner.agent.post(`/api/products/${p.id}/archive`, {}),
      await owner.agent.delete(`/api/products/${p.id}`),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('never shows or touches another organisation’s products', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const mine = (await a.agent.post('/api/products', consulting)).json();
    await b.agent.post('/api/products', { ...consulting, name: 'Conseil B' });
    for (const res of [
      await b.agent.get(`/api/products/${mine.id}`),
      await b.agent.patch(`/api/products/${mine.id}`, { unitPrice: 1 }),
      await b.agent.post(`/api/products/${mine.id}/archive`, {}),
      await b.agent.delete(`/api/products/${mine.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const theirs = (await b.agent.get('/api/products?archived=all&q=conseil')).json().items as { name: string }[];
    expect(theirs.map((p) => p.name)).toEqual(['Conseil B']);
    expect((await a.agent.get(`/api/products/${mine.id}`)).json()).toMatchObject({ unitPrice: 15000, archivedAt: null });
  });

  it('asks for a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/products' })).statusCode).toBe(401);
  });

  it('documents the product routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of ['/api/products', '/api/products/{id}', '/api/products/{id}/archive', '/api/products/import', '/api/products/export.csv']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/products/import'].post.requestBody.content)).toContain('text/csv');
  });
});
