import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import type { ApiClient } from '../../api/api-client';
import type { Page } from '../../api/pagination';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { CsvImport } from '../../components/csv-import';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { KeysetTable } from '../../components/keyset-table';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { useSession } from '../../session/session-context';

export type ArchivedFilter = 'false' | 'true' | 'all';

/** What the clients and products lists have in common: a name, a second line, archiving. */
export interface CatalogueItem {
  id: string;
  name: string;
  archivedAt: string | null;
}

export interface CatalogueColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
  numeric?: boolean;
}

export interface CatalogueListPageProps<T extends CatalogueItem, TImport extends object> {
  /** The i18n section and the URL of the kind: `clients` or `products`. */
  kind: 'clients' | 'products';
  fetchPage: (client: ApiClient, query: { q?: string; archived: ArchivedFilter; cursor?: string | null; limit: number }, signal?: AbortSignal) => Promise<Page<T>>;
  /** Shown under the name (contact person, description). */
  subtitle: (item: T) => string | null;
  /** The columns after the name. */
  columns: readonly CatalogueColumn<T>[];
  importColumns: readonly { field: keyof TImport & string; label: string }[];
  renderImportValue: (field: keyof TImport & string, value: unknown) => ReactNode;
}

/**
 * The list page of clients and of products: search, archived filter, keyset pages, CSV import
 * with a preview, an empty state that invites the first entry. Writers get the create and import
 * buttons; accountants read.
 */
export function CatalogueListPage<T extends CatalogueItem, TImport extends object>({ kind, fetchPage, subtitle, columns, importColumns, renderImportValue }: CatalogueListPageProps<T, TImport>) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState<ArchivedFilter>('false');
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const q = useDebounced(search.trim());
  const list = useKeysetList<T>(`${q}|${archived}`, (client, cursor, signal) => fetchPage(client, { q: q || undefined, archived, cursor, limit: 50 }, signal));
  const writer = canWrite(me.role);
  const filtered = q !== '' || archived !== 'false';
  const title = t(`${kind}.title`);

  const actions = writer ? (
    <>
      <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
        <Icon name="upload" /> {t('csv.open')}
      </button>
      <Link to={`/${kind}/new`} className="button button--primary">
        <Icon name="plus" /> {t(`${kind}.create`)}
      </Link>
    </>
  ) : null;
  const importedNotice = imported !== null ? <Notice tone="success">{t(`${kind}.imported`, { count: imported })}</Notice> : null;

  if (!list.loading && !list.error && list.items.length === 0 && !filtered && !importing) {
    return (
      <>
        <PageHeader title={title} subtitle={t(`${kind}.subtitle`)} />
        {importedNotice}
        <EmptyState icon={kind} title={t(`${kind}.emptyTitle`)} actions={actions}>
          {t(`${kind}.emptyText`)}
        </EmptyState>
      </>
    );
  }

  const nameHeader = t(`${kind}.fields.name`);
  return (
    <>
      <PageHeader title={title} subtitle={t(`${kind}.subtitle`)} actions={actions} />
      {importedNotice}
      {importing ? (
        <CsvImport<TImport>
          path={`/api/${kind}/import`}
          columns={importColumns}
          renderValue={renderImportValue}
          onImported={(result) => {
            setImporting(false);
            setImported(result.created);
            list.reload();
          }}
          onClose={() => setImporting(false)}
        />
      ) : null}
      <div className="toolbar">
        <SearchField label={t(`${kind}.searchLabel`)} value={search} onChange={setSearch} />
        <div className="segmented" role="group" aria-label={t('clients.showLabel')}>
          {(['false', 'true', 'all'] as const).map((value) => (
            <button key={value} type="button" className="segmented__item" aria-pressed={archived === value} onClick={() => setArchived(value)}>
              {t(`clients.show.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <KeysetTable
        caption={title}
        columns={[{ label: nameHeader }, ...columns.map((column) => ({ label: column.header, numeric: column.numeric }))]}
        list={list}
        empty={q ? t(`${kind}.noMatch`, { q }) : t(`${kind}.noneArchived`)}
        row={(item) => {
          const sub = subtitle(item);
          return (
            <tr key={item.id}>
              <th scope="row" data-label={nameHeader}>
                <Link to={`/${kind}/${item.id}`} className="data-table__link">
                  {item.name}
                </Link>
                {sub ? <span className="data-table__sub">{sub}</span> : null}
                {item.archivedAt ? <span className="badge badge--muted">{t('clients.archived')}</span> : null}
              </th>
              {columns.map((column) => (
                <td key={column.header} data-label={column.header} className={column.numeric ? 'num' : undefined}>
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          );
        }}
      />
    </>
  );
}
