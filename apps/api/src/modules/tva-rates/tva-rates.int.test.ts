import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent, signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('GET /api/tva-rates', () => {
  it('answers members only', async () => {
    const res = await agent(t.app).get('/api/tva-rates');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('lists the tva_rate rows, a future rate added to the table included', async () => {
    // A fictitious rate decided for 2028: the row in force gets its end, the new row is added.
    await t.db.prisma.tvaRate.updateMany({ where: { category: 'normal', validTo: null }, data: { validTo: new Date('2028-01-01') } });
    await t.db.prisma.tvaRate.create({ data: { category: 'normal', rateBp: 850, validFrom: new Date('2028-01-01') } });

    const { agent: member } = await signUp(t.app);
    const res = await member.get('/api/tva-rates');
    expect(res.statusCode).toBe(200);
    const normal = (res.json().items as { category: string }[]).filter((row) => row.category === 'normal');
    expect(normal).toEqual([
      { category: 'normal', rateBp: 800, validFrom: '2011-01-01', validTo: '2018-01-01' },
      { category: 'normal', rateBp: 770, validFrom: '2018-01-01', validTo: '2024-01-01' },
      { category: 'normal', rateBp: 810, validFrom: '2024-01-01', validTo: '2028-01-01' },
      { category: 'normal', rateBp: 850, validFrom: '2028-01-01', validTo: null },
    ]);
    expect(res.json().items).toContainEqual({ category: 'reduced', rateBp: 260, validFrom: '2024-01-01', validTo: null });
  });

  it('answers an accountant too: reading the table changes nothing', async () => {
    const owner = await signUp(t.app);
    await t.setRole(owner.organisationId, 'accountant');
    expect((await owner.agent.get('/api/tva-rates')).statusCode).toBe(200);
  });
});
