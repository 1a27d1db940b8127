import { describe, expect, it } from 'vitest';
import { ExpiringMap } from './expiring-map';

describe('ExpiringMap', () => {
  it('hides an entry from its expiry instant on', () => {
    let now = 1000;
    const map = new ExpiringMap(() => now);
    map.set('k', { value: 'v', expiresAt: 1100 });
    now = 1099;
    expect(map.get('k')?.value).toBe('v');
    now = 1100;
    expect(map.get('k')).toBeUndefined();
    expect(map.delete('k')).toBe(false);
  });

  it('forgets expired entries nobody reads again, without timers', () => {
    let now = 0;
    const map = new ExpiringMap(() => now);
    // One rate-limit counter per client IP, written once and never read again.
    for (let i = 0; i < 5000; i++) map.set(`rl:${i}`, { value: '1', expiresAt: 10 });
    now = 11;
    for (let i = 0; i < 5000; i++) map.set(`fresh:${i}`, { value: '1', expiresAt: null });
    expect(map.size).toBeLessThan(6000);
    expect(map.keys().filter((key) => key.startsWith('fresh:'))).toHaveLength(5000);
  });

  it('keeps size proportional to live entries under steady churn', () => {
    let now = 0;
    const map = new ExpiringMap(() => now);
    for (let i = 0; i < 100_000; i++) {
      now = i;
      map.set(`k:${i}`, { value: '1', expiresAt: now + 100 }); // ~100 live at any time
    }
    expect(map.size).toBeLessThanOrEqual(100 + 1024);
  });
});
