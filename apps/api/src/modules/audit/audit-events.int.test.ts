import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { recordAuditEvent } from './audit-repo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

type Page = { items: { id: string; action: string; createdAt: string; actor: { id: string; name: string } | null; data: unknown }[]; nextCursor: string | null };

describe('audit events', () => {
  it('lists the organisation’s events newest first with their actor, page by page', async () => {
    const { agent: a, organisationId, userId } = await signUp(t.app);
    await a.patch('/api/organisation', { paymentTermDays: 10 });
    await a.post('/api/bank-accounts', { label: 'PostFinance', iban: 'CH5800791123000889012' });
    await a.post('/api/api-tokens', { name: 'ERP', role: 'member' });
    const all = (await a.get('/api/audit-events')).json() as Page;
    expect(all.items.map((e) => e.action)).toEqual(['api_token.created', 'bank_account.created', 'organisation.updated', 'organisation.created']);
    expect(all.items[0]?.actor).toEqual({ id: userId, name: 'Anna Muster', email: expect.any(String) });
    expect(all.items[2]?.data).toEqual({ fields: ['paymentTermDays'] });
    expect(all.nextCursor).toBeNull();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await a.get(`/api/audit-events?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json() as Page;
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.id));
    expect(await t.db.prisma.auditEvent.count({ where: { organisationId } })).toBe(4);
  });

  it('filters by action, action family and period', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    const at = (iso: string) => recordAuditEvent(t.db.prisma, { organisationId, actorUserId: null, action: 'member.role_changed', targetType: 'user', targetId: 'x' }).then(async () => {
      const last = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId }, orderBy: { id: 'desc' } });
      await t.db.prisma.auditEvent.update({ where: { id: last.id }, data: { createdAt: new Date(iso) } });
    });
    // 2026-03-29 is the spring DST change in Switzerland: midnight is 23:00 UTC the day before.
    await at('2026-03-28T22:59:59Z'); // 2026-03-28 23:59:59 CET
    await at('2026-03-28T23:00:00Z'); // 2026-03-29 00:00:00 CET
    await at('2026-03-29T21:59:59Z'); // 2026-03-29 23:59:59 CEST
    await at('2026-03-29T22:00:00Z'); // 2026-03-30 00:00:00 CEST
    await recordAuditEvent(t.db.prisma, { organisationId, actorUserId: null, action: 'member.removed', targetType: 'user', targetId: 'y' });
    const actions = async (q: string) => ((await a.get(`/api/audit-events?${q}`)).json() as Page).items.map((e) => `${e.action}@${e.createdAt}`);
    expect(await actions('action=member.role_changed')).toHaveLength(4);
    expect(await actions('action=member.*')).toHaveLength(5);
    expect(await actions('action=organisation.created')).toHaveLength(1);
    expect(await actions('from=2026-03-29&to=2026-03-29')).toEqual(['member.role_changed@2026-03-29T21:59:59.000Z', 'member.role_changed@2026-03-28T23:00:00.000Z']);
    expect(await actions('from=2026-03-29T00:00:00Z&to=2026-03-29T22:00:00Z')).toEqual(['member.role_changed@2026-03-29T21:59:59.000Z']);
    expect(await actions('action=member.role_changed&to=2026-03-28')).toEqual(['member.role_changed@2026-03-28T22:59:59.000Z']);
  });

  it.each<[string, string, string]>([
    ['action=DROP TABLE', 'VALIDATION_FAILED', 'action'],
    ['action=member.*.*', 'VALIDATION_FAILED', 'action'],
    ['from=2026-02-30', 'VALIDATION_FAILED', 'from'],
    ['to=yesterday', 'VALIDATION_FAILED', 'to'],
    ['from=2026-03-02&to=2026-03-01', 'DATE_RANGE_INVALID', 'to'],
    ['cursor=abc', 'CURSOR_INVALID', 'cursor'],
    [`cursor=${Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url')}`, 'CURSOR_INVALID', 'cursor'],
    ['limit=0', 'VALIDATION_FAILED', 'limit'],
    ['organisationId=x', 'VALIDATION_FAILED', ''],
  ])('refuses ?%s with %s', async (query, code, field) => {
    const { agent: a } = await signUp(t.app);
    const res = await a.get(`/api/audit-events?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('is for owners and admins only', async () => {
    const { agent: a, organisationId } = await signUp(t.app);
    for (const [role, status] of [['admin', 200], ['member', 403], ['accountant', 403]] as const) {
      await t.setRole(organisationId, role);
      expect((await a.get('/api/audit-events')).statusCode, role).toBe(status);
    }
  });

  it('shows no other organisation’s events', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    await a.agent.patch('/api/organisation', { name: 'Alpha SA' });
    const events = ((await b.agent.get('/api/audit-events')).json() as Page).items;
    expect(events.map((e) => e.action)).toEqual(['organisation.created']);
    const theirs = await t.db.prisma.auditEvent.findMany({ where: { organisationId: a.organisationId } });
    expect(events.some((e) => theirs.some((x) => x.id === e.id))).toBe(false);
  });
});
