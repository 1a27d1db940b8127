import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@simplifaq/store';
import { createSessionStore } from './session-store';

function setup() {
  let t = Date.UTC(2026, 10, 27, 8, 0);
  const now = () => t;
  const store = createMemoryStore({ now });
  const sessions = createSessionStore(store, { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, now });
  return { sessions, advance: (ms: number) => (t += ms) };
}

describe('session store', () => {
  it('expires a session left idle for 30 minutes', async () => {
    const { sessions, advance } = setup();
    const id = await sessions.create('u1', 'o1');
    advance(29 * 60_000);
    expect(await sessions.get(id)).not.toBeNull();
    advance(29 * 60_000); // active a minute ago: still alive, the idle timer restarted
    expect(await sessions.get(id)).not.toBeNull();
    advance(31 * 60_000);
    expect(await sessions.get(id)).toBeNull();
  });

  it('ends an active session after 12 hours whatever happens', async () => {
    const { sessions, advance } = setup();
    const id = await sessions.create('u1', 'o1');
    for (let i = 0; i < 47; i++) {
      advance(15 * 60_000);
      expect(await sessions.get(id)).not.toBeNull();
    }
    advance(16 * 60_000);
    expect(await sessions.get(id)).toBeNull();
  });

  it('uses a fresh 256-bit id each time and stores only its hash', async () => {
    const { sessions } = setup();
    const a = await sessions.create('u1', null);
    const b = await sessions.create('u1', null);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
  });

  it('ends all sessions of one user but the kept one, and no one else', async () => {
    const { sessions } = setup();
    const keep = await sessions.create('u1', 'o1');
    const other = await sessions.create('u1', 'o1');
    const stranger = await sessions.create('u2', 'o2');
    expect(await sessions.destroyAllForUser('u1', keep)).toBe(1);
    expect(await sessions.get(keep)).not.toBeNull();
    expect(await sessions.get(other)).toBeNull();
    expect(await sessions.get(stranger)).not.toBeNull();
  });
});
