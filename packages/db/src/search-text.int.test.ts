import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldSearchText, SEARCH_FOLD_FROM } from './search-text';
import { createTestDb } from './testing/test-db';
import type { TestDb } from './testing/test-db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.dispose());

describe('search text', () => {
  it('folds alike in the database and in the app, character by character', async () => {
    const sample = `${SEARCH_FOLD_FROM} abc-123 ß € «» Ω`;
    const [row] = await db.sql.query<{ folded: string }>('SELECT sf_fold($1) AS folded', [sample]);
    expect(row?.folded).toBe(foldSearchText(sample));
    expect(foldSearchText('Zürich, Genève, Ștefan Łukasz, L’Étoile')).toBe("zurich, geneve, stefan lukasz, l'etoile");
  });

  it('is kept by triggers on every insert and update of clients and products', async () => {
    const org = await db.prisma.organisation.create({ data: { name: 'Fold AG' } });
    const client = await db.prisma.client.create({ data: { organisationId: org.id, name: 'Café Müller', contactName: 'Zoë', postalCode: '8001', town: 'Zürich', email: 'Info@Cafe.CH' } });
    expect(client.searchText).toBe('cafe muller zoe zurich info@cafe.ch');
    await db.prisma.client.updateMany({ where: { id: client.id }, data: { town: 'Genève', contactName: null } });
    expect((await db.prisma.client.findUniqueOrThrow({ where: { id: client.id } })).searchText).toBe('cafe muller geneve info@cafe.ch');
    await db.prisma.product.createMany({ data: [{ organisationId: org.id, name: 'Crème brûlée', description: 'Dessert maison', unitPrice: 950n }] });
    expect((await db.prisma.product.findFirstOrThrow({ where: { organisationId: org.id } })).searchText).toBe('creme brulee dessert maison');
  });
});
