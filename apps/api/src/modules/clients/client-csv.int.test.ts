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

const postCsv = (a: Agent, url: string, body: string | Buffer, type = 'text/csv; charset=utf-8') => a.post(url, body, { 'content-type': type });
const names = async (a: Agent) => ((await a.get('/api/clients?archived=all&limit=200')).json().items as { name: string }[]).map((c) => c.name);

// A French Swiss Excel export: BOM, ;, CRLF, quoted cells, a blank trailing line.
const mixed = [
  '\uFEFFNom;Rue;N°;NPA;Localité;Pays;Langue;E-mail;N° TVA;Remarques',
  'Acme SA;Rue du Lac;12;1003;Lausanne;Suisse;français;info@acme.ch;CHE-100.155.212;"Client depuis 2019; paie à 30 jours"',
  'Beta GmbH;Bahnhofstrasse;1;999;Zürich;CH;deutsch;;;',
  'Gamma Sàrl;;;1200;Genève — Centre;CH;fr;pas-un-email;CHE-100.155.213;',
  '"Delta ""Le Bon"" SA";Chemin Vert;;1950;Sion;CH;;;;"deux\r\nlignes"',
  ';;;;;;;;;',
  '',
].join('\r\n');

describe('clients CSV import', () => {
  it('previews every row with what would be created and each row’s errors, writing nothing (dryRun)', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await postCsv(a, '/api/clients/import?dryRun=true', mixed);
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ dryRun: true, total: 4, valid: 2, invalid: 2, ignoredColumns: [] });
    expect(preview.columns).toMatchObject({ name: 'Nom', postalCode: 'NPA', town: 'Localité', uid: 'N° TVA', buildingNumber: 'N°' });
    expect(preview.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5]);
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      errors: [],
      data: { name: 'Acme SA', buildingNumber: '12', country: 'CH', language: 'fr', uid: '100155212', notes: 'Client depuis 2019; paie à 30 jours' },
    });
    expect(preview.rows[3].data).toMatchObject({ name: 'Delta "Le Bon" SA', notes: 'deux\r\nlignes', language: 'fr' });
    expect(preview.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [3, 'postalCode', 'POSTAL_CODE_INVALID'],
      [4, 'email', 'VALIDATION_FAILED'],
      [4, 'town', 'CHARSET_INVALID'],
      [4, 'uid', 'UID_CHECK_DIGIT'],
    ]);
    for (const e of preview.errors) expect(typeof e.message).toBe('string');
    expect(preview.rows[1].data).toBeNull();
    expect(await names(a)).toEqual([]);
  });

  it('imports nothing when any row has an error: 422 CSV_ROWS_INVALID with the row errors', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await postCsv(a, '/api/clients/import', mixed);
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('CSV_ROWS_INVALID');
    expect(error.details).toMatchObject({ invalidRows: 2, truncated: false });
    expect(error.details.errors).toContainEqual(expect.objectContaining({ row: 3, field: 'postalCode', code: 'POSTAL_CODE_INVALID' }));
    expect(await names(a)).toEqual([]);
  });

  it('imports all rows in one go and answers 201 with the count and the ids in row order', async () => {
    const { agent: a } = await signUp(t.app);
    const valid = mixed
      .split('\r\n')
      .filter((line) => !/^(Beta|Gamma)/.test(line))
      .join('\r\n');
    const res = await postCsv(a, '/api/clients/import', valid);
    expect(res.statusCode).toBe(201);
    const { created, ids } = res.json();
    expect(created).toBe(2);
    expect((await a.get(`/api/clients/${ids[0]}`)).json()).toMatchObject({ name: 'Acme SA', uid: '100155212', street: 'Rue du Lac', town: 'Lausanne' });
    expect((await a.get(`/api/clients/${ids[1]}`)).json().name).toBe('Delta "Le Bon" SA');
  });

  it.each([
    ['comma-separated, German headers, LF', 'Name,Strasse,Hausnummer,PLZ,Ort,Land,Sprache\nMüller AG,Bahnhofstrasse,1,8001,Zürich,Schweiz,Deutsch\n'],
    ['tab-separated', 'name\tpostalCode\ttown\nMüller AG\t8001\tZürich\n'],
    ['Excel’s sep= line', 'sep=;\r\nfirma;plz;ort\r\nMüller AG;8001;Zürich\r\n'],
  ])('reads %s', async (_label, csv) => {
    const { agent: a } = await signUp(t.app);
    expect((await postCsv(a, '/api/clients/import', csv)).statusCode).toBe(201);
    expect(await names(a)).toEqual(['Müller AG']);
  });

  it('reads a windows-1252 file, as Excel writes "CSV (;)" on Swiss Windows', async () => {
    const { agent: a } = await signUp(t.app);
    const latin1 = Buffer.from('nom;npa;localité\r\nCafé Zürich;8001;Zürich\r\n', 'latin1');
    expect((await postCsv(a, '/api/clients/import', latin1, 'text/csv')).statusCode).toBe(201);
    expect(await names(a)).toEqual(['Café Zürich']);
  });

  it.each([
    ['nom;localité\r\nAcme;Lausanne\r\n', 400, 'CSV_COLUMN_MISSING'],
    ['nom;name;npa;ville\r\nA;B;1003;Lausanne\r\n', 400, 'CSV_COLUMN_DUPLICATE'],
    ['nom;npa;ville\r\n', 400, 'CSV_EMPTY'],
    ['nom;npa;ville\r\n"Acme;1003;Lausanne\r\n', 400, 'CSV_MALFORMED'],
  ])('refuses a file that cannot be read: %j → %i %s', async (csv, status, code) => {
    const { agent: a } = await signUp(t.app);
    for (const url of ['/api/clients/import', '/api/clients/import?dryRun=true']) {
      const res = await postCsv(a, url, csv);
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
  });

  it('flags a row with more cells than the header has columns', async () => {
    const { agent: a } = await signUp(t.app);
    const preview = (await postCsv(a, '/api/clients/import?dryRun=true', 'nom;npa;ville\r\nAcme;1003;Lausanne;VD\r\n')).json();
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, field: null, code: 'CSV_EXTRA_CELLS' })]);
  });

  it('refuses more than 5 000 rows and files over 2 MB, with clear codes', async () => {
    const { agent: a } = await signUp(t.app);
    const rows = Array.from({ length: 5001 }, (_, i) => `Client ${i};1003;Lausanne`).join('\r\n');
    const tooMany = await postCsv(a, '/api/clients/import', `nom;npa;ville\r\n${rows}\r\n`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({ code: 'CSV_TOO_MANY_ROWS', details: { rows: 5001, maxRows: 5000 } });
    const tooBig = await postCsv(a, '/api/clients/import', `nom;npa;ville;notes\r\n${'A;1003;Lausanne;x\r\n'.padEnd(2 * 1024 * 1024 + 10, 'x')}`);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('BODY_TOO_LARGE');
    expect(await names(a)).toEqual([]);
  });

  it('takes 5 000 rows at once', async () => {
    const { agent: a } = await signUp(t.app);
    const rows = Array.from({ length: 5000 }, (_, i) => `Client ${String(i).padStart(4, '0')};Rue du Lac;${i};1003;Lausanne;CHE-100.155.212`).join('\r\n');
    const res = await postCsv(a, '/api/clients/import', `nom;rue;no;npa;ville;ide\r\n${rows}\r\n`);
    expect(res.statusCode).toBe(201);
    expect(res.json().created).toBe(5000);
    expect(new Set(res.json().ids).size).toBe(5000);
  });

  it('accepts only CSV bodies', async () => {
    const { agent: a } = await signUp(t.app);
    const json = await a.post('/api/clients/import', { name: 'Acme' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const excel = await postCsv(a, '/api/clients/import?dryRun=true', 'nom;npa;ville\r\nA;1003;Lausanne\r\n', 'application/vnd.ms-excel');
    expect(excel.statusCode).toBe(200);
    expect((await postCsv(a, '/api/clients/import?dryRun=maybe', 'nom;npa;ville\r\nA;1003;Lausanne\r\n')).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('honours an Idempotency-Key: a retried upload is answered the first result, nothing is created twice', async () => {
    const { agent: a } = await signUp(t.app);
    const csv = 'nom;npa;ville\r\nAcme SA;1003;Lausanne\r\nBeta SA;1950;Sion\r\n';
    const headers = { 'content-type': 'text/csv', 'idempotency-key': 'import-2026-11-27-1' };
    // The preview takes no key: the import sent next with the same key must really import.
    const preview = await a.post('/api/clients/import?dryRun=true', csv, headers);
    expect(preview.statusCode).toBe(200);
    const first = await a.post('/api/clients/import', csv, headers);
    expect(first.statusCode).toBe(201);
    const again = await a.post('/api/clients/import', csv, headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await names(a)).toHaveLength(2);
    const other = await a.post('/api/clients/import', csv.replace('Beta', 'Gamma'), headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses an Excel workbook sent as CSV', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await postCsv(a, '/api/clients/import', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CSV_ENCODING');
  });

  it('rolls back every row when the database refuses one mid-import', async () => {
    const owner = await signUp(t.app);
    // A trigger stands in for any failure inside the transaction, after the first 1 000-row chunk is written.
    await t.db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'BOOM' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await t.db.prisma.$executeRawUnsafe('CREATE TRIGGER refuse_boom BEFORE INSERT ON client FOR EACH ROW EXECUTE FUNCTION refuse_boom()');
    try {
      const rows = Array.from({ length: 1500 }, (_, i) => (i === 1400 ? 'BOOM;1003;Lausanne' : `Client ${i};1003;Lausanne`)).join('\r\n');
      const res = await postCsv(owner.agent, '/api/clients/import', `nom;npa;ville\r\n${rows}\r\n`);
      expect(res.statusCode).toBe(500);
      expect(await t.db.prisma.client.count({ where: { organisationId: owner.organisationId } })).toBe(0);
    } finally {
      await t.db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_boom ON client');
      await t.db.prisma.$executeRawUnsafe('DROP FUNCTION refuse_boom()');
    }
  });

  it('lets an accountant export but not import', async () => {
    const owner = await signUp(t.app);
    await t.setRole(owner.organisationId, 'accountant');
    const res = await postCsv(owner.agent, '/api/clients/import?dryRun=true', 'nom;npa;ville\r\nA;1003;Lausanne\r\n');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await owner.agent.get('/api/clients/export.csv')).statusCode).toBe(200);
  });
});

describe('clients CSV export', () => {
  const tricky = [
    { name: '=HYPERLINK("http://evil.example","Cliquez")', postalCode: '1003', town: 'Lausanne', phone: '+41 21 123 45 67', notes: '@SUM(A1)\n-2+3', uid: 'CHE-106.017.086' },
    { name: 'Müller; Söhne AG', kind: 'person', contactName: 'Jörg "Jö" Müller', street: 'Bahnhofstrasse', buildingNumber: '1a', postalCode: '9490', town: 'Vaduz', country: 'LI', language: 'de', email: 'j@m.li' },
  ];

  it('writes ; separated UTF-8 with a BOM, formula-like cells quoted away, and imports back unchanged', async () => {
    const { agent: a } = await signUp(t.app);
    for (const c of tricky) expect((await a.post('/api/clients', c)).statusCode).toBe(201);
    const res = await a.get('/api/clients/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = res.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFFkind;name;contactName;street;buildingNumber;postalCode;town;country;language;email;phone;uid;notes\r\n')).toBe(true);
    expect(body).toContain(`company;"'=HYPERLINK(""http://evil.example"",""Cliquez"")";;;;1003;Lausanne;CH;fr;;'+41 21 123 45 67;CHE-106.017.086;"'@SUM(A1)\n-2+3"\r\n`);
    expect(body).toContain('person;"Müller; Söhne AG";"Jörg ""Jö"" Müller";Bahnhofstrasse;1a;9490;Vaduz;LI;de;j@m.li;;;\r\n');

    const other = await signUp(t.app);
    const imported = await postCsv(other.agent, '/api/clients/import', res.rawPayload);
    expect(imported.statusCode).toBe(201);
    const strip = (c: Record<string, unknown>) => {
      const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = c;
      return rest;
    };
    const before = (await a.get('/api/clients')).json().items.map(strip);
    const after = (await other.agent.get('/api/clients')).json().items.map(strip);
    expect(after).toEqual(before);
    expect(after[0].name).toBe('=HYPERLINK("http://evil.example","Cliquez")');
  });

  it('exports only the caller’s organisation, filtered like the list, page after page', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    await a.agent.post('/api/clients', { name: 'Only A', postalCode: '1003', town: 'Lausanne' });
    const rows = Array.from({ length: 1201 }, (_, i) => `B ${String(i).padStart(4, '0')};1003;Lausanne`).join('\r\n');
    await postCsv(b.agent, '/api/clients/import', `nom;npa;ville\r\n${rows}\r\n`);
    const archived = (await b.agent.post('/api/clients', { name: 'B archived', postalCode: '1003', town: 'Lausanne' })).json();
    await b.agent.post(`/api/clients/${archived.id}/archive`, {});

    const lines = (await b.agent.get('/api/clients/export.csv')).rawPayload.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 1201);
    expect(lines[1]).toMatch(/^company;B 0000;/);
    expect(lines.at(-1)).toMatch(/^company;B 1200;/);
    expect(lines.join('\n')).not.toContain('Only A');
    const filtered = (await b.agent.get('/api/clients/export.csv?archived=true')).rawPayload.toString('utf8').trim().split('\r\n');
    expect(filtered.slice(1)).toEqual([expect.stringMatching(/^company;B archived;/)]);
    expect((await b.agent.get('/api/clients/export.csv?q=b%20001')).rawPayload.toString('utf8').trim().split('\r\n')).toHaveLength(1 + 10);
    expect((await b.agent.get('/api/clients/export.csv?sort=name')).statusCode).toBe(400);
  });
});
