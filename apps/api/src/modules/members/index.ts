import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import type { Store } from '@simplifaq/store';
import type { Mailer } from '../../lib/mailer';
import { createRateLimiter } from '../auth/rate-limit';
import type { SessionStore } from '../auth/session-store';
import { createInvitationRepo } from './invitation-repo';
import { invitationRoutes } from './invitation-routes';
import { createInvitationService } from './invitation-service';
import { createMemberRepo } from './member-repo';
import { memberRoutes } from './member-routes';
import { createMemberService } from './member-service';
import type { MembershipCache } from './membership-cache';

export interface MembersModuleDeps {
  prisma: PrismaClient;
  store: Store;
  sessions: SessionStore;
  memberships: MembershipCache;
  mailer: Mailer;
  publicUrl: string;
}

export async function membersModule(app: FastifyInstance, deps: MembersModuleDeps) {
  const members = createMemberRepo(deps.prisma);
  await app.register(memberRoutes, { members: createMemberService({ prisma: deps.prisma, members, memberships: deps.memberships }) });
  const invitations = createInvitationService({ ...deps, members, invitations: createInvitationRepo(deps.prisma), limiter: createRateLimiter(deps.store) });
  await app.register(invitationRoutes, { invitations });
}
