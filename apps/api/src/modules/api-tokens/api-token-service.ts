import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@simplifaq/db';
import { notFound } from '../../lib/app-error';
import type { OrgScope } from '../../lib/request-context';
import { audit } from '../audit/audit-actor';
import type { AuditActor } from '../audit/audit-actor';
import type { ApiTokenRepo } from './api-token-repo';
import type { TApiTokenInput, TApiTokenListQuery } from './api-token-schemas';

export const TOKEN_PREFIX = 'sfq_';

/**
 * `sfq_` + 32 random bytes in base64url (43 characters): 256 bits, so the token can be stored as
 * a plain SHA-256 (no salt or slow hash needed: nothing to guess). The prefix makes leaked tokens
 * easy to spot by secret scanners; plugins/auth-context.ts hashes the same way to look them up.
 */
export function generateApiToken(): { token: string; tokenHash: string; tokenPrefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: createHash('sha256').update(token).digest('hex'), tokenPrefix: token.slice(0, 10) };
}

export interface ApiTokenServiceDeps {
  prisma: PrismaClient;
  tokens: ApiTokenRepo;
  now?: () => Date;
}

export function createApiTokenService({ prisma, tokens, now = () => new Date() }: ApiTokenServiceDeps) {
  return {
    list: (scope: OrgScope, query: TApiTokenListQuery) => tokens.list(scope.organisationId, query),

    /** The only moment the token is visible: the answer carries it, the database its hash. */
    async create(scope: OrgScope, input: TApiTokenInput, actor: AuditActor) {
      const { token, tokenHash, tokenPrefix } = generateApiToken();
      const expiresAt = input.expiresInDays ? new Date(now().getTime() + input.expiresInDays * 24 * 60 * 60_000) : null;
      const row = await prisma.$transaction(async (tx) => {
        const created = await tokens.create({ organisationId: scope.organisationId, name: input.name, role: input.role, tokenHash, tokenPrefix, createdById: scope.userId, expiresAt }, tx);
        await audit(tx, scope.organisationId, actor, { action: 'api_token.created', targetType: 'api_token', targetId: created.id, data: { name: input.name, role: input.role, tokenPrefix } });
        return created;
      });
      return { ...row, token };
    },

    /** Revoked tokens answer 401 from the next request on; revoking twice is harmless. */
    async revoke(scope: OrgScope, id: string, actor: AuditActor) {
      const row = await tokens.find(scope.organisationId, id);
      if (!row) throw notFound('API token');
      await prisma.$transaction(async (tx) => {
        if (await tokens.revoke(scope.organisationId, id, now(), tx)) {
          await audit(tx, scope.organisationId, actor, { action: 'api_token.revoked', targetType: 'api_token', targetId: id, data: { name: row.name, tokenPrefix: row.tokenPrefix } });
        }
      });
    },
  };
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>;
