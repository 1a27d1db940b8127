import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '@simplifaq/store';

export interface Session {
  userId: string;
  organisationId: string | null;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionOptions {
  idleMs: number;
  absoluteMs: number;
  now?: () => number;
}

// Only a hash of the session id is stored: a leaked store dump gives no usable cookie.
const digest = (id: string) => createHash('sha256').update(id).digest('base64url');
const sessionKey = (hash: string) => `sess:${hash}`;
const userIndexKey = (userId: string, hash: string) => `usess:${userId}:${hash}`;
// Refreshing the idle timer on every request would write to the store on every request.
const TOUCH_EVERY_MS = 60_000;

/** Server-side sessions in the store: idle and absolute timeouts, and "log out everywhere". */
export function createSessionStore(store: Store, options: SessionOptions) {
  const now = options.now ?? Date.now;

  async function save(hash: string, s: Session) {
    const ttlMs = Math.min(options.idleMs, s.createdAt + options.absoluteMs - now());
    if (ttlMs <= 0) return false;
    await store.set(sessionKey(hash), JSON.stringify(s), { ttlMs });
    await store.set(userIndexKey(s.userId, hash), '1', { ttlMs });
    return true;
  }

  async function remove(hash: string, userId?: string) {
    await store.delete(sessionKey(hash));
    if (userId) await store.delete(userIndexKey(userId, hash));
  }

  return {
    /** Opens a new session (a new random 256-bit id, never one the client brought). */
    async create(userId: string, organisationId: string | null): Promise<string> {
      const id = randomBytes(32).toString('base64url');
      const t = now();
      await save(digest(id), { userId, organisationId, createdAt: t, lastSeenAt: t });
      return id;
    },

    async get(id: string): Promise<Session | null> {
      const hash = digest(id);
      const raw = await store.get(sessionKey(hash));
      if (!raw) return null;
      const s = JSON.parse(raw) as Session;
      const t = now();
      if (t - s.lastSeenAt > options.idleMs || t - s.createdAt > options.absoluteMs) {
        await remove(hash, s.userId);
        return null;
      }
      if (t - s.lastSeenAt > TOUCH_EVERY_MS) {
        s.lastSeenAt = t;
        await save(hash, s);
      }
      return s;
    },

    async setOrganisation(id: string, organisationId: string): Promise<void> {
      const hash = digest(id);
      const raw = await store.get(sessionKey(hash));
      if (!raw) return;
      await save(hash, { ...(JSON.parse(raw) as Session), organisationId });
    },

    async destroy(id: string): Promise<void> {
      const hash = digest(id);
      const raw = await store.get(sessionKey(hash));
      await remove(hash, raw ? (JSON.parse(raw) as Session).userId : undefined);
    },

    /** Ends every session of the user, except `keepId` when given (the caller's own). */
    async destroyAllForUser(userId: string, keepId?: string): Promise<number> {
      const keep = keepId ? digest(keepId) : undefined;
      let ended = 0;
      const prefix = `usess:${userId}:`;
      for await (const key of store.scan(prefix)) {
        const hash = key.slice(prefix.length);
        if (hash === keep) continue;
        await remove(hash, userId);
        ended++;
      }
      return ended;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
