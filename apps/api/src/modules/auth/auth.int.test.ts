import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mail, Mailer } from '../../lib/mailer';
import { agent, signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
const mails: Mail[] = [];
const mailer: Mailer = { send: async (m) => void mails.push(m) };
beforeAll(async () => {
  t = await createTestApp({}, { mailer });
});
afterAll(() => t?.close());

const authLog = () => readFileSync(join(t.config.logDir, 'auth.log'), 'utf8');

describe('sign up', () => {
  it('creates the user, the organisation and the owner membership, and signs in', async () => {
    const { agent: a, organisationId } = await signUp(t.app, { organisationName: 'Boulangerie Favre' });
    const me = await a.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ activeOrganisationId: organisationId, role: 'owner', organisations: [{ name: 'Boulangerie Favre', role: 'owner' }] });
    const cookie = (await a.post('/api/auth/logout')).cookies.find((c) => c.name === 'sf_session');
    expect(cookie?.value).toBe('');
  });

  it.each([
    ['short', 'PASSWORD_LENGTH'],
    ['x'.repeat(129), 'PASSWORD_LENGTH'],
    ['qwertyuiop', 'PASSWORD_TOO_COMMON'],
    ['Password123', 'PASSWORD_TOO_COMMON'],
  ])('refuses the password %s with %s', async (password, code) => {
    const res = await agent(t.app).post('/api/auth/signup', { email: `p${code}${password.length}@example.ch`, password, name: 'A', organisationName: 'B' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, field: 'password' });
  });

  it('refuses a taken e-mail address (case-insensitive) and malformed input', async () => {
    const { email } = await signUp(t.app);
    const again = await agent(t.app).post('/api/auth/signup', { email: email.toUpperCase(), password: 'another-long-passphrase', name: 'B', organisationName: 'C' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
    const bad = await agent(t.app).post('/api/auth/signup', { email: 'not-an-email', password: 'another-long-passphrase', name: 'B', organisationName: 'C' });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'email' });
    const extra = await agent(t.app).post('/api/auth/signup', { email: 'x@example.ch', password: 'another-long-passphrase', name: 'B', organisationName: 'C', role: 'owner' });
    expect(extra.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('log in', () => {
  it('issues a new session id and ends the one the browser brought (no fixation)', async () => {
    const { agent: first, email, password } = await signUp(t.app);
    const before = first.cookie;
    const res = await first.post('/api/auth/login', { email, password });
    expect(res.statusCode).toBe(200);
    expect(first.cookie).toBeTruthy();
    expect(first.cookie).not.toBe(before);
    const old = agent(t.app);
    old.cookie = before;
    expect((await old.get('/api/me')).statusCode).toBe(401);
    expect((await first.get('/api/me')).statusCode).toBe(200);
    const set = res.headers['set-cookie'] as string;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
  });

  it('answers a wrong password or unknown account alike and logs one AUTH_FAIL line each', async () => {
    const { email } = await signUp(t.app);
    const wrong = await agent(t.app, { ip: '192.0.2.10' }).post('/api/auth/login', { email, password: 'not-the-password-1' });
    const unknown = await agent(t.app, { ip: '192.0.2.11' }).post('/api/auth/login', { email: 'nobody@example.ch', password: 'not-the-password-1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    await expect.poll(authLog).toMatch(/^\S+Z AUTH_FAIL ip=192\.0\.2\.10 reason=bad_password$/m);
    await expect.poll(authLog).toMatch(/^\S+Z AUTH_FAIL ip=192\.0\.2\.11 reason=unknown_user$/m);
  });

  it('refuses the 6th failure within 10 minutes with 429, while the owner still signs in from elsewhere', async () => {
    const { email, password } = await signUp(t.app);
    const attacker = agent(t.app, { ip: '198.51.100.7' });
    for (let i = 0; i < 5; i++) {
      expect((await attacker.post('/api/auth/login', { email, password: `wrong-password-${i}` })).statusCode).toBe(401);
    }
    const sixth = await attacker.post('/api/auth/login', { email, password });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('RATE_LIMITED');
    await expect.poll(authLog).toMatch(/AUTH_FAIL ip=198\.51\.100\.7 reason=rate_limited/);
    expect((await agent(t.app, { ip: '203.0.113.5' }).post('/api/auth/login', { email, password })).statusCode).toBe(200);
  });

  it('keeps whatever the client sends out of the auth log line', async () => {
    await agent(t.app, { ip: '192.0.2.99' }).post('/api/auth/login', { email: 'evil@example.ch\nAUTH_FAIL ip=6.6.6.6 reason=x', password: 'x'.repeat(12) });
    await agent(t.app, { ip: '192.0.2.98' }).post('/api/auth/login', { email: 'evil2@example.ch', password: 'pw\nAUTH_FAIL ip=6.6.6.6' });
    await expect.poll(authLog).toMatch(/ip=192\.0\.2\.98 /);
    expect(authLog()).not.toContain('6.6.6.6');
    for (const line of authLog().trim().split('\n')) expect(line).toMatch(/^\S+Z AUTH_FAIL ip=[0-9a-f.:]+ reason=[a-z_]+$/);
  });
});

describe('sessions', () => {
  it('logs out this session only, or every session of the account', async () => {
    const { agent: a, email, password } = await signUp(t.app);
    const b = agent(t.app, { ip: '10.9.9.9' });
    await b.post('/api/auth/login', { email, password });
    const c = agent(t.app, { ip: '10.9.9.8' });
    await c.post('/api/auth/login', { email, password });
    expect((await a.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await a.get('/api/me')).statusCode).toBe(401);
    expect((await b.get('/api/me')).statusCode).toBe(200);
    expect((await b.post('/api/auth/logout-all')).statusCode).toBe(204);
    expect((await b.get('/api/me')).statusCode).toBe(401);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });

  it('ends the other sessions when the password changes', async () => {
    const { agent: a, email, password } = await signUp(t.app);
    const other = agent(t.app, { ip: '10.9.8.1' });
    await other.post('/api/auth/login', { email, password });
    const wrong = await a.post('/api/me/password', { currentPassword: 'nope-nope-nope', newPassword: 'Ein-neues-Passwort-2026' });
    expect(wrong.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' });
    const weak = await a.post('/api/me/password', { currentPassword: password, newPassword: '1234567890' });
    expect(weak.json().error).toMatchObject({ code: 'PASSWORD_TOO_COMMON', field: 'newPassword' });
    expect((await a.post('/api/me/password', { currentPassword: password, newPassword: 'Ein-neues-Passwort-2026' })).statusCode).toBe(204);
    expect((await a.get('/api/me')).statusCode).toBe(200);
    expect((await other.get('/api/me')).statusCode).toBe(401);
  });

  it('refuses a forged or tampered cookie', async () => {
    const a = agent(t.app);
    a.cookie = 'made-up-session-id.signature';
    expect((await a.get('/api/me')).statusCode).toBe(401);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and ends every session', async () => {
    const { agent: a, email } = await signUp(t.app);
    const res = await agent(t.app).post('/api/auth/password-reset', { email });
    expect(res.statusCode).toBe(202);
    expect((await agent(t.app).post('/api/auth/password-reset', { email: 'nobody-here@example.ch' })).statusCode).toBe(202);
    const mail = mails.find((m) => m.to === email);
    // In the account's language (French at sign-up), one language per mail.
    expect(mail).toMatchObject({ subject: 'SimpliFaq – réinitialiser votre mot de passe', text: expect.stringContaining('Bonjour Anna Muster,') });
    expect(mail!.text).not.toMatch(/Passwort|choose a new password/);
    const token = /token=([\w-]+)/.exec(mail!.text)![1]!;
    const confirm = await agent(t.app).post('/api/auth/password-reset/confirm', { token, password: 'Neues-Kennwort-fuer-2027' });
    expect(confirm.statusCode).toBe(204);
    expect((await a.get('/api/me')).statusCode).toBe(401);
    const again = await agent(t.app).post('/api/auth/password-reset/confirm', { token, password: 'Noch-ein-Kennwort-2027' });
    expect(again.json().error.code).toBe('RESET_TOKEN_INVALID');
    expect((await agent(t.app, { ip: '10.7.7.7' }).post('/api/auth/login', { email, password: 'Neues-Kennwort-fuer-2027' })).statusCode).toBe(200);
  });

  it('writes the mail in the language the form was used in', async () => {
    const { email } = await signUp(t.app);
    await agent(t.app).post('/api/auth/password-reset', { email, language: 'de' });
    const mail = mails.filter((m) => m.to === email).at(-1)!;
    expect(mail.subject).toBe('SimpliFaq – Passwort zurücksetzen');
    expect(mail.text).toMatch(/^Guten Tag Anna Muster\n\nUm ein neues Passwort zu wählen, öffnen Sie innert einer Stunde diesen Link:\nhttp/);
    expect((await agent(t.app).post('/api/auth/password-reset', { email, language: 'rm' })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'language' });
  });
});

describe('CSRF', () => {
  it('refuses state-changing requests from another site or without any origin', async () => {
    const { agent: a } = await signUp(t.app);
    const foreign = await a.request({ method: 'POST', url: '/api/auth/logout-all', headers: { origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('CSRF_REJECTED');
    const none = agent(t.app, { origin: null });
    none.cookie = a.cookie;
    expect((await none.post('/api/auth/logout-all')).json().error.code).toBe('CSRF_REJECTED');
    expect((await a.get('/api/me')).statusCode).toBe(200);
    const referer = await none.request({ method: 'POST', url: '/api/auth/logout-all', headers: { referer: 'http://localhost:80/settings' } });
    expect(referer.statusCode).toBe(204);
  });
});
