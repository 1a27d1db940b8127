import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { ADMIN_ROLES, orgScope } from '../../lib/request-context';
import { auditActor } from '../audit/audit-actor';
import type { BankAccountService } from './bank-account-service';
import { ZBankAccount, ZBankAccountInput, ZBankAccountListQuery, ZBankAccountPatch, ZIdParams } from './bank-account-schemas';

const tags = ['bank accounts'];
// Where the organisation's money goes: owners and admins only, for writes.
const config = { roles: ADMIN_ROLES };

export async function bankAccountRoutes(app: FastifyInstance, { accounts }: { accounts: BankAccountService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/bank-accounts', { schema: { tags, summary: 'The organisation’s accounts, oldest first', querystring: ZBankAccountListQuery, response: { 200: zPage(ZBankAccount) } } }, async (req) =>
    accounts.list(orgScope(req), req.query),
  );

  r.get('/api/bank-accounts/:id', { schema: { tags, summary: 'One account', params: ZIdParams, response: { 200: ZBankAccount } } }, async (req) =>
    accounts.get(orgScope(req), req.params.id),
  );

  r.post(
    '/api/bank-accounts',
    { config, schema: { tags, summary: 'Add an account (IBAN or QR-IBAN, CH/LI); the first one becomes the default', body: ZBankAccountInput, response: { 201: ZBankAccount } } },
    async (req, reply) => reply.status(201).send(await accounts.create(orgScope(req), req.body, auditActor(req))),
  );

  r.patch(
    '/api/bank-accounts/:id',
    { config, schema: { tags, summary: 'Change an account; isDefault: true makes it the only default', params: ZIdParams, body: ZBankAccountPatch, response: { 200: ZBankAccount } } },
    async (req) => accounts.update(orgScope(req), req.params.id, req.body, auditActor(req)),
  );

  r.delete(
    '/api/bank-accounts/:id',
    { config, schema: { tags, summary: 'Remove an account that no issued invoice names', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await accounts.remove(orgScope(req), req.params.id, auditActor(req));
      return reply.status(204).send(null);
    },
  );
}
