import type { BankAccount, PrismaClient } from '@simplifaq/db';
import { formatIban, parseIban } from '@simplifaq/swiss';
import { badRequest, conflict, notFound } from '../../lib/app-error';
import { assertReferenceRoom } from '../../lib/reference-room';
import type { OrgScope } from '../../lib/request-context';
import { audit } from '../audit/audit-actor';
import type { AuditActor } from '../audit/audit-actor';
import { lockOrganisation } from '../organisation/organisation-lock';
import type { BankAccountRepo } from './bank-account-repo';
import type { TBankAccount, TBankAccountInput, TBankAccountListQuery, TBankAccountPatch } from './bank-account-schemas';

export function presentBankAccount(row: BankAccount): TBankAccount {
  const { organisationId: _org, ...rest } = row;
  return { ...rest, ibanFormatted: formatIban(row.iban) };
}

/**
 * The prefix starts every QR reference of the account (see createInvoiceQrReference), so it only
 * means something for a QR-IBAN (IG QR-bill 2.3, §4.2.2: QR-IBAN ⇔ QRR reference).
 */
function checkPrefix(prefix: string | null, isQrIban: boolean): string | null {
  if (prefix === null) return null;
  if (!/^\d{1,20}$/.test(prefix)) {
    throw badRequest('REFERENCE_PREFIX_INVALID', 'A reference prefix is 0 to 20 digits.', 'qrrPrefix');
  }
  if (!isQrIban) {
    throw badRequest('QRR_PREFIX_NOT_QR_IBAN', 'Only a QR-IBAN takes a QR reference prefix; an ordinary IBAN uses creditor references (SCOR).', 'qrrPrefix');
  }
  return prefix;
}

const duplicate = () => conflict('BANK_ACCOUNT_DUPLICATE', 'This IBAN is already one of the organisation’s accounts.', 'iban');

export interface BankAccountServiceDeps {
  prisma: PrismaClient;
  accounts: BankAccountRepo;
}

export function createBankAccountService({ prisma, accounts }: BankAccountServiceDeps) {
  async function get(scope: OrgScope, id: string) {
    const row = await accounts.find(scope.organisationId, id);
    if (!row) throw notFound('bank account');
    return row;
  }

  return {
    async list(scope: OrgScope, query: TBankAccountListQuery) {
      const page = await accounts.list(scope.organisationId, query);
      return { ...page, items: page.items.map(presentBankAccount) };
    },

    get: async (scope: OrgScope, id: string) => presentBankAccount(await get(scope, id)),

    async create(scope: OrgScope, input: TBankAccountInput, actor: AuditActor) {
      const { iban, isQrIban } = parseIban(input.iban, 'iban');
      const qrrPrefix = checkPrefix(input.qrrPrefix ?? null, isQrIban);
      // The lock serialises account changes of one organisation: exactly one default, always.
      const row = await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, scope.organisationId);
        if (await accounts.findByIban(scope.organisationId, iban, tx)) throw duplicate();
        assertReferenceRoom(await accounts.invoicePattern(scope.organisationId, tx), [{ isQrIban, qrrPrefix, label: input.label }], isQrIban ? 'qrrPrefix' : 'iban');
        const isDefault = input.isDefault === true || (await accounts.count(scope.organisationId, tx)) === 0;
        if (isDefault) await accounts.unsetDefault(scope.organisationId, null, tx);
        const created = await accounts.create(scope.organisationId, { label: input.label, iban, isQrIban, qrrPrefix, isDefault }, tx);
        await audit(tx, scope.organisationId, actor, { action: 'bank_account.created', targetType: 'bank_account', targetId: created.id, data: { iban, isDefault } });
        return created;
      });
      return presentBankAccount(row);
    },

    async update(scope: OrgScope, id: string, patch: TBankAccountPatch, actor: AuditActor) {
      const row = await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, scope.organisationId);
        const current = await accounts.find(scope.organisationId, id, tx);
        if (!current) throw notFound('bank account');
        const { iban, isQrIban } = patch.iban === undefined ? current : parseIban(patch.iban, 'iban');
        if (iban !== current.iban && (await accounts.findByIban(scope.organisationId, iban, tx))) throw duplicate();
        // A prefix the new IBAN cannot use is dropped unless the body sets one.
        const qrrPrefix = patch.qrrPrefix !== undefined ? checkPrefix(patch.qrrPrefix, isQrIban) : isQrIban ? current.qrrPrefix : null;
        if (iban !== current.iban || qrrPrefix !== current.qrrPrefix) {
          const label = patch.label ?? current.label;
          assertReferenceRoom(await accounts.invoicePattern(scope.organisationId, tx), [{ isQrIban, qrrPrefix, label }], isQrIban ? 'qrrPrefix' : 'iban');
        }
        if (patch.isDefault === false && current.isDefault) {
          throw conflict('BANK_ACCOUNT_DEFAULT_REQUIRED', 'One account is always the default: make another account the default instead.', 'isDefault');
        }
        if (patch.isDefault) await accounts.unsetDefault(scope.organisationId, id, tx);
        const updated = await accounts.update(
          scope.organisationId,
          id,
          { ...(patch.label === undefined ? {} : { label: patch.label }), iban, isQrIban, qrrPrefix, ...(patch.isDefault ? { isDefault: true } : {}) },
          tx,
        );
        if (!updated) throw notFound('bank account');
        const fields = (['label', 'iban', 'qrrPrefix', 'isDefault'] as const).filter((f) => updated[f] !== current[f]);
        if (fields.length) {
          await audit(tx, scope.organisationId, actor, { action: 'bank_account.updated', targetType: 'bank_account', targetId: id, data: { fields, iban } });
        }
        return updated;
      });
      return presentBankAccount(row);
    },

    /**
     * Accounts billed on issued invoices stay: the records must show where payment was asked to
     * (CO art. 958f). Removing the default makes the oldest remaining account the default.
     */
    async remove(scope: OrgScope, id: string, actor: AuditActor) {
      await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, scope.organisationId);
        const current = await accounts.find(scope.organisationId, id, tx);
        if (!current) throw notFound('bank account');
        const issued = await accounts.countIssuedInvoices(scope.organisationId, id, tx);
        if (issued > 0) {
          throw conflict('BANK_ACCOUNT_IN_USE', `This account is on ${issued} issued invoice(s) and is kept for the records.`);
        }
        await accounts.delete(scope.organisationId, id, tx);
        if (current.isDefault) {
          const next = await accounts.oldest(scope.organisationId, tx);
          if (next) await accounts.update(scope.organisationId, next.id, { isDefault: true }, tx);
        }
        await audit(tx, scope.organisationId, actor, { action: 'bank_account.deleted', targetType: 'bank_account', targetId: id, data: { iban: current.iban } });
      });
    },
  };
}

export type BankAccountService = ReturnType<typeof createBankAccountService>;
