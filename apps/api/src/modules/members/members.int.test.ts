import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mail } from '../../lib/mailer';
import { agent, signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import { buildApp } from '../../app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
const mails: Mail[] = [];
let failMail = false;
beforeAll(async () => {
  t = await createTestApp(
    { PUBLIC_URL: 'https://factures.example.ch' },
    {
      mailer: {
        async send(mail) {
          if (failMail) throw new Error('SMTP down');
          mails.push(mail);
        },
      },
    },
  );
});
afterAll(() => t?.close());

type Signed = Awaited<ReturnType<typeof signUp>>;

function tokenFrom(mail: Mail | undefined): string {
  const match = /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
  if (!match) throw new Error('no invitation link in the mail');
  return match[1]!;
}

/** Invites a fresh account into `owner`'s organisation with `role` and accepts; returns that account. */
async function join(owner: Signed, role: string): Promise<Signed> {
  const invitee = await signUp(t.app);
  const res = await owner.agent.post('/api/invitations', { email: invitee.email, role });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.body}`);
  const accepted = await invitee.agent.post('/api/invitations/accept', { token: tokenFrom(mails.at(-1)) });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return invitee;
}

describe('invitations', () => {
  it('invites by e-mail, accepts once, and switches the invitee to the organisation', async () => {
    const owner = await signUp(t.app, { organisationName: 'Atelier Rösti' });
    const invitee = await signUp(t.app);
    const created = await owner.agent.post('/api/invitations', { email: `  ${invitee.email.toUpperCase()} `, role: 'accountant' });
    expect(created.statusCode).toBe(201);
    const inv = created.json();
    expect(inv).toMatchObject({ email: invitee.email, role: 'accountant', status: 'pending', invitedById: owner.userId, acceptedAt: null });
    expect(inv).not.toHaveProperty('tokenHash');
    expect(new Date(inv.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    const mail = mails.at(-1)!;
    expect(mail.to).toBe(invitee.email);
    expect(mail.text).toContain('https://factures.example.ch/invitations/accept?token=');
    // In the organisation's language, the role in words.
    expect(mail.subject).toBe('Invitation à rejoindre Atelier Rösti sur SimpliFaq');
    expect(mail.text).toContain('Anna Muster vous invite à rejoindre « Atelier Rösti » sur SimpliFaq en tant que comptable (lecture seule).');
    const token = tokenFrom(mail);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const stored = await t.db.prisma.invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(stored.tokenHash).not.toContain(token);

    const listed = (await owner.agent.get('/api/invitations')).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([inv.id]);

    const accepted = await invitee.agent.post('/api/invitations/accept', { token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ organisation: { id: owner.organisationId, name: 'Atelier Rösti' }, role: 'accountant' });
    const me = (await invitee.agent.get('/api/me')).json();
    expect(me).toMatchObject({ activeOrganisationId: owner.organisationId, role: 'accountant' });
    expect(me.organisations).toHaveLength(2);
    // The invitee now sees the organisation, read-only.
    expect((await invitee.agent.get('/api/organisation')).json().name).toBe('Atelier Rösti');
    expect((await invitee.agent.patch('/api/organisation', { paymentTermDays: 5 })).statusCode).toBe(403);

    const again = await invitee.agent.post('/api/invitations/accept', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('INVITATION_INVALID');
    expect((await owner.agent.get('/api/invitations')).json().items).toEqual([]);
    expect((await owner.agent.get('/api/invitations?status=all')).json().items[0]).toMatchObject({ id: inv.id, status: 'accepted' });
    const members = (await owner.agent.get('/api/members')).json().items;
    expect(members.map((m: { userId: string; role: string; isYou: boolean }) => [m.userId, m.role, m.isYou])).toEqual([
      [owner.userId, 'owner', true],
      [invitee.userId, 'accountant', false],
    ]);
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { organisationId: owner.organisationId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['organisation.created', 'invitation.created', 'invitation.accepted', 'member.added']);
  });

  it('accepts a token only once even when raced', async () => {
    const owner = await signUp(t.app);
    const invitee = await signUp(t.app);
    await owner.agent.post('/api/invitations', { email: invitee.email, role: 'member' });
    const token = tokenFrom(mails.at(-1));
    const second = agent(t.app);
    second.cookie = invitee.agent.cookie;
    const results = await Promise.all([invitee.agent.post('/api/invitations/accept', { token }), second.post('/api/invitations/accept', { token })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
    expect(await t.db.prisma.membership.count({ where: { organisationId: owner.organisationId } })).toBe(2);
  });

  it('refuses expired, revoked, replaced, unknown and misaddressed tokens', async () => {
    const owner = await signUp(t.app);
    const invitee = await signUp(t.app);
    const other = await signUp(t.app);

    const expired = (await owner.agent.post('/api/invitations', { email: invitee.email, role: 'member' })).json();
    const expiredToken = tokenFrom(mails.at(-1));
    await t.db.prisma.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await invitee.agent.post('/api/invitations/accept', { token: expiredToken })).json().error.code).toBe('INVITATION_EXPIRED');
    expect((await owner.agent.get('/api/invitations?status=all')).json().items[0].status).toBe('expired');

    const first = (await owner.agent.post('/api/invitations', { email: invitee.email, role: 'member' })).json();
    const firstToken = tokenFrom(mails.at(-1));
    const second = (await owner.agent.post('/api/invitations', { email: invitee.email, role: 'admin' })).json();
    const secondToken = tokenFrom(mails.at(-1));
    expect((await invitee.agent.post('/api/invitations/accept', { token: firstToken })).json().error.code).toBe('INVITATION_INVALID');
    expect((await owner.agent.get('/api/invitations')).json().items.map((i: { id: string }) => i.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);

    const misaddressed = await other.agent.post('/api/invitations/accept', { token: secondToken });
    expect(misaddressed.statusCode).toBe(403);
    expect(misaddressed.json().error.code).toBe('INVITATION_EMAIL_MISMATCH');

    expect((await owner.agent.delete(`/api/invitations/${second.id}`)).statusCode).toBe(204);
    expect((await owner.agent.delete(`/api/invitations/${second.id}`)).statusCode).toBe(204);
    expect((await invitee.agent.post('/api/invitations/accept', { token: secondToken })).json().error.code).toBe('INVITATION_INVALID');
    expect((await invitee.agent.post('/api/invitations/accept', { token: 'x'.repeat(43) })).json().error.code).toBe('INVITATION_INVALID');
    expect(await t.db.prisma.membership.count({ where: { organisationId: owner.organisationId } })).toBe(1);
    const revoked = await t.db.prisma.auditEvent.findMany({ where: { organisationId: owner.organisationId, action: 'invitation.revoked' } });
    expect(revoked).toHaveLength(1);
  });

  it('needs a signed-in user to accept, not an API token or nobody', async () => {
    const owner = await signUp(t.app);
    const anonymous = agent(t.app);
    expect((await anonymous.post('/api/invitations/accept', { token: 'x'.repeat(43) })).statusCode).toBe(401);
    const created = (await owner.agent.post('/api/api-tokens', { name: 'ERP', role: 'member' })).json();
    const res = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: 'x'.repeat(43) }, headers: { authorization: `Bearer ${created.token}` } });
    expect(res.statusCode).toBe(403);
  });

  it.each<[Record<string, unknown>, string, string | undefined]>([
    [{ email: 'nope', role: 'member' }, 'VALIDATION_FAILED', 'email'],
    [{ email: 'a@b.ch', role: 'boss' }, 'VALIDATION_FAILED', 'role'],
    [{ email: 'a@b.ch' }, 'VALIDATION_FAILED', 'role'],
    [{ email: 'a@b.ch', role: 'member', organisationId: '01234567-0123-7123-8123-0123456789ab' }, 'VALIDATION_FAILED', undefined],
  ])('refuses the invitation %j with %s', async (body, code, field) => {
    const owner = await signUp(t.app);
    const res = await owner.agent.post('/api/invitations', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('refuses to invite a member again, and an accept by a member', async () => {
    const owner = await signUp(t.app);
    const member = await join(owner, 'member');
    const res = await owner.agent.post('/api/invitations', { email: member.email, role: 'admin' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ALREADY_MEMBER', field: 'email' });
    expect((await owner.agent.post('/api/invitations', { email: owner.email, role: 'admin' })).json().error.code).toBe('ALREADY_MEMBER');
    // An invitation left over for someone who has joined meanwhile is not consumed.
    const token = randomBytes(32).toString('base64url');
    const stale = await t.db.prisma.invitation.create({
      data: { organisationId: owner.organisationId, email: member.email, role: 'admin', tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 60_000) },
    });
    const accepted = await member.agent.post('/api/invitations/accept', { token });
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().error.code).toBe('ALREADY_MEMBER');
    expect((await t.db.prisma.invitation.findUniqueOrThrow({ where: { id: stale.id } })).acceptedAt).toBeNull();
  });

  it('cannot revoke an accepted invitation', async () => {
    const owner = await signUp(t.app);
    const member = await join(owner, 'member');
    const accepted = await t.db.prisma.invitation.findFirstOrThrow({ where: { organisationId: owner.organisationId, email: member.email } });
    const res = await owner.agent.delete(`/api/invitations/${accepted.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVITATION_ALREADY_ACCEPTED');
  });

  it('limits invitations to 50 a day per organisation', async () => {
    const owner = await signUp(t.app);
    for (let i = 0; i < 50; i++) expect((await owner.agent.post('/api/invitations', { email: `guest${i}@example.ch`, role: 'member' })).statusCode).toBe(201);
    const res = await owner.agent.post('/api/invitations', { email: 'one-more@example.ch', role: 'member' });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
    // Another organisation is not affected.
    expect((await (await signUp(t.app)).agent.post('/api/invitations', { email: 'one-more@example.ch', role: 'member' })).statusCode).toBe(201);
  });

  it('keeps nothing when the e-mail cannot be sent', async () => {
    const owner = await signUp(t.app);
    failMail = true;
    try {
      const res = await owner.agent.post('/api/invitations', { email: 'someone@example.ch', role: 'member' });
      expect(res.statusCode).toBe(502);
      expect(res.json().error.code).toBe('MAIL_SEND_FAILED');
    } finally {
      failMail = false;
    }
    expect((await owner.agent.get('/api/invitations')).json().items).toEqual([]);
  });

  it('lets only owners invite owners, and only owners and admins invite at all', async () => {
    const owner = await signUp(t.app);
    const admin = await join(owner, 'admin');
    const member = await join(owner, 'member');
    const accountant = await join(owner, 'accountant');
    const byAdmin = await admin.agent.post('/api/invitations', { email: 'x1@example.ch', role: 'owner' });
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().error.code).toBe('OWNER_REQUIRED');
    expect((await admin.agent.post('/api/invitations', { email: 'x2@example.ch', role: 'admin' })).statusCode).toBe(201);
    expect((await owner.agent.post('/api/invitations', { email: 'x3@example.ch', role: 'owner' })).statusCode).toBe(201);
    for (const who of [member, accountant]) {
      expect((await who.agent.post('/api/invitations', { email: 'x4@example.ch', role: 'member' })).json().error.code).toBe('FORBIDDEN');
      expect((await who.agent.get('/api/invitations')).json().error.code).toBe('FORBIDDEN');
      const pending = (await owner.agent.get('/api/invitations')).json().items[0];
      expect((await who.agent.delete(`/api/invitations/${pending.id}`)).json().error.code).toBe('FORBIDDEN');
    }
  });

  it('never shows or revokes another organisation’s invitations', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const mine = (await a.agent.post('/api/invitations', { email: 'guest@example.ch', role: 'member' })).json();
    await b.agent.post('/api/invitations', { email: 'other@example.ch', role: 'member' });
    const res = await b.agent.delete(`/api/invitations/${mine.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await b.agent.get('/api/invitations?status=all')).json().items.map((i: { email: string }) => i.email)).toEqual(['other@example.ch']);
    expect((await a.agent.get('/api/invitations')).json().items[0].status).toBe('pending');
  });
});

describe('members and roles', () => {
  it('changes roles, audited, within the owner rules', async () => {
    const owner = await signUp(t.app);
    const admin = await join(owner, 'admin');
    const member = await join(owner, 'member');
    const promoted = await admin.agent.patch(`/api/members/${member.userId}`, { role: 'accountant' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ userId: member.userId, role: 'accountant', email: member.email });
    // Admins neither make nor unmake owners.
    expect((await admin.agent.patch(`/api/members/${member.userId}`, { role: 'owner' })).json().error.code).toBe('OWNER_REQUIRED');
    expect((await admin.agent.patch(`/api/members/${owner.userId}`, { role: 'admin' })).json().error.code).toBe('OWNER_REQUIRED');
    expect((await admin.agent.delete(`/api/members/${owner.userId}`)).json().error.code).toBe('OWNER_REQUIRED');
    expect((await owner.agent.patch(`/api/members/${admin.userId}`, { role: 'owner' })).json().role).toBe('owner');
    // With two owners one may step down.
    expect((await owner.agent.patch(`/api/members/${owner.userId}`, { role: 'admin' })).json().role).toBe('admin');
    const events = await t.db.prisma.auditEvent.findMany({ where: { organisationId: owner.organisationId, action: 'member.role_changed' }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.data)).toEqual([
      { from: 'member', to: 'accountant' },
      { from: 'admin', to: 'owner' },
      { from: 'owner', to: 'admin' },
    ]);
    expect(events[0]?.actorUserId).toBe(admin.userId);
  });

  it('never demotes or removes the last owner', async () => {
    const owner = await signUp(t.app);
    const admin = await join(owner, 'admin');
    for (const res of [await owner.agent.patch(`/api/members/${owner.userId}`, { role: 'admin' }), await owner.agent.delete(`/api/members/${owner.userId}`)]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('LAST_OWNER');
    }
    // Two owners demoting each other at once: one of them stays owner.
    await owner.agent.patch(`/api/members/${admin.userId}`, { role: 'owner' });
    const results = await Promise.all([owner.agent.patch(`/api/members/${admin.userId}`, { role: 'member' }), admin.agent.patch(`/api/members/${owner.userId}`, { role: 'member' })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.db.prisma.membership.count({ where: { organisationId: owner.organisationId, role: 'owner' } })).toBe(1);
  });

  it('removes members, lets anyone leave, and cuts their access at once', async () => {
    const owner = await signUp(t.app);
    const admin = await join(owner, 'admin');
    const member = await join(owner, 'member');
    const accountant = await join(owner, 'accountant');
    expect((await member.agent.delete(`/api/members/${accountant.userId}`)).json().error.code).toBe('FORBIDDEN');
    expect((await accountant.agent.patch(`/api/members/${member.userId}`, { role: 'admin' })).json().error.code).toBe('FORBIDDEN');
    expect((await admin.agent.delete(`/api/members/${member.userId}`)).statusCode).toBe(204);
    expect((await member.agent.get('/api/organisation')).json().error.code).toBe('NO_ORGANISATION');
    expect((await accountant.agent.delete(`/api/members/${accountant.userId}`)).statusCode).toBe(204);
    expect((await admin.agent.get('/api/members')).json().items.map((m: { userId: string }) => m.userId)).toEqual([owner.userId, admin.userId]);
    const removed = await t.db.prisma.auditEvent.findMany({ where: { organisationId: owner.organisationId, action: 'member.removed' }, orderBy: { createdAt: 'asc' } });
    expect(removed.map((e) => [e.targetId, (e.data as { left: boolean }).left])).toEqual([
      [member.userId, false],
      [accountant.userId, true],
    ]);
  });

  it('makes a role change or a removal on one instance hold at once on another (cached roles are dropped)', async () => {
    // A second API instance on the same database and store, as behind the production load balancer.
    const other = await buildApp({ config: t.config, db: t.db, store: t.store, logger: false, mailer: { send: async () => {} } });
    await other.ready();
    try {
      const owner = await signUp(t.app);
      const admin = await join(owner, 'admin');
      const onOther = agent(other);
      onOther.cookie = admin.agent.cookie;
      // The other instance reads the admin's role and keeps it.
      expect((await onOther.patch('/api/organisation', { paymentTermDays: 20 })).statusCode).toBe(200);
      expect((await owner.agent.patch(`/api/members/${admin.userId}`, { role: 'accountant' })).statusCode).toBe(200);
      await expect.poll(async () => (await onOther.patch('/api/organisation', { paymentTermDays: 25 })).statusCode, { timeout: 2000, interval: 20 }).toBe(403);
      expect((await onOther.get('/api/me')).json().role).toBe('accountant');
      expect((await owner.agent.delete(`/api/members/${admin.userId}`)).statusCode).toBe(204);
      await expect.poll(async () => (await onOther.get('/api/organisation')).json().error?.code, { timeout: 2000, interval: 20 }).toBe('NO_ORGANISATION');
      // The instance that made the change never answers with the old role, not even once.
      const member = await join(owner, 'member');
      expect((await member.agent.get('/api/organisation')).statusCode).toBe(200);
      expect((await owner.agent.patch(`/api/members/${member.userId}`, { role: 'accountant' })).statusCode).toBe(200);
      expect((await member.agent.patch('/api/organisation', { paymentTermDays: 30 })).statusCode).toBe(403);
    } finally {
      await other.close();
    }
  });

  it.each<[Record<string, unknown>, string]>([
    [{ role: 'boss' }, 'role'],
    [{}, 'role'],
    [{ role: 'admin', userId: '01234567-0123-7123-8123-0123456789ab' }, ''],
  ])('refuses the role change %j', async (body, field) => {
    const owner = await signUp(t.app);
    const member = await join(owner, 'member');
    const res = await owner.agent.patch(`/api/members/${member.userId}`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    if (field) expect(res.json().error.field).toBe(field);
    expect((await owner.agent.patch('/api/members/not-an-id', { role: 'admin' })).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('never shows or touches another organisation’s members', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const aMember = await join(a, 'member');
    for (const res of [await b.agent.patch(`/api/members/${aMember.userId}`, { role: 'admin' }), await b.agent.delete(`/api/members/${aMember.userId}`), await b.agent.delete(`/api/members/${a.userId}`)]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect((await b.agent.get('/api/members')).json().items.map((m: { userId: string }) => m.userId)).toEqual([b.userId]);
    expect(await t.db.prisma.membership.count({ where: { organisationId: a.organisationId } })).toBe(2);
  });
});
