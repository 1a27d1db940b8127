// Test fixtures for the invoicing routes: an organisation ready to issue (address, UID, TVA,
// bank account), a client and a product — set up through the API where a route exists.
import { afterAll, beforeAll } from 'vitest';
import type { Agent } from '../../../test/http';
import { signUp } from '../../../test/http';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';

export const ACME = { name: 'Acme SA', street: 'Rue du Lac', buildingNumber: '12', postalCode: '1003', town: 'Lausanne', country: 'CH', language: 'fr' };
export const IBAN = 'CH5800791123000889012';
export const QR_IBAN = 'CH4431999123000889012';

export interface Tenant {
  agent: Agent;
  organisationId: string;
  userId: string;
  clientId: string;
  productId: string;
  bankAccountId: string;
}

export async function createTenant(t: TestApp, options: { iban?: string; qrrPrefix?: string; vatRegistered?: boolean } = {}): Promise<Tenant> {
  const s = await signUp(t.app);
  await t.db.prisma.organisation.update({
    where: { id: s.organisationId },
    data: { name: 'Atelier Dubois Sàrl', street: 'Rue du Marché', buildingNumber: '3', postalCode: '1204', town: 'Genève', uid: '100155212', vatRegistered: options.vatRegistered ?? true },
  });
  const account = await s.agent.post('/api/bank-accounts', { label: 'Compte', iban: options.iban ?? IBAN, ...(options.qrrPrefix ? { qrrPrefix: options.qrrPrefix } : {}) });
  if (account.statusCode !== 201) throw new Error(`bank account: ${account.statusCode} ${account.body}`);
  const client = await s.agent.post('/api/clients', ACME);
  if (client.statusCode !== 201) throw new Error(`client: ${client.statusCode} ${client.body}`);
  const product = await s.agent.post('/api/products', { name: 'Conseil', unit: 'h', unitPrice: 15000, tvaCategory: 'normal' });
  if (product.statusCode !== 201) throw new Error(`product: ${product.statusCode} ${product.body}`);
  return { agent: s.agent, organisationId: s.organisationId, userId: s.userId, clientId: client.json().id, productId: product.json().id, bankAccountId: account.json().id };
}

/** A test app and a tenant ready to issue, set up before the file's tests and closed after them. */
export function useTenantApp(): { readonly t: TestApp; readonly tenant: Tenant } {
  const ctx = {} as { t: TestApp; tenant: Tenant };
  beforeAll(async () => {
    ctx.t = await createTestApp();
    ctx.tenant = await createTenant(ctx.t);
  });
  afterAll(() => ctx.t?.close());
  return ctx;
}

/** A draft with `lines` free-text lines (the default one: 2.5 h at 150.00, normal rate). */
export function draftBody(tenant: Pick<Tenant, 'clientId'>, overrides: Record<string, unknown> = {}, lineCount = 1) {
  return {
    clientId: tenant.clientId,
    lines: Array.from({ length: lineCount }, (_, i) => ({ description: `Travail ${i + 1}`, quantity: '2.5', unit: 'h', unitPrice: 15000 + i, tvaCategory: 'normal' })),
    ...overrides,
  };
}

export async function createDraft(tenant: Tenant, overrides: Record<string, unknown> = {}, lineCount = 1): Promise<{ id: string } & Record<string, unknown>> {
  const res = await tenant.agent.post('/api/invoices', draftBody(tenant, overrides, lineCount));
  if (res.statusCode !== 201) throw new Error(`draft: ${res.statusCode} ${res.body}`);
  return res.json();
}
