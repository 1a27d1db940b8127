import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addressLine, listClients } from '../../api/clients';
import type { Client, ClientInput } from '../../api/clients';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { canWrite } from '../../api/auth';
import { CsvImport } from '../../components/csv-import';
import { EmptyState } from '../../components/empty-state';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { LoadMore } from '../../components/load-more';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { useSession } from '../../session/session-context';

type Archived = 'false' | 'true' | 'all';

export function ClientsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState<Archived>('false');
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const q = useDebounced(search.trim());
  const list = useKeysetList<Client>(`${q}|${archived}`, (client, cursor, signal) =>
    listClients(client, { q: q || undefined, archived, cursor, limit: 50 }, signal),
  );
  const writer = canWrite(me.role);
  const filtered = q !== '' || archived !== 'false';

  const createButton = writer ? (
    <>
      <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
        <Icon name="upload" /> {t('csv.open')}
      </button>
      <Link to="/clients/new" className="button button--primary">
        <Icon name="plus" /> {t('clients.create')}
      </Link>
    </>
  ) : null;

  const importer = importing ? (
    <CsvImport<ClientInput>
      path="/api/clients/import"
      columns={[
        { field: 'name', label: t('clients.fields.name') },
        { field: 'street', label: t('clients.fields.street') },
        { field: 'postalCode', label: t('clients.fields.postalCode') },
        { field: 'town', label: t('clients.fields.town') },
        { field: 'country', label: t('clients.fields.country') },
        { field: 'email', label: t('clients.fields.email') },
      ]}
      renderValue={(field, value) => (field === 'street' ? String(value ?? '') : String(value ?? t('common.none')))}
      onImported={(result) => {
        setImporting(false);
        setImported(result.created);
        list.reload();
      }}
      onClose={() => setImporting(false)}
    />
  ) : null;

  if (!list.loading && !list.error && list.items.length === 0 && !filtered && !importing) {
    return (
      <>
        <PageHeader title={t('clients.title')} subtitle={t('clients.subtitle')} />
        {imported !== null ? <Notice tone="success">{t('csv.done', { count: imported })}</Notice> : null}
        <EmptyState icon="clients" title={t('clients.emptyTitle')} actions={createButton}>
          {t('clients.emptyText')}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('clients.title')} subtitle={t('clients.subtitle')} actions={createButton} />
      {imported !== null ? <Notice tone="success">{t('csv.done', { count: imported })}</Notice> : null}
      {importer}
      <div className="toolbar">
        <SearchField label={t('clients.searchLabel')} value={search} onChange={setSearch} />
        <div className="segmented" role="group" aria-label={t('clients.showLabel')}>
          {(['false', 'true', 'all'] as const).map((value) => (
            <button key={value} type="button" className="segmented__item" aria-pressed={archived === value} onClick={() => setArchived(value)}>
              {t(`clients.show.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <FormAlert error={list.error} />
      <div className="table-wrap" aria-busy={list.loading}>
        <table className="data-table">
          <caption className="visually-hidden">{t('clients.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clients.fields.name')}</th>
              <th scope="col">{t('clients.columns.address')}</th>
              <th scope="col">{t('clients.fields.email')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <th scope="row" data-label={t('clients.fields.name')}>
                  <Link to={`/clients/${item.id}`} className="data-table__link">
                    {item.name}
                  </Link>
                  {item.contactName ? <span className="data-table__sub">{item.contactName}</span> : null}
                  {item.archivedAt ? <span className="badge badge--muted">{t('clients.archived')}</span> : null}
                </th>
                <td data-label={t('clients.columns.address')}>{addressLine(item)}</td>
                <td data-label={t('clients.fields.email')}>{item.email ?? t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 ? (
          <p className="table-empty" role="status">
            {q ? t('clients.noMatch', { q }) : t('clients.noneArchived')}
          </p>
        ) : null}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
    </>
  );
}
