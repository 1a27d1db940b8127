import { createHash } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { PrismaClient } from '@simplifaq/db';
import { AppError, forbidden, unauthorized } from '../lib/app-error';
import { ALL_ROLES, WRITER_ROLES } from '../lib/request-context';
import type { AuthContext } from '../lib/request-context';
import type { AuthLog } from '../modules/auth/auth-log';
import type { SessionStore } from '../modules/auth/session-store';
import type { MembershipCache } from '../modules/members/membership-cache';

export const SESSION_COOKIE = 'sf_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuthContextOptions {
  prisma: PrismaClient;
  sessions: SessionStore;
  memberships: MembershipCache;
  authLog: AuthLog;
  secret: string;
  cookieSecure: boolean;
  sessionMaxAgeMs: number;
  allowedOrigins: string[];
}

declare module 'fastify' {
  interface FastifyReply {
    setSessionCookie(id: string): FastifyReply;
    clearSessionCookie(): FastifyReply;
  }
  interface FastifyRequest {
    /** The raw session id from the signed cookie, valid or not yet checked. */
    sessionCookie: string | null;
  }
}

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

/** CSRF: a browser always sends Origin (or at least Referer) with a state-changing request. */
function sameOrigin(request: FastifyRequest, allowed: string[]): boolean {
  const own = safeOrigin(`${request.protocol}://${request.host}`);
  const header = request.headers.origin ?? request.headers.referer;
  const origin = header === undefined ? undefined : safeOrigin(header);
  if (origin === undefined) return request.sessionCookie === null; // no browser credentials to abuse
  return origin === own || allowed.includes(origin);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * Resolves who is calling (session cookie or API token) into `request.auth`, refuses
 * cross-site state-changing requests, and enforces each route's `config.auth` / `config.roles`.
 */
export const authContextPlugin = fp(
  async (app: FastifyInstance, opts: AuthContextOptions) => {
    await app.register(fastifyCookie, { secret: opts.secret });
    app.decorateRequest('auth', null);
    app.decorateRequest('sessionCookie', null);
    app.decorateReply('setSessionCookie', function (this: FastifyReply, id: string) {
      return this.setCookie(SESSION_COOKIE, id, {
        signed: true,
        httpOnly: true,
        secure: opts.cookieSecure,
        sameSite: 'lax',
        path: '/',
        maxAge: Math.floor(opts.sessionMaxAgeMs / 1000),
      });
    });
    app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
      return this.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: opts.cookieSecure, sameSite: 'lax' });
    });

    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const token = bearer(request);
      if (token) {
        request.auth = await resolveToken(token, request);
        return;
      }
      const raw = request.cookies[SESSION_COOKIE];
      if (!raw) return;
      const unsigned = request.unsignCookie(raw);
      if (!unsigned.valid || !unsigned.value) return;
      request.sessionCookie = unsigned.value;
      const session = await opts.sessions.get(unsigned.value);
      if (!session) return;
      let role = null;
      if (session.organisationId) {
        role = await opts.memberships.role(session.organisationId, session.userId);
      }
      request.auth = {
        via: 'session',
        userId: session.userId,
        organisationId: role ? session.organisationId : null,
        role,
        sessionId: unsigned.value,
      };
    });

    async function resolveToken(token: string, request: FastifyRequest): Promise<AuthContext> {
      const tokenHash = createHash('sha256').update(token).digest('hex');
      const row = await opts.prisma.apiToken.findUnique({ where: { tokenHash } });
      const now = new Date();
      if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) {
        opts.authLog.fail(request.ip, 'bad_api_token', request.log);
        throw new AppError('INVALID_TOKEN', 'The API token is invalid, expired or revoked.', 401);
      }
      // At most one write a minute per token.
      if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
        await opts.prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
      }
      return { via: 'token', userId: null, organisationId: row.organisationId, role: row.role, tokenId: row.id };
    }

    app.addHook('preHandler', async (request) => {
      const url = request.routeOptions.url;
      if (!url?.startsWith('/api/') || url.startsWith('/api/docs')) return;
      const cfg = request.routeOptions.config;
      const level = cfg.auth ?? 'org';
      if (UNSAFE_METHODS.has(request.method) && request.auth?.via !== 'token' && !sameOrigin(request, opts.allowedOrigins)) {
        throw new AppError('CSRF_REJECTED', 'This request did not come from the SimpliFaq web app.', 403);
      }
      if (level === 'public') return;
      const auth = request.auth;
      if (!auth) throw unauthorized();
      if (level === 'user') {
        if (!auth.userId) throw forbidden('API tokens cannot use this route.');
        return;
      }
      if (!auth.organisationId || !auth.role) throw new AppError('NO_ORGANISATION', 'Choose or create an organisation first.', 403);
      const roles = cfg.roles ?? (request.method === 'GET' || request.method === 'HEAD' ? ALL_ROLES : WRITER_ROLES);
      if (!roles.includes(auth.role)) throw forbidden();
    });
  },
  { name: 'auth-context', dependencies: ['error-handler'] },
);
