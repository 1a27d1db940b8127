import { describe, expect, it } from 'vitest';
import { createKeyedLimiter } from './keyed-limiter';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('createKeyedLimiter', () => {
  it('runs at most `permits` calls per key, in order, and keys independently', async () => {
    const limit = createKeyedLimiter(2);
    const running = new Map<string, number>();
    const peak = new Map<string, number>();
    const order: string[] = [];
    const task = (key: string, id: number) =>
      limit(key, async () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        peak.set(key, Math.max(peak.get(key) ?? 0, running.get(key) ?? 0));
        order.push(`${key}${id}`);
        await tick();
        running.set(key, (running.get(key) ?? 0) - 1);
        return id;
      });
    const results = await Promise.all([...Array.from({ length: 6 }, (_, i) => task('a', i)), ...Array.from({ length: 3 }, (_, i) => task('b', i))]);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 0, 1, 2]);
    expect(peak.get('a')).toBe(2);
    expect(peak.get('b')).toBe(2);
    expect(order.filter((o) => o.startsWith('a'))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('releases the permit when the call fails', async () => {
    const limit = createKeyedLimiter(1);
    await expect(limit('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit('k', async () => 'next')).toBe('next');
  });
});
