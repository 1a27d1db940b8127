import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const profile = {
  name: 'Muster Sàrl',
  street: 'Rue du Marché',
  buildingNumber: '4',
  postalCode: '1204',
  town: 'Genève',
  country: 'ch',
  uid: 'che 100 155 212',
  vatRegistered: true,
  vatMethod: 'effective',
  language: 'fr',
  currency: 'CHF',
  numberingPattern: 'F{YY}{MM}-{seq:5}',
  creditNotePattern: 'NC-{YYYY}-{seq:4}',
  quotePattern: '{seq}',
  paymentTermDays: 20,
  envelopeWindow: 'left',
  email: 'Compta@Muster.CH',
  phone: '+41 22 123 45 67',
  website: 'https://muster.ch',
};

/** A minimal valid PNG of the given size (IHDR + one IDAT + IEND; CRCs are not checked here). */
function png(width = 1, height = 1): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(5))), chunk('IEND', Buffer.alloc(0))]);
}

/** SOI, an APP0 segment, then a baseline frame header (SOF0) with the size. */
function jpeg(width = 2, height = 3): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0, 0, 0, 0, 0x01, 0x01, 0x11, 0x00]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46]), sof, Buffer.from([0xff, 0xd9])]);
}

describe('organisation profile', () => {
  it('shows the new organisation with its defaults', async () => {
    const { agent: a, organisationId } = await signUp(t.app, { organisationName: 'Neu GmbH', locale: 'de' });
    const res = await a.get('/api/organisation');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: organisationId,
      name: 'Neu GmbH',
      addressComplete: false,
      postalCode: null,
      country: 'CH',
      uid: null,
      vatNumber: null,
      vatRegistered: false,
      vatMethod: 'effective',
      netTaxRateBp: null,
      language: 'de',
      currency: 'CHF',
      numberingPattern: '{YYYY}-{seq:4}',
      paymentTermDays: 30,
      envelopeWindow: 'right',
      logo: null,
    });
  });

  it('updates the whole profile and formats UID and VAT number in the organisation language', async () => {
    const { agent: a } = await signUp(t.app);
    const res = await a.patch('/api/organisation', profile);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ...profile,
      country: 'CH',
      email: 'compta@muster.ch',
      uid: 'CHE-100.155.212',
      vatNumber: 'CHE-100.155.212 TVA',
      addressComplete: true,
    });
    expect((await a.patch('/api/organisation', { language: 'de' })).json().vatNumber).toBe('CHE-100.155.212 MWST');
    expect((await a.patch('/api/organisation', { language: 'it' })).json().vatNumber).toBe('CHE-100.155.212 IVA');
    expect((await a.patch('/api/organisation', { vatRegistered: false })).json()).toMatchObject({ uid: 'CHE-100.155.212', vatNumber: null });
    // Emptied inputs clear optional fields.
    expect((await a.patch('/api/organisation', { phone: '', website: null, street: '', buildingNumber: '' })).json()).toMatchObject({ phone: null, website: null, street: null, buildingNumber: null });
    const events = await t.db.prisma.auditEvent.findMany({ where: { organisationId: res.json().id, action: 'organisation.updated' }, orderBy: { createdAt: 'asc' } });
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect((events[1]?.data as { fields: string[] }).fields).toEqual(['language']);
  });

  it('switches between the effective and the net tax rate method', async () => {
    const { agent: a } = await signUp(t.app);
    const net = await a.patch('/api/organisation', { uid: 'CHE-113.690.319', vatRegistered: true, vatMethod: 'net_rate', netTaxRateBp: 510 });
    expect(net.json()).toMatchObject({ vatMethod: 'net_rate', netTaxRateBp: 510 });
    expect((await a.patch('/api/organisation', { netTaxRateBp: 590 })).json().netTaxRateBp).toBe(590);
    expect((await a.patch('/api/organisation', { vatMethod: 'effective' })).json()).toMatchObject({ vatMethod: 'effective', netTaxRateBp: null });
  });

  it('allows a name alone before the address is known', async () => {
    const { agent: a } = await signUp(t.app);
    expect((await a.patch('/api/organisation', { name: 'Autre nom SA' })).statusCode).toBe(200);
    expect((await a.patch('/api/organisation', { name: 'Nom ☃' })).json().error).toMatchObject({ code: 'CHARSET_INVALID', field: 'name' });
    expect((await a.patch('/api/organisation', { country: 'LI' })).json().country).toBe('LI');
    expect((await a.patch('/api/organisation', { country: 'XX' })).json().error).toMatchObject({ code: 'COUNTRY_INVALID', field: 'country' });
  });

  it.each<[Record<string, unknown>, string, string | undefined]>([
    [{ name: '' }, 'VALIDATION_FAILED', 'name'],
    [{ name: 'x'.repeat(71) }, 'VALIDATION_FAILED', 'name'],
    [{ name: 'Muster ✓' }, 'CHARSET_INVALID', 'name'],
    [{ street: 'x'.repeat(71) }, 'VALIDATION_FAILED', 'street'],
    [{ street: 'Rue ★' }, 'CHARSET_INVALID', 'street'],
    [{ buildingNumber: 'x'.repeat(17) }, 'VALIDATION_FAILED', 'buildingNumber'],
    [{ postalCode: '999' }, 'POSTAL_CODE_INVALID', 'postalCode'],
    [{ postalCode: null }, 'FIELD_REQUIRED', 'postalCode'],
    [{ town: '' }, 'FIELD_REQUIRED', 'town'],
    [{ town: 'x'.repeat(36) }, 'VALIDATION_FAILED', 'town'],
    [{ country: 'XX' }, 'COUNTRY_INVALID', 'country'],
    [{ country: 'CHE' }, 'VALIDATION_FAILED', 'country'],
    [{ country: 'LI' }, 'POSTAL_CODE_INVALID', 'postalCode'],
    [{ uid: 'CHE-100.155.213' }, 'UID_CHECK_DIGIT', 'uid'],
    [{ uid: 'CHE-100.155' }, 'UID_FORMAT', 'uid'],
    [{ uid: null }, 'VAT_NUMBER_REQUIRED', 'uid'],
    [{ vatRegistered: 'yes' }, 'VALIDATION_FAILED', 'vatRegistered'],
    [{ vatMethod: 'flat' }, 'VALIDATION_FAILED', 'vatMethod'],
    [{ vatMethod: 'net_rate' }, 'NET_TAX_RATE_REQUIRED', 'netTaxRateBp'],
    [{ netTaxRateBp: 510 }, 'NET_TAX_RATE_NOT_APPLICABLE', 'netTaxRateBp'],
    [{ vatMethod: 'net_rate', netTaxRateBp: 0 }, 'VALIDATION_FAILED', 'netTaxRateBp'],
    [{ vatMethod: 'net_rate', netTaxRateBp: 5.1 }, 'VALIDATION_FAILED', 'netTaxRateBp'],
    [{ language: 'rm' }, 'VALIDATION_FAILED', 'language'],
    [{ currency: 'USD' }, 'VALIDATION_FAILED', 'currency'],
    [{ numberingPattern: '{YYYY}-' }, 'NUMBER_PATTERN_SEQUENCE_MISSING', 'numberingPattern'],
    [{ numberingPattern: '' }, 'NUMBER_PATTERN_EMPTY', 'numberingPattern'],
    [{ creditNotePattern: '{seq}{seq}' }, 'NUMBER_PATTERN_SEQUENCE_DUPLICATE', 'creditNotePattern'],
    [{ quotePattern: '{DD}{seq}' }, 'NUMBER_PATTERN_TOKEN_INVALID', 'quotePattern'],
    [{ numberingPattern: 'N°{seq}' }, 'NUMBER_PATTERN_CHARACTER_INVALID', 'numberingPattern'],
    [{ numberingPattern: '{seq:0}' }, 'NUMBER_PATTERN_SEQUENCE_WIDTH_INVALID', 'numberingPattern'],
    [{ numberingPattern: `${'A'.repeat(30)}{seq}` }, 'NUMBER_PATTERN_TOO_LONG', 'numberingPattern'],
    [{ paymentTermDays: -1 }, 'VALIDATION_FAILED', 'paymentTermDays'],
    [{ paymentTermDays: 366 }, 'VALIDATION_FAILED', 'paymentTermDays'],
    [{ envelopeWindow: 'middle' }, 'VALIDATION_FAILED', 'envelopeWindow'],
    [{ email: 'nope' }, 'VALIDATION_FAILED', 'email'],
    [{ phone: 'call me' }, 'VALIDATION_FAILED', 'phone'],
    [{ website: 'javascript:alert(1)' }, 'VALIDATION_FAILED', 'website'],
    [{ website: 'muster.ch' }, 'VALIDATION_FAILED', 'website'],
    [{ id: '01234567-0123-7123-8123-0123456789ab' }, 'VALIDATION_FAILED', undefined],
    [{ logoMimeType: 'image/svg+xml' }, 'VALIDATION_FAILED', undefined],
  ])('refuses %j with %s', async (change, code, field) => {
    const { agent: a } = await signUp(t.app);
    expect((await a.patch('/api/organisation', profile)).statusCode).toBe(200);
    const res = await a.patch('/api/organisation', change);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('refuses an invoice pattern whose numbers would not fit the payment references of the accounts', async () => {
    const { agent: a } = await signUp(t.app);
    // Before any account: every organisation may bill to an ordinary IBAN, with a creditor reference.
    expect((await a.patch('/api/organisation', { numberingPattern: 'INVOICE-NO-{YYYY}-{seq}' })).json().error).toMatchObject({
      code: 'NUMBERS_TOO_LONG_FOR_CREDITOR_REFERENCE',
      field: 'numberingPattern',
      details: { example: 'INVOICE-NO-2099-999999' },
    });
    expect((await a.post('/api/bank-accounts', { label: 'Raiffeisen', iban: 'CH44 3199 9123 0008 8901 2', qrrPrefix: '123456' })).statusCode).toBe(201);
    const refused = await a.patch('/api/organisation', { numberingPattern: 'FAC-{YYYY}-{seq:4}' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'NUMBERS_TOO_LONG_FOR_QR_REFERENCE', field: 'numberingPattern', details: { example: 'FAC-2099-999999', account: 'Raiffeisen' } });
    expect(refused.json().error.message).toContain('{YYYY}{seq:5}');
    expect((await a.get('/api/organisation')).json().numberingPattern).not.toBe('FAC-{YYYY}-{seq:4}');
    expect((await a.patch('/api/organisation', { numberingPattern: 'F{YYYY}{seq:5}' })).statusCode).toBe(200);
    // Credit notes and quotes carry no payment reference: their patterns are free of this limit.
    expect((await a.patch('/api/organisation', { creditNotePattern: 'CREDIT-NOTE-{YYYY}-{seq:4}' })).statusCode).toBe(200);
    const scor = await a.patch('/api/organisation', { numberingPattern: 'INVOICE-NO-{YYYY}-{seq}' });
    expect(scor.json().error.code).toBe('NUMBERS_TOO_LONG_FOR_QR_REFERENCE');
  });

  it('lets every role read and only owners and admins write', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    for (const role of ['admin', 'member', 'accountant'] as const) {
      await t.setRole(organisationId, role);
      expect((await a.get('/api/organisation')).statusCode).toBe(200);
      expect((await a.get('/api/organisation/number-preview')).statusCode).toBe(200);
      const write = await a.patch('/api/organisation', { paymentTermDays: 10 });
      expect(write.statusCode, role).toBe(role === 'admin' ? 200 : 403);
      if (role !== 'admin') expect(write.json().error.code).toBe('FORBIDDEN');
      expect((await a.request({ method: 'PUT', url: '/api/organisation/logo', payload: png(), headers: { 'content-type': 'image/png' } })).statusCode).toBe(role === 'admin' ? 200 : 403);
      expect((await a.delete('/api/organisation/logo')).statusCode).toBe(role === 'admin' ? 204 : 403);
    }
  });

  it('keeps each organisation to itself', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    await a.agent.patch('/api/organisation', { name: 'Alpha SA' });
    await a.agent.request({ method: 'PUT', url: '/api/organisation/logo', payload: png(), headers: { 'content-type': 'image/png' } });
    expect((await b.agent.get('/api/organisation')).json()).toMatchObject({ id: b.organisationId, name: 'Muster Sàrl', logo: null });
    expect((await b.agent.get('/api/organisation/logo')).statusCode).toBe(404);
  });
});

describe('numbering patterns', () => {
  it('keeps invoice and credit-note numbers apart', async () => {
    const { agent: a } = await signUp(t.app);
    const same = await a.patch('/api/organisation', { creditNotePattern: '{YYYY}-{seq:4}' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error).toMatchObject({ code: 'NUMBER_PATTERNS_OVERLAP', field: 'creditNotePattern' });
    expect(same.json().error.details.example).toMatch(/^\d{4}-\d{4}$/);
    expect((await a.patch('/api/organisation', { numberingPattern: 'nc-{YYYY}-{seq:4}' })).json().error).toMatchObject({ code: 'NUMBER_PATTERNS_OVERLAP', field: 'numberingPattern' });
    expect((await a.patch('/api/organisation', { numberingPattern: '{YYYY}-{seq:3}', creditNotePattern: '{YYYY}-{seq:4}' })).json().error.code).toBe('NUMBER_PATTERNS_OVERLAP');
    // The quote series lives in its own table and may look like the invoices'.
    expect((await a.patch('/api/organisation', { quotePattern: '{YYYY}-{seq:4}', creditNotePattern: 'G{YYYY}-{seq:4}' })).statusCode).toBe(200);
  });

  it('refuses a pattern change that would give a used number again', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    expect((await a.patch('/api/organisation', { numberingPattern: '{YY}-{seq}' })).statusCode).toBe(200);
    const client = await t.db.prisma.client.create({ data: { organisationId, name: 'Acme SA', postalCode: '1003', town: 'Lausanne' } });
    await t.db.prisma.invoice.create({ data: { organisationId, clientId: client.id, status: 'issued', number: '26-1', sequence: 1, issuedAt: new Date() } });
    await t.db.prisma.numberSequence.create({ data: { organisationId, series: 'invoice', year: 2026, next: 2 } });
    // Without a year token the run restarts at 1 in sequence year 0: 26-1 would come again.
    const res = await a.patch('/api/organisation', { numberingPattern: '26-{seq}' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'NUMBER_PATTERN_CONFLICT', field: 'numberingPattern', details: { number: '26-1' } });
    // Same pattern, or one that continues past the used numbers: fine.
    expect((await a.patch('/api/organisation', { numberingPattern: '{YY}-{seq}' })).statusCode).toBe(200);
    expect((await a.patch('/api/organisation', { numberingPattern: '{YY}-{seq:3}' })).statusCode).toBe(200);
    expect((await a.patch('/api/organisation', { numberingPattern: '{YY}-{seq}' })).statusCode).toBe(200);
    expect((await a.get('/api/organisation')).json().numberingPattern).toBe('{YY}-{seq}');
  });

  it('counts numbers differing only in case as used: their payment references would be the same', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    expect((await a.patch('/api/organisation', { numberingPattern: 'inv-{seq}' })).statusCode).toBe(200);
    const client = await t.db.prisma.client.create({ data: { organisationId, name: 'Acme SA', postalCode: '1003', town: 'Lausanne' } });
    await t.db.prisma.invoice.create({ data: { organisationId, clientId: client.id, status: 'issued', number: 'inv-1', sequence: 1, issuedAt: new Date() } });
    await t.db.prisma.numberSequence.create({ data: { organisationId, series: 'invoice', year: 0, next: 2 } });
    expect((await a.patch('/api/organisation', { numberingPattern: 'INV-{seq}' })).statusCode).toBe(200);
    // Both continue at …-2, past the used number in any case.
    const res = await a.patch('/api/organisation', { numberingPattern: 'Inv-{seq}' });
    expect(res.statusCode).toBe(200);
    await t.db.prisma.numberSequence.update({ where: { organisationId_series_year: { organisationId, series: 'invoice', year: 0 } }, data: { next: 1 } });
    const again = await a.patch('/api/organisation', { numberingPattern: 'INV-{seq}' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'NUMBER_PATTERN_CONFLICT', details: { number: 'inv-1' } });
  });
});

describe('number preview', () => {
  it('shows the next numbers with the saved pattern or a proposed one', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const saved = (await a.get('/api/organisation/number-preview?date=2026-03-05')).json();
    expect(saved).toEqual({ series: 'invoice', pattern: '{YYYY}-{seq:4}', restartsYearly: true, nextSequence: 1, numbers: ['2026-0001', '2026-0002', '2026-0003'] });
    await t.db.prisma.numberSequence.create({ data: { organisationId, series: 'invoice', year: 2026, next: 42 } });
    const proposed = (await a.get(`/api/organisation/number-preview?date=2026-03-05&count=2&pattern=${encodeURIComponent('F{YY}{MM}-{seq:5}')}`)).json();
    expect(proposed).toMatchObject({ restartsYearly: true, nextSequence: 42, numbers: ['F2603-00042', 'F2603-00043'] });
    // Another year starts again at 1; a pattern without a year runs on in sequence year 0.
    expect((await a.get('/api/organisation/number-preview?date=2027-01-01&count=1')).json().numbers).toEqual(['2027-0001']);
    expect((await a.get('/api/organisation/number-preview?series=quote&date=2026-03-05&count=1')).json()).toMatchObject({ pattern: 'OF-{YYYY}-{seq:4}', numbers: ['OF-2026-0001'] });
    expect((await a.get(`/api/organisation/number-preview?count=1&pattern=${encodeURIComponent('{seq}')}`)).json()).toMatchObject({ restartsYearly: false, numbers: ['1'] });
    const today = (await a.get('/api/organisation/number-preview?count=1')).json();
    expect(today.numbers[0]).toMatch(/^20\d\d-\d{4}$/);
  });

  it.each<[string, string, string]>([
    [`pattern=${encodeURIComponent('{YYYY}')}`, 'NUMBER_PATTERN_SEQUENCE_MISSING', 'pattern'],
    [`pattern=${encodeURIComponent('{seq}#')}`, 'NUMBER_PATTERN_CHARACTER_INVALID', 'pattern'],
    ['date=2026-02-30', 'VALIDATION_FAILED', 'date'],
    ['count=11', 'VALIDATION_FAILED', 'count'],
    ['series=order', 'VALIDATION_FAILED', 'series'],
    ['other=1', 'VALIDATION_FAILED', ''],
  ])('refuses ?%s with %s', async (query, code, field) => {
    const { agent: a } = await signUp(t.app);
    const res = await a.get(`/api/organisation/number-preview?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });
});

describe('logo', () => {
  const put = (a: Awaited<ReturnType<typeof signUp>>['agent'], payload: Buffer | string, contentType?: string) =>
    a.request({ method: 'PUT', url: '/api/organisation/logo', payload, headers: contentType ? { 'content-type': contentType } : {} });

  it('stores, serves with cache validation, replaces and removes the logo', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const up = await put(a, png(300, 100), 'image/png');
    expect(up.statusCode).toBe(200);
    expect(up.json().logo).toEqual({ url: '/api/organisation/logo', mimeType: 'image/png' });
    const got = await a.get('/api/organisation/logo');
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['cache-control']).toBe('private, no-cache');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.rawPayload.equals(png(300, 100))).toBe(true);
    const etag = got.headers.etag as string;
    expect((await a.request({ method: 'GET', url: '/api/organisation/logo', headers: { 'if-none-match': etag } })).statusCode).toBe(304);

    expect((await put(a, jpeg(), 'image/jpeg; charset=binary')).statusCode).toBe(200);
    const replaced = await a.get('/api/organisation/logo');
    expect(replaced.headers['content-type']).toBe('image/jpeg');
    expect(replaced.headers.etag).not.toBe(etag);
    expect((await a.request({ method: 'GET', url: '/api/organisation/logo', headers: { 'if-none-match': etag } })).statusCode).toBe(200);

    expect((await a.delete('/api/organisation/logo')).statusCode).toBe(204);
    expect((await a.get('/api/organisation/logo')).statusCode).toBe(404);
    expect((await a.get('/api/organisation')).json().logo).toBeNull();
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { organisationId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['organisation.created', 'organisation.logo_changed', 'organisation.logo_changed', 'organisation.logo_removed']);
  });

  it.each<[string, () => Buffer | string, string | undefined, number, string]>([
    ['a GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif', 415, 'LOGO_TYPE_UNSUPPORTED'],
    ['an SVG', () => '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml', 415, 'LOGO_TYPE_UNSUPPORTED'],
    ['JSON', () => JSON.stringify({ logo: 'x' }), 'application/json', 415, 'LOGO_TYPE_UNSUPPORTED'],
    ['no content type', () => png(), undefined, 415, 'LOGO_TYPE_UNSUPPORTED'],
    ['HTML labelled as PNG', () => '<html><script>alert(1)</script></html>', 'image/png', 415, 'LOGO_CONTENT_MISMATCH'],
    ['a JPEG labelled as PNG', () => jpeg(), 'image/png', 415, 'LOGO_CONTENT_MISMATCH'],
    ['a PNG labelled as JPEG', () => png(), 'image/jpeg', 415, 'LOGO_CONTENT_MISMATCH'],
    ['a truncated PNG', () => png().subarray(0, 20), 'image/png', 415, 'LOGO_CONTENT_MISMATCH'],
    ['an empty body', () => Buffer.alloc(0), 'image/png', 415, 'LOGO_CONTENT_MISMATCH'],
    ['a PNG over 512 KB', () => Buffer.concat([png(), Buffer.alloc(512 * 1024)]), 'image/png', 413, 'LOGO_TOO_LARGE'],
    ['2 MB of anything', () => Buffer.alloc(2 * 1024 * 1024), 'application/octet-stream', 413, 'LOGO_TOO_LARGE'],
    ['a PNG of 5000 × 10 px', () => png(5000, 10), 'image/png', 400, 'LOGO_DIMENSIONS_INVALID'],
    ['a PNG of 0 × 0 px', () => png(0, 0), 'image/png', 400, 'LOGO_DIMENSIONS_INVALID'],
  ])('refuses %s', async (_label, body, contentType, status, code) => {
    const { agent: a } = await signUp(t.app);
    const res = await put(a, body(), contentType);
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toMatchObject({ code, field: 'logo' });
    expect((await a.get('/api/organisation')).json().logo).toBeNull();
  });

  it('takes a logo of exactly 512 KB', async () => {
    const { agent: a } = await signUp(t.app);
    const base = png(10, 10);
    const res = await put(a, Buffer.concat([base, Buffer.alloc(512 * 1024 - base.length)]), 'image/png');
    expect(res.statusCode).toBe(200);
  });
});
