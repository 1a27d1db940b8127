import type { PrismaClient, Role } from '@simplifaq/db';
import type { Store, Unsubscribe } from '@simplifaq/store';

const CHANNEL = 'membership-changed';
const MAX_ENTRIES = 50_000;

export interface MembershipCacheOptions {
  prisma: PrismaClient;
  store: Store;
  /** How long a role read from the database is trusted without a word from the other instances. */
  ttlMs: number;
  now?: () => number;
}

/**
 * The caller's role in the active organisation, asked on every authenticated request. Reading it
 * from the database each time costs a round trip per request; this keeps each (organisation,
 * user) role in memory for `ttlMs` and drops it on every instance the moment a role changes or a
 * member is removed: the change is published on the store's pub/sub channel after it commits.
 * Pub/sub delivers at most once, so a message lost while Redis reconnects leaves a stale role for
 * at most `ttlMs`. Only memberships that exist are kept: a new member is seen at once.
 */
export function createMembershipCache(opts: MembershipCacheOptions) {
  const now = opts.now ?? Date.now;
  const roles = new Map<string, { role: Role; until: number }>();
  // Bumped by every change: a read that started before a change must not store what it read.
  let generation = 0;
  let unsubscribe: Unsubscribe | undefined;
  let listening = false;
  const key = (organisationId: string, userId: string) => `${organisationId}:${userId}`;
  const drop = (k: string) => {
    generation++;
    roles.delete(k);
  };

  return {
    /** Starts listening for changes made by other instances; until then nothing is cached. */
    async start(): Promise<void> {
      unsubscribe = await opts.store.subscribe(CHANNEL, (message) => drop(message));
      listening = true;
    },

    async stop(): Promise<void> {
      listening = false;
      roles.clear();
      await unsubscribe?.();
    },

    async role(organisationId: string, userId: string): Promise<Role | null> {
      const k = key(organisationId, userId);
      const hit = roles.get(k);
      if (hit && hit.until > now()) return hit.role;
      const seen = generation;
      const row = await opts.prisma.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } }, select: { role: true } });
      if (!row) {
        roles.delete(k);
        return null;
      }
      if (listening && seen === generation) {
        // Bounded: one entry per active member, swept of expired ones when it grows large.
        if (roles.size >= MAX_ENTRIES) for (const [other, v] of roles) if (v.until <= now()) roles.delete(other);
        if (roles.size >= MAX_ENTRIES) roles.clear();
        roles.set(k, { role: row.role, until: now() + opts.ttlMs });
      }
      return row.role;
    },

    /** Call after a role change or a removal has committed: forgets it here and on every instance. */
    async changed(organisationId: string, userId: string): Promise<void> {
      const k = key(organisationId, userId);
      drop(k);
      // The change has committed: a store outage must not turn it into an error. The other
      // instances then hold the old role until their entry expires.
      await opts.store.publish(CHANNEL, k).catch(() => 0);
    },
  };
}

export type MembershipCache = ReturnType<typeof createMembershipCache>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Roles as the requests see them; call `changed` after changing a membership outside the API's routes. */
    memberships: MembershipCache;
  }
}
