import { parseUid, validateQrAddress } from '@simplifaq/swiss';
import { conflict, notFound } from '../../lib/app-error';
import type { OrgScope } from '../../lib/request-context';
import type { ClientRepo } from './client-repo';
import type { TClientInput, TClientListQuery, TClientPatch } from './client-schemas';

/**
 * Checks the address against the QR-bill rules up front (IG QR-bill 2.3: structured address,
 * character set, postal code), so an invoice to this client never fails at issue for it.
 */
function checked<T extends Partial<TClientInput>>(input: T, current?: TClientInput): T {
  const merged = { ...current, ...input } as TClientInput;
  validateQrAddress(
    { name: merged.name, street: merged.street, buildingNumber: merged.buildingNumber, postalCode: merged.postalCode, town: merged.town, country: merged.country },
    'address',
  );
  return { ...input, ...(input.uid ? { uid: parseUid(input.uid, 'uid') } : {}) };
}

/** The JSON routes' checks beyond the schema (QR-bill address rules, UID), for the CSV import to apply the same. */
export function checkClientInput(input: TClientInput): TClientInput {
  return withField(() => checked(input));
}

function found<T>(row: T | null): T {
  if (!row) throw notFound('client');
  return row;
}

function fieldOf(path: string) {
  return path.replace(/^address\./, '');
}

export function createClientService({ clients }: { clients: ClientRepo }) {
  async function get(scope: OrgScope, id: string) {
    const client = await clients.find(scope.organisationId, id);
    if (!client) throw notFound('client');
    return client;
  }
  return {
    list: (scope: OrgScope, query: TClientListQuery) => clients.list(scope.organisationId, query),
    get,
    create: (scope: OrgScope, input: TClientInput) => clients.create(scope.organisationId, checkClientInput(input)),
    async update(scope: OrgScope, id: string, patch: TClientPatch) {
      const current = await get(scope, id);
      const data = withField(() => checked(patch, current as unknown as TClientInput));
      return found(await clients.update(scope.organisationId, id, data));
    },
    archive: async (scope: OrgScope, id: string, archived: boolean) => {
      await get(scope, id);
      return found(await clients.update(scope.organisationId, id, { archivedAt: archived ? new Date() : null }));
    },
    /** Clients on invoices or quotes are kept for the records (CO art. 958f): archive them instead. */
    async remove(scope: OrgScope, id: string) {
      await get(scope, id);
      if (await clients.isReferenced(scope.organisationId, id)) {
        throw conflict('CLIENT_REFERENCED', 'This client appears on invoices or quotes; archive it instead of deleting it.');
      }
      await clients.delete(scope.organisationId, id);
    },
  };
}

/** Rewrites the Swiss rule's field path (`address.town`) to the body's own field (`town`). */
function withField<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err && typeof err === 'object' && 'field' in err && typeof err.field === 'string') {
      Object.defineProperty(err, 'field', { value: fieldOf(err.field) });
    }
    throw err;
  }
}

export type ClientService = ReturnType<typeof createClientService>;
