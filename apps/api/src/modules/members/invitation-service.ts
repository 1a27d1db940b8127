import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Invitation, Language, PrismaClient, Role } from '@simplifaq/db';
import { AppError, conflict, notFound } from '../../lib/app-error';
import { invitationMail } from '../../lib/mail-texts';
import type { Mailer } from '../../lib/mailer';
import type { OrgScope } from '../../lib/request-context';
import { audit } from '../audit/audit-actor';
import type { AuditActor } from '../audit/audit-actor';
import type { RateLimiter } from '../auth/rate-limit';
import type { SessionStore } from '../auth/session-store';
import type { InvitationRepo } from './invitation-repo';
import type { TInvitation, TInvitationInput, TInvitationListQuery, TInvitationStatus } from './invitation-schemas';
import type { MemberRepo } from './member-repo';
import { assertMayManage } from './member-service';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
// Each invitation sends an e-mail to an address the inviter typed: bounded so that an account
// cannot be used to mail strangers in bulk.
const INVITES_PER_DAY = 50;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function invitationStatus(row: Invitation, now: Date): TInvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

export function presentInvitation(row: Invitation, now: Date): TInvitation {
  const { organisationId: _org, tokenHash: _hash, ...rest } = row;
  return { ...rest, status: invitationStatus(row, now) };
}

// One answer for unknown, revoked and used tokens: nothing to learn by trying.
const invalid = () => new AppError('INVITATION_INVALID', 'This invitation link is not valid (any more). Ask for a new invitation.', 400, 'token');

export interface InvitationServiceDeps {
  prisma: PrismaClient;
  invitations: InvitationRepo;
  members: MemberRepo;
  mailer: Mailer;
  limiter: RateLimiter;
  sessions: SessionStore;
  publicUrl: string;
  now?: () => Date;
}

export function createInvitationService(deps: InvitationServiceDeps) {
  const { prisma, invitations, members } = deps;
  const now = deps.now ?? (() => new Date());

  async function sendMail(to: string, token: string, organisation: { name: string; language: Language }, role: Role, inviterName: string | null, log?: FastifyBaseLogger) {
    const link = `${deps.publicUrl}/invitations/accept?token=${token}`;
    await deps.mailer.send({ to, ...invitationMail(organisation.language, { organisationName: organisation.name, role, inviterName, link }) }, log);
  }

  return {
    async list(scope: OrgScope, query: TInvitationListQuery) {
      const at = now();
      const page = await invitations.list(scope.organisationId, query, at);
      return { ...page, items: page.items.map((i) => presentInvitation(i, at)) };
    },

    /** Creates an invitation (replacing any pending one for the address) and e-mails its link. */
    async create(scope: OrgScope, input: TInvitationInput, actor: AuditActor, log?: FastifyBaseLogger) {
      assertMayManage(scope, input.role);
      const limit = [{ key: `invite:org:${scope.organisationId}`, max: INVITES_PER_DAY, windowMs: 24 * 60 * 60_000 }];
      await deps.limiter.assertAllowed(limit);
      if (await members.isMemberByEmail(scope.organisationId, input.email)) {
        throw conflict('ALREADY_MEMBER', 'This person is already a member of the organisation.', 'email');
      }
      const token = randomBytes(32).toString('base64url');
      const at = now();
      const { invitation, organisation, inviter } = await prisma.$transaction(async (tx) => {
        const replaced = await invitations.revokePendingFor(scope.organisationId, input.email, at, tx);
        const invitation = await invitations.create(
          { organisationId: scope.organisationId, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: scope.userId, expiresAt: new Date(at.getTime() + INVITATION_TTL_MS) },
          tx,
        );
        await audit(tx, scope.organisationId, actor, { action: 'invitation.created', targetType: 'invitation', targetId: invitation.id, data: { email: input.email, role: input.role, replaced } });
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: scope.organisationId }, select: { name: true, language: true } });
        const inviter = scope.userId ? await tx.user.findUnique({ where: { id: scope.userId }, select: { name: true } }) : null;
        return { invitation, organisation, inviter };
      });
      await deps.limiter.hit(limit);
      try {
        await sendMail(input.email, token, organisation, input.role, inviter?.name ?? null, log);
      } catch (err) {
        // An invitation nobody received would only confuse: withdraw it and say so.
        await invitations.revoke(scope.organisationId, invitation.id, now());
        throw new AppError('MAIL_SEND_FAILED', 'The invitation e-mail could not be sent; nothing was kept. Try again later.', 502, undefined, {
          reason: err instanceof Error ? err.message.slice(0, 200) : 'unknown',
        });
      }
      return presentInvitation(invitation, at);
    },

    async revoke(scope: OrgScope, id: string, actor: AuditActor) {
      const row = await invitations.find(scope.organisationId, id);
      if (!row) throw notFound('invitation');
      if (row.acceptedAt) throw conflict('INVITATION_ALREADY_ACCEPTED', 'This invitation has been accepted: remove the member instead.');
      if (row.revokedAt) return;
      await prisma.$transaction(async (tx) => {
        if (await invitations.revoke(scope.organisationId, id, now(), tx)) {
          await audit(tx, scope.organisationId, actor, { action: 'invitation.revoked', targetType: 'invitation', targetId: id, data: { email: row.email, role: row.role } });
        }
      });
    },

    /**
     * Turns an invitation into a membership for the signed-in user whose address it was sent to,
     * once, and makes that organisation the session's active one.
     */
    async accept(user: { userId: string; sessionId?: string }, token: string, actor: AuditActor) {
      const at = now();
      const row = await invitations.findByTokenHash(hashToken(token));
      if (!row || row.acceptedAt || row.revokedAt) throw invalid();
      if (row.expiresAt <= at) throw new AppError('INVITATION_EXPIRED', 'This invitation has expired. Ask for a new one.', 400, 'token');
      const account = await prisma.user.findUnique({ where: { id: user.userId }, select: { email: true } });
      // The link went to one address; a forwarded link must not let another account in.
      if (account?.email !== row.email) {
        throw new AppError('INVITATION_EMAIL_MISMATCH', 'This invitation was sent to another e-mail address: sign in with that address to accept it.', 403, 'token');
      }
      const organisationId = row.organisationId;
      await prisma.$transaction(async (tx) => {
        // Claim first: a concurrent accept of the same token waits on the row and then finds it
        // used. Refusing an existing member afterwards rolls the claim back with the transaction.
        if (!(await invitations.claim(row.id, at, tx))) throw invalid();
        if (await members.find(organisationId, user.userId, tx)) {
          throw conflict('ALREADY_MEMBER', 'You are already a member of this organisation.');
        }
        await members.add(organisationId, user.userId, row.role, tx);
        await audit(tx, organisationId, actor, { action: 'invitation.accepted', targetType: 'invitation', targetId: row.id, data: { email: row.email, role: row.role } });
        await audit(tx, organisationId, actor, { action: 'member.added', targetType: 'user', targetId: user.userId, data: { role: row.role, invitationId: row.id } });
      });
      if (user.sessionId) await deps.sessions.setOrganisation(user.sessionId, organisationId);
      return { organisation: row.organisation, role: row.role };
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;
