import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Language, PrismaClient } from '@simplifaq/db';
import type { Store } from '@simplifaq/store';
import { AppError, conflict, unauthorized } from '../../lib/app-error';
import { passwordResetMail } from '../../lib/mail-texts';
import type { Mailer } from '../../lib/mailer';
import { recordAuditEvent } from '../audit/audit-repo';
import type { AuthLog } from './auth-log';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hash';
import { assertPasswordAcceptable } from './password-policy';
import type { Limit, RateLimiter } from './rate-limit';
import type { SessionStore } from './session-store';
import type { TMe } from './auth-schemas';
import type { UserRepo } from './user-repo';

const TEN_MINUTES = 10 * 60_000;
const RESET_TTL_MS = 60 * 60_000;

export interface AuthServiceDeps {
  prisma: PrismaClient;
  store: Store;
  users: UserRepo;
  sessions: SessionStore;
  limiter: RateLimiter;
  authLog: AuthLog;
  mailer: Mailer;
  publicUrl: string;
}

export interface ClientInfo {
  ip: string;
  userAgent?: string;
  /** The request's logger, so that what the service logs carries the request id. */
  log?: FastifyBaseLogger;
}

// Per account *and* address: the sixth failure from one place is refused while the owner can
// still sign in from elsewhere. Per address across accounts: stops one host trying many accounts.
const loginLimits = (email: string, ip: string): Limit[] => [
  { key: `login:acct:${createHash('sha256').update(email).digest('hex')}:${ip}`, max: 5, windowMs: TEN_MINUTES },
  { key: `login:ip:${ip}`, max: 20, windowMs: TEN_MINUTES },
];
const signupLimits = (ip: string): Limit[] => [{ key: `signup:ip:${ip}`, max: 5, windowMs: 60 * 60_000 }];
const resetKey = (token: string) => `pwreset:${createHash('sha256').update(token).digest('hex')}`;

export function createAuthService(deps: AuthServiceDeps) {
  const { users, sessions, limiter, authLog } = deps;

  async function me(userId: string, organisationId: string | null): Promise<TMe> {
    const user = await users.findById(userId);
    if (!user) throw unauthorized();
    const memberships = await users.memberships(userId);
    const active = memberships.find((m) => m.organisation.id === organisationId);
    return {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
      organisations: memberships.map((m) => ({ id: m.organisation.id, name: m.organisation.name, role: m.role })),
      activeOrganisationId: active?.organisation.id ?? null,
      role: active?.role ?? null,
    };
  }

  return {
    me,

    async signup(input: { email: string; password: string; name: string; locale?: Language; organisationName: string }, client: ClientInfo) {
      const limits = signupLimits(client.ip);
      await limiter.assertAllowed(limits);
      await limiter.hit(limits);
      assertPasswordAcceptable(input.password, 'password', input.email);
      if (await users.findByEmail(input.email)) throw conflict('EMAIL_TAKEN', 'An account with this e-mail address already exists.', 'email');
      const passwordHash = await hashPassword(input.password);
      const { user, organisation } = await users
        .createWithOrganisation({ email: input.email, passwordHash, name: input.name, locale: input.locale ?? 'fr' }, input.organisationName)
        .catch((err: { code?: string }) => {
          if (err.code === 'P2002') throw conflict('EMAIL_TAKEN', 'An account with this e-mail address already exists.', 'email');
          throw err;
        });
      await recordAuditEvent(deps.prisma, {
        organisationId: organisation.id,
        actorUserId: user.id,
        action: 'organisation.created',
        targetType: 'organisation',
        targetId: organisation.id,
        ...client,
      });
      const sessionId = await sessions.create(user.id, organisation.id);
      return { sessionId, me: await me(user.id, organisation.id) };
    },

    async login(input: { email: string; password: string }, client: ClientInfo, previousSessionId?: string) {
      const limits = loginLimits(input.email, client.ip);
      try {
        await limiter.assertAllowed(limits);
      } catch (err) {
        authLog.fail(client.ip, 'rate_limited', client.log);
        throw err;
      }
      const user = await users.findByEmail(input.email);
      const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
      if (!user || !ok) {
        await limiter.hit(limits);
        authLog.fail(client.ip, user ? 'bad_password' : 'unknown_user', client.log);
        throw new AppError('INVALID_CREDENTIALS', 'The e-mail address or the password is wrong.', 401);
      }
      await limiter.clear(limits.slice(0, 1));
      // Session fixation: whatever session the browser brought is ended, a new id is issued.
      if (previousSessionId) await sessions.destroy(previousSessionId);
      const memberships = await users.memberships(user.id);
      const organisationId = memberships[0]?.organisation.id ?? null;
      const sessionId = await sessions.create(user.id, organisationId);
      await recordAuditEvent(deps.prisma, { organisationId, actorUserId: user.id, action: 'auth.login', targetType: 'user', targetId: user.id, ...client });
      return { sessionId, me: await me(user.id, organisationId) };
    },

    logout: (sessionId: string) => sessions.destroy(sessionId),

    logoutEverywhere: (userId: string) => sessions.destroyAllForUser(userId),

    async switchOrganisation(userId: string, sessionId: string, organisationId: string) {
      // Not a member: the same answer as an organisation that does not exist.
      if (!(await users.membership(userId, organisationId))) throw new AppError('NOT_FOUND', 'The organisation does not exist.', 404);
      await sessions.setOrganisation(sessionId, organisationId);
      return me(userId, organisationId);
    },

    async changePassword(userId: string, sessionId: string | undefined, input: { currentPassword: string; newPassword: string }, client: ClientInfo) {
      const user = await users.findById(userId);
      if (!user) throw unauthorized();
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        authLog.fail(client.ip, 'bad_password', client.log);
        throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong.', 400, 'currentPassword');
      }
      assertPasswordAcceptable(input.newPassword, 'newPassword', user.email);
      await users.setPassword(userId, await hashPassword(input.newPassword));
      // Whoever else holds a session with the old password is signed out.
      await sessions.destroyAllForUser(userId, sessionId);
    },

    async requestPasswordReset(email: string, client: ClientInfo, language?: Language) {
      const limits: Limit[] = [{ key: `reset:ip:${client.ip}`, max: 10, windowMs: 60 * 60_000 }];
      await limiter.assertAllowed(limits);
      await limiter.hit(limits);
      const user = await users.findByEmail(email);
      // Same answer whether the account exists or not: no account discovery through this form.
      if (!user) return;
      const token = randomBytes(32).toString('base64url');
      await deps.store.set(resetKey(token), user.id, { ttlMs: RESET_TTL_MS });
      const link = `${deps.publicUrl}/reset-password?token=${token}`;
      await deps.mailer.send({ to: user.email, ...passwordResetMail(language ?? user.locale, { name: user.name, link }) }, client.log);
    },

    async confirmPasswordReset(input: { token: string; password: string }, client: ClientInfo) {
      const key = resetKey(input.token);
      const userId = await deps.store.get(key);
      const user = userId ? await users.findById(userId) : null;
      if (!user) {
        authLog.fail(client.ip, 'bad_reset_token', client.log);
        throw new AppError('RESET_TOKEN_INVALID', 'This link is invalid or has expired. Ask for a new one.', 400, 'token');
      }
      assertPasswordAcceptable(input.password, 'password', user.email);
      await users.setPassword(user.id, await hashPassword(input.password));
      await deps.store.delete(key);
      await sessions.destroyAllForUser(user.id);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
