import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

// SWISS.md, IBAN: valid ordinary IBANs and QR-IBANs.
const IBAN = 'CH58 0079 1123 0008 8901 2';
const IBAN_2 = 'CH3709000000304442225';
const IBAN_LI = 'li56 0880 0000 0209 4080 8';
const QR_IBAN = 'ch44 3199 9123 0008 8901 2';
const QR_IBAN_2 = 'CH3030000001250090720';

type Agent = Awaited<ReturnType<typeof signUp>>['agent'];
const add = (a: Agent, body: Record<string, unknown>) => a.post('/api/bank-accounts', { label: 'Compte', ...body });

async function issuedInvoiceOn(organisationId: string, bankAccountId: string, status: 'draft' | 'issued' = 'issued') {
  const client = await t.db.prisma.client.create({ data: { organisationId, name: 'Acme SA', postalCode: '1003', town: 'Lausanne' } });
  return t.db.prisma.invoice.create({
    data: { organisationId, clientId: client.id, bankAccountId, status, ...(status === 'issued' ? { number: `T-${client.id.slice(-6)}`, issuedAt: new Date() } : {}) },
  });
}

describe('bank accounts', () => {
  it('adds accounts from tolerant input, stores the electronic form and derives the QR-IBAN flag', async () => {
    const { agent: a } = await signUp(t.app);
    const first = await add(a, { label: 'PostFinance', iban: IBAN });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ label: 'PostFinance', iban: 'CH5800791123000889012', ibanFormatted: 'CH58 0079 1123 0008 8901 2', isQrIban: false, qrrPrefix: null, isDefault: true });
    const qr = await add(a, { label: 'QR', iban: QR_IBAN, qrrPrefix: '123456' });
    expect(qr.json()).toMatchObject({ iban: 'CH4431999123000889012', isQrIban: true, qrrPrefix: '123456', isDefault: false });
    const li = await add(a, { iban: IBAN_LI, qrrPrefix: '' });
    expect(li.json()).toMatchObject({ iban: 'LI5608800000020940808', isQrIban: false, qrrPrefix: null });
    const list = (await a.get('/api/bank-accounts')).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([first.json().id, qr.json().id, li.json().id]);
    expect(list.nextCursor).toBeNull();
    const page1 = (await a.get('/api/bank-accounts?limit=2')).json();
    const page2 = (await a.get(`/api/bank-accounts?limit=2&cursor=${page1.nextCursor}`)).json();
    expect([...page1.items, ...page2.items].map((x: { id: string }) => x.id)).toEqual(list.items.map((x: { id: string }) => x.id));
    expect((await a.get(`/api/bank-accounts/${qr.json().id}`)).json().iban).toBe('CH4431999123000889012');
  });

  it('keeps exactly one default', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const one = (await add(a, { iban: IBAN })).json();
    const two = (await add(a, { iban: IBAN_2, isDefault: true })).json();
    expect(two.isDefault).toBe(true);
    const defaults = async () => (await t.db.prisma.bankAccount.findMany({ where: { organisationId, isDefault: true } })).map((x) => x.id);
    expect(await defaults()).toEqual([two.id]);
    expect((await a.patch(`/api/bank-accounts/${one.id}`, { isDefault: true })).json().isDefault).toBe(true);
    expect(await defaults()).toEqual([one.id]);
    const refused = await a.patch(`/api/bank-accounts/${one.id}`, { isDefault: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'BANK_ACCOUNT_DEFAULT_REQUIRED', field: 'isDefault' });
    // Concurrent switches still leave one default.
    await Promise.all([a.patch(`/api/bank-accounts/${one.id}`, { isDefault: true }), a.patch(`/api/bank-accounts/${two.id}`, { isDefault: true })]);
    expect(await defaults()).toHaveLength(1);
    // Deleting the default hands it to the oldest account left.
    const current = (await defaults())[0]!;
    expect((await a.delete(`/api/bank-accounts/${current}`)).statusCode).toBe(204);
    expect(await defaults()).toEqual([current === one.id ? two.id : one.id]);
  });

  it('makes exactly one of concurrent first accounts the default', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const results = await Promise.all([add(a, { iban: IBAN }), add(a, { iban: IBAN_2 }), add(a, { iban: QR_IBAN })]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(await t.db.prisma.bankAccount.count({ where: { organisationId, isDefault: true } })).toBe(1);
  });

  it('changes the IBAN, re-deriving the flag and dropping a prefix the new IBAN cannot use', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const acc = (await add(a, { iban: QR_IBAN, qrrPrefix: '42' })).json();
    const changed = await a.patch(`/api/bank-accounts/${acc.id}`, { iban: QR_IBAN_2, label: 'Neu' });
    expect(changed.json()).toMatchObject({ iban: 'CH3030000001250090720', isQrIban: true, qrrPrefix: '42', label: 'Neu' });
    const ordinary = await a.patch(`/api/bank-accounts/${acc.id}`, { iban: IBAN });
    expect(ordinary.json()).toMatchObject({ isQrIban: false, qrrPrefix: null });
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { organisationId, targetId: acc.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['bank_account.created', 'bank_account.updated', 'bank_account.updated']);
  });

  it('refuses a prefix that leaves the QR references too little room for the invoice numbers, saying which number', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    await t.db.prisma.organisation.update({ where: { id: organisationId }, data: { numberingPattern: 'FAC-{YYYY}-{seq:4}' } });
    const refused = await add(a, { label: 'Raiffeisen', iban: QR_IBAN, qrrPrefix: '123456' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'NUMBERS_TOO_LONG_FOR_QR_REFERENCE',
      field: 'qrrPrefix',
      details: { example: 'FAC-2099-999999', pattern: 'FAC-{YYYY}-{seq:4}', account: 'Raiffeisen', prefixDigits: 6 },
    });
    expect(await t.db.prisma.bankAccount.count({ where: { organisationId } })).toBe(0);
    // Without the prefix the same numbers fit; adding the prefix later is refused the same way.
    const plain = await add(a, { label: 'Raiffeisen', iban: QR_IBAN });
    expect(plain.statusCode).toBe(201);
    const later = await a.patch(`/api/bank-accounts/${plain.json().id}`, { qrrPrefix: '123456' });
    expect(later.json().error).toMatchObject({ code: 'NUMBERS_TOO_LONG_FOR_QR_REFERENCE', field: 'qrrPrefix' });
    expect((await a.get(`/api/bank-accounts/${plain.json().id}`)).json().qrrPrefix).toBeNull();
    // Digits only leave room for much longer prefixes.
    await t.db.prisma.organisation.update({ where: { id: organisationId }, data: { numberingPattern: '{YYYY}{seq:5}' } });
    expect((await a.patch(`/api/bank-accounts/${plain.json().id}`, { qrrPrefix: '123456789012345' })).statusCode).toBe(200);
  });

  it.each<[Record<string, unknown>, string, string | undefined]>([
    [{ iban: 'CH4431999123000889011' }, 'IBAN_INVALID', 'iban'],
    [{ iban: 'CH44' }, 'IBAN_INVALID', 'iban'],
    [{ iban: '' }, 'IBAN_INVALID', 'iban'],
    [{ iban: 'DE89 3704 0044 0532 0130 00' }, 'IBAN_NOT_CH_LI', 'iban'],
    [{ iban: 42 }, 'VALIDATION_FAILED', 'iban'],
    [{ label: '' }, 'VALIDATION_FAILED', 'label'],
    [{ label: 'x'.repeat(71) }, 'VALIDATION_FAILED', 'label'],
    [{ iban: QR_IBAN, qrrPrefix: '12a' }, 'REFERENCE_PREFIX_INVALID', 'qrrPrefix'],
    [{ iban: QR_IBAN, qrrPrefix: '1'.repeat(21) }, 'REFERENCE_PREFIX_INVALID', 'qrrPrefix'],
    [{ iban: IBAN, qrrPrefix: '123' }, 'QRR_PREFIX_NOT_QR_IBAN', 'qrrPrefix'],
    [{ isQrIban: true }, 'VALIDATION_FAILED', undefined],
    [{ organisationId: '01234567-0123-7123-8123-0123456789ab' }, 'VALIDATION_FAILED', undefined],
    [{ isDefault: 'yes' }, 'VALIDATION_FAILED', 'isDefault'],
  ])('refuses %j with %s', async (change, code, field) => {
    const { agent: a } = await signUp(t.app);
    const res = await add(a, { iban: IBAN, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('refuses the same IBAN twice, in any spelling', async () => {
    const { agent: a } = await signUp(t.app);
    const acc = (await add(a, { iban: IBAN })).json();
    const twice = await add(a, { iban: 'ch5800791123000889012' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'BANK_ACCOUNT_DUPLICATE', field: 'iban' });
    const other = (await add(a, { iban: IBAN_2 })).json();
    expect((await a.patch(`/api/bank-accounts/${other.id}`, { iban: IBAN })).json().error.code).toBe('BANK_ACCOUNT_DUPLICATE');
    expect((await a.patch(`/api/bank-accounts/${acc.id}`, { iban: IBAN, label: 'Same' })).statusCode).toBe(200);
  });

  it('keeps an account that issued invoices name, and lets drafts lose it', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const used = (await add(a, { iban: IBAN })).json();
    const drafted = (await add(a, { iban: IBAN_2 })).json();
    await issuedInvoiceOn(organisationId, used.id);
    const draft = await issuedInvoiceOn(organisationId, drafted.id, 'draft');
    const refused = await a.delete(`/api/bank-accounts/${used.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('BANK_ACCOUNT_IN_USE');
    expect((await a.delete(`/api/bank-accounts/${drafted.id}`)).statusCode).toBe(204);
    expect((await t.db.prisma.invoice.findUnique({ where: { id: draft.id } }))?.bankAccountId).toBeNull();
    expect((await a.get(`/api/bank-accounts/${drafted.id}`)).statusCode).toBe(404);
  });

  it('lets members and accountants read, and only owners and admins change accounts', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const acc = (await add(a, { iban: IBAN })).json();
    for (const role of ['member', 'accountant', 'admin'] as const) {
      await t.setRole(organisationId, role);
      const allowed = role === 'admin';
      expect((await a.get('/api/bank-accounts')).statusCode).toBe(200);
      expect((await a.get(`/api/bank-accounts/${acc.id}`)).statusCode).toBe(200);
      const writes = [await add(a, { iban: IBAN_2 }), await a.patch(`/api/bank-accounts/${acc.id}`, { label: role }), await a.delete(`/api/bank-accounts/${acc.id}`)];
      for (const res of writes) {
        if (allowed) expect(res.statusCode).toBeLessThan(300);
        else expect(res.json().error.code, role).toBe('FORBIDDEN');
      }
    }
  });

  it('never shows or touches another organisation’s accounts', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const mine = (await add(a.agent, { iban: IBAN })).json();
    await add(b.agent, { iban: IBAN_2 });
    for (const res of [
      await b.agent.get(`/api/bank-accounts/${mine.id}`),
      await b.agent.patch(`/api/bank-accounts/${mine.id}`, { label: 'Stolen' }),
      await b.agent.patch(`/api/bank-accounts/${mine.id}`, { isDefault: true }),
      await b.agent.delete(`/api/bank-accounts/${mine.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const theirs = (await b.agent.get('/api/bank-accounts')).json().items;
    expect(theirs.map((x: { iban: string }) => x.iban)).toEqual(['CH3709000000304442225']);
    // The same IBAN may belong to two organisations (e.g. a fiduciary's own and a client's books).
    expect((await add(b.agent, { iban: IBAN })).statusCode).toBe(201);
    expect((await a.agent.get(`/api/bank-accounts/${mine.id}`)).json()).toMatchObject({ label: 'Compte', isDefault: true });
  });
});
