import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../test/http';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const postCsv = (a: Agent, url: string, body: string | Buffer) => a.post(url, body, { 'content-type': 'text/csv' });
const list = async (a: Agent) => (await a.get('/api/products?archived=all&limit=200')).json().items as { name: string; unitPrice: number }[];

// A German Swiss Excel export: BOM, ;, CRLF, prices as people write them.
const mixed = [
  '\uFEFFBezeichnung;Beschreibung;Einheit;Preis;Preismodus;MWST',
  'Beratung;Stunde Beratung;h;1\'234.50;exkl. MWST;normal',
  'Übernachtung;"Zimmer; Frühstück";Nacht;180.-;inkl. MWST;Beherbergung',
  'Bücher;;pce;12,345;netto;reduziert',
  'Export;;pce;-5;netto;befreit',
  ';ohne Name;pce;1 234,50;brutto;super',
  'Versand;;Pauschale;CHF 9.90;;',
].join('\r\n');

describe('products CSV import', () => {
  it('previews every row with exact prices and each row’s errors, writing nothing (dryRun)', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await postCsv(a, '/api/products/import?dryRun=1', mixed);
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ dryRun: true, total: 6, valid: 3, invalid: 3 });
    expect(preview.columns).toEqual({ name: 'Bezeichnung', description: 'Beschreibung', unit: 'Einheit', unitPrice: 'Preis', priceMode: 'Preismodus', tvaCategory: 'MWST' });
    expect(preview.rows.filter((r: { data: unknown }) => r.data).map((r: { row: number; data: unknown }) => [r.row, r.data])).toEqual([
      [2, { name: 'Beratung', description: 'Stunde Beratung', unit: 'h', unitPrice: 123450, priceMode: 'net', tvaCategory: 'normal' }],
      [3, { name: 'Übernachtung', description: 'Zimmer; Frühstück', unit: 'Nacht', unitPrice: 18000, priceMode: 'gross', tvaCategory: 'accommodation' }],
      [7, { name: 'Versand', unit: 'Pauschale', unitPrice: 990, priceMode: 'net', tvaCategory: 'normal' }],
    ]);
    expect(preview.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [4, 'unitPrice', 'AMOUNT_PRECISION'],
      [5, 'unitPrice', 'VALIDATION_FAILED'],
      [6, 'name', 'VALIDATION_FAILED'],
      [6, 'tvaCategory', 'VALIDATION_FAILED'],
    ]);
    expect(await list(a)).toEqual([]);
  });

  it('imports nothing when a row is bad (422), everything when all are good (201)', async () => {
    const { agent: a } = await signUp(t.app);
    const bad = await postCsv(a, '/api/products/import', mixed);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'CSV_ROWS_INVALID', details: { errorCount: 4, invalidRows: 3 } });
    expect(await list(a)).toEqual([]);

    const good = mixed
      .split('\r\n')
      .filter((_, i) => ![3, 4, 5].includes(i))
      .join('\r\n');
    const res = await postCsv(a, '/api/products/import', good);
    expect(res.statusCode).toBe(201);
    expect(res.json().created).toBe(3);
    expect((await a.get(`/api/products/${res.json().ids[1]}`)).json()).toMatchObject({ name: 'Übernachtung', unitPrice: 18000, priceMode: 'gross' });
    // Sorted here: name order follows the database collation, which differs between PGlite and Postgres.
    expect((await list(a)).map((p) => [p.name, p.unitPrice]).sort((x, y) => String(x[0]).localeCompare(String(y[0]), 'de'))).toEqual([
      ['Beratung', 123450],
      ['Übernachtung', 18000],
      ['Versand', 990],
    ]);
  });

  it('refuses a price in another currency than the organisation’s', async () => {
    const { agent: a } = await signUp(t.app);
    const preview = (await postCsv(a, '/api/products/import?dryRun=true', 'name,price\nA,EUR 12.50\nB,€ 3\nC,CHF 1\n')).json();
    expect(preview.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [2, 'CURRENCY_INVALID'],
      [3, 'CURRENCY_INVALID'],
    ]);
  });

  it('asks for the name and price columns', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await postCsv(a, '/api/products/import?dryRun=true', 'nom;unité\nConseil;h\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CSV_COLUMN_MISSING', details: { missing: ['unitPrice'] } });
  });

  it('lets an accountant export but not import', async () => {
    const owner = await signUp(t.app);
    await t.setRole(owner.organisationId, 'accountant');
    expect((await postCsv(owner.agent, '/api/products/import', 'name;price\nA;1\n')).statusCode).toBe(403);
    expect((await owner.agent.get('/api/products/export.csv')).statusCode).toBe(200);
  });
});

describe('products CSV export', () => {
  it('writes prices as decimal text, formula-like cells quoted away, and imports back unchanged into another organisation', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const products = [
      { name: '-10% Rabatt', description: '=1+1', unit: 'm²', unitPrice: 123456, priceMode: 'gross', tvaCategory: 'zero_rated' },
      { name: 'Conseil', description: 'Heure\r\n"senior"', unit: 'h', unitPrice: 5, priceMode: 'net', tvaCategory: 'exempt' },
      { name: '@Forfait', unit: 'forfait', unitPrice: 0, tvaCategory: 'reduced' },
    ];
    for (const p of products) expect((await a.agent.post('/api/products', p)).statusCode).toBe(201);
    await b.agent.post('/api/products', { name: 'Not A', unitPrice: 1 });

    const res = await a.agent.get('/api/products/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="products-\d{4}-\d{2}-\d{2}\.csv"/);
    const body = res.rawPayload.toString('utf8');
    const header = '\uFEFFname;description;unit;unitPrice;priceMode;tvaCategory\r\n';
    expect(body.startsWith(header)).toBe(true);
    // Compared as a set: row order follows the database collation, which differs between PGlite and Postgres.
    const rows = [
      "'-10% Rabatt;'=1+1;m²;1234.56;gross;zero_rated\r\n",
      "'@Forfait;;forfait;0.00;net;reduced\r\n",
      'Conseil;"Heure\r\n""senior""";h;0.05;net;exempt\r\n',
    ];
    for (const row of rows) expect(body).toContain(row);
    expect(body.length).toBe(header.length + rows.join('').length);

    const c = await signUp(t.app);
    expect((await postCsv(c.agent, '/api/products/import', res.rawPayload)).statusCode).toBe(201);
    const strip = (p: Record<string, unknown>) => {
      const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = p;
      return rest;
    };
    expect((await list(c.agent)).map(strip)).toEqual((await list(a.agent)).map(strip));
    expect(await list(c.agent)).toHaveLength(3);
  });

  it('exports the filtered list of the caller’s organisation only', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    await a.agent.post('/api/products', { name: 'Theirs', unitPrice: 1 });
    await b.agent.post('/api/products', { name: 'Livre', unitPrice: 2500, tvaCategory: 'reduced' });
    await b.agent.post('/api/products', { name: 'Conseil', unitPrice: 15000 });
    const lines = async (url: string) => (await b.agent.get(url)).rawPayload.toString('utf8').trim().split('\r\n').slice(1);
    expect(await lines('/api/products/export.csv')).toEqual(['Conseil;;pce;150.00;net;normal', 'Livre;;pce;25.00;net;reduced']);
    expect(await lines('/api/products/export.csv?tvaCategory=reduced')).toEqual(['Livre;;pce;25.00;net;reduced']);
    expect(await lines('/api/products/export.csv?q=cons')).toEqual(['Conseil;;pce;150.00;net;normal']);
  });
});
