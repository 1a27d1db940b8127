import type { PrismaClient, Role } from '@simplifaq/db';
import { AppError, conflict, forbidden, notFound } from '../../lib/app-error';
import { ADMIN_ROLES } from '../../lib/request-context';
import type { OrgScope } from '../../lib/request-context';
import { audit } from '../audit/audit-actor';
import type { AuditActor } from '../audit/audit-actor';
import { lockOrganisation } from '../organisation/organisation-lock';
import type { MemberRepo, MemberRow } from './member-repo';
import type { MembershipCache } from './membership-cache';
import type { TMember, TMemberListQuery } from './member-schemas';

export function presentMember(row: MemberRow, scope: OrgScope): TMember {
  return { userId: row.userId, email: row.user.email, name: row.user.name, role: row.role, joinedAt: row.createdAt, isYou: row.userId === scope.userId };
}

/** Owners alone grant, change or take away the owner role. */
export function assertMayManage(scope: OrgScope, ...roles: Role[]) {
  if (roles.includes('owner') && scope.role !== 'owner') {
    throw new AppError('OWNER_REQUIRED', 'Only an owner can grant, change or remove the owner role.', 403);
  }
}

const lastOwner = () => conflict('LAST_OWNER', 'An organisation keeps at least one owner: make someone else owner first.');

export interface MemberServiceDeps {
  prisma: PrismaClient;
  members: MemberRepo;
  memberships: MembershipCache;
}

export function createMemberService({ prisma, members, memberships }: MemberServiceDeps) {
  return {
    async list(scope: OrgScope, query: TMemberListQuery) {
      const page = await members.list(scope.organisationId, query);
      return { ...page, items: page.items.map((m) => presentMember(m, scope)) };
    },

    /**
     * Changes a member's role. Every change of one organisation's memberships takes the
     * organisation lock first, so two owners demoting each other at once cannot leave none.
     */
    async changeRole(scope: OrgScope, userId: string, role: Role, actor: AuditActor) {
      const row = await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, scope.organisationId);
        const current = await members.find(scope.organisationId, userId, tx);
        if (!current) throw notFound('member');
        if (current.role === role) return current;
        assertMayManage(scope, current.role, role);
        if (current.role === 'owner' && (await members.countOwners(scope.organisationId, tx)) <= 1) throw lastOwner();
        const updated = await members.setRole(scope.organisationId, userId, role, tx);
        await audit(tx, scope.organisationId, actor, { action: 'member.role_changed', targetType: 'user', targetId: userId, data: { from: current.role, to: role } });
        return updated;
      });
      await memberships.changed(scope.organisationId, userId);
      return presentMember(row, scope);
    },

    /** Owners and admins remove others; anyone may leave, except the last owner. */
    async remove(scope: OrgScope, userId: string, actor: AuditActor) {
      const self = scope.userId !== null && scope.userId === userId;
      if (!self && !ADMIN_ROLES.includes(scope.role)) throw forbidden();
      await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, scope.organisationId);
        const current = await members.find(scope.organisationId, userId, tx);
        if (!current) throw notFound('member');
        if (!self) assertMayManage(scope, current.role);
        if (current.role === 'owner' && (await members.countOwners(scope.organisationId, tx)) <= 1) throw lastOwner();
        await members.remove(scope.organisationId, userId, tx);
        await audit(tx, scope.organisationId, actor, { action: 'member.removed', targetType: 'user', targetId: userId, data: { role: current.role, email: current.user.email, left: self } });
      });
      await memberships.changed(scope.organisationId, userId);
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
