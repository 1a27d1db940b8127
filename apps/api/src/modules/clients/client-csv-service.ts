import { csvPreview, prepareCsvRows, validInputs } from '../../lib/csv-import';
import type { OrgScope } from '../../lib/request-context';
import type { ClientCsvRepo } from './client-csv-repo';
import type { TClientExportQuery } from './client-csv-schemas';
import { CLIENT_CSV_COLUMNS, clientFromCsv, clientToCsv } from './client-csv-fns';
import type { ClientRepo } from './client-repo';

const EXPORT_PAGE = 500;

export function createClientCsvService({ clients, csvRepo }: { clients: Pick<ClientRepo, 'list'>; csvRepo: ClientCsvRepo }) {
  const prepare = (text: string) => prepareCsvRows(text, CLIENT_CSV_COLUMNS, clientFromCsv);
  return {
    preview: async (_scope: OrgScope, text: string) => csvPreview(await prepare(text)),
    /** All rows or none: any row error answers 422 before anything is written. */
    async importAll(scope: OrgScope, text: string) {
      const ids = await csvRepo.createAll(scope.organisationId, validInputs(await prepare(text)));
      return { created: ids.length, ids };
    },
    async *exportRows(scope: OrgScope, filters: TClientExportQuery) {
      let cursor: string | undefined;
      do {
        const page = await clients.list(scope.organisationId, { ...filters, limit: EXPORT_PAGE, cursor });
        yield page.items.map(clientToCsv);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
  };
}

export type ClientCsvService = ReturnType<typeof createClientCsvService>;
