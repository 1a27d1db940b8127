import type { FastifyRequest } from 'fastify';
import type { Role } from '@simplifaq/db';
import { AppError, unauthorized } from './app-error';

/** Who is calling: a signed-in user (cookie session) or an integration (API token). */
export interface AuthContext {
  via: 'session' | 'token';
  /** Null for API tokens, which act for the organisation, not for a person. */
  userId: string | null;
  organisationId: string | null;
  role: Role | null;
  sessionId?: string;
  tokenId?: string;
}

/** The tenant a request acts in: every repository call is scoped by it. */
export interface OrgScope {
  organisationId: string;
  userId: string | null;
  role: Role;
}

/** Roles that may change data; `accountant` is read-only. */
export const WRITER_ROLES: readonly Role[] = ['owner', 'admin', 'member'];
export const ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];
export const ALL_ROLES: readonly Role[] = ['owner', 'admin', 'member', 'accountant'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route: `public` anyone, `user` a signed-in person (any organisation),
     * `org` a member of the active organisation (default for /api routes) with one of `roles`
     * (default: everyone for reads, owner/admin/member for writes).
     */
    auth?: 'public' | 'user' | 'org';
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export function requireUser(request: FastifyRequest): AuthContext & { userId: string } {
  const auth = request.auth;
  if (!auth?.userId) throw unauthorized();
  return auth as AuthContext & { userId: string };
}

export function orgScope(request: FastifyRequest): OrgScope {
  const auth = request.auth;
  if (!auth) throw unauthorized();
  if (!auth.organisationId || !auth.role) {
    throw new AppError('NO_ORGANISATION', 'Choose or create an organisation first.', 403);
  }
  return { organisationId: auth.organisationId, userId: auth.userId, role: auth.role };
}
