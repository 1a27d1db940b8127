import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import { listInvoices } from '../../api/invoices';
import type { InvoiceFilter, InvoiceKind, InvoiceSummary } from '../../api/invoices';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { EmptyState } from '../../components/empty-state';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { LoadMore } from '../../components/load-more';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { InvoiceStatusBadge } from '../../components/status-badge';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';

const FILTERS = ['all', 'draft', 'issued', 'overdue', 'partially_paid', 'paid', 'cancelled'] as const;
type Filter = (typeof FILTERS)[number];
const KINDS = ['all', 'invoice', 'credit_note'] as const;
type Kind = (typeof KINDS)[number];

const isFilter = (value: string | null): value is Filter => (FILTERS as readonly (string | null)[]).includes(value);
const isKind = (value: string | null): value is Kind => (KINDS as readonly (string | null)[]).includes(value);

/** Invoices and credit notes, newest first, filtered by status (kept in the URL) and searched. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const { money, date } = useFormatters();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const status: Filter = isFilter(params.get('status')) ? (params.get('status') as Filter) : 'all';
  const kind: Kind = isKind(params.get('kind')) ? (params.get('kind') as Kind) : 'all';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim());
  const list = useKeysetList<InvoiceSummary>(`${status}|${kind}|${q}`, (client, cursor, signal) =>
    listInvoices(
      client,
      {
        status: status === 'all' ? undefined : (status as InvoiceFilter),
        kind: kind === 'all' ? undefined : (kind as InvoiceKind),
        q: q || undefined,
        cursor,
        limit: 50,
      },
      signal,
    ),
  );
  const filtered = status !== 'all' || kind !== 'all' || q !== '';
  const writer = canWrite(me.role);

  function setFilter(name: 'status' | 'kind', value: string) {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const createButton = writer ? (
    <Link to="/invoices/new" className="button button--primary">
      <Icon name="plus" /> {t('invoices.create')}
    </Link>
  ) : null;

  if (!list.loading && !list.error && list.items.length === 0 && !filtered) {
    return (
      <>
        <PageHeader title={t('invoices.title')} subtitle={t('invoices.subtitle')} />
        <EmptyState icon="invoice" title={t('invoices.emptyTitle')} actions={createButton}>
          {t('invoices.emptyText')}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('invoices.title')} subtitle={t('invoices.subtitle')} actions={createButton} />
      <div className="toolbar">
        <SearchField label={t('invoices.searchLabel')} value={search} onChange={setSearch} />
        <label className="toolbar__select">
          <span className="visually-hidden">{t('invoices.kindLabel')}</span>
          <select className="select" value={kind} onChange={(event) => setFilter('kind', event.target.value)}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`invoices.kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="segmented segmented--scroll" role="group" aria-label={t('invoices.statusLabel')}>
        {FILTERS.map((value) => (
          <button key={value} type="button" className="segmented__item" aria-pressed={status === value} onClick={() => setFilter('status', value)}>
            {t(`invoices.filters.${value}`)}
          </button>
        ))}
      </div>
      <FormAlert error={list.error} />
      <div className="table-wrap" aria-busy={list.loading}>
        <table className="data-table">
          <caption className="visually-hidden">{t('invoices.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invoices.columns.number')}</th>
              <th scope="col">{t('invoices.columns.client')}</th>
              <th scope="col">{t('invoices.columns.date')}</th>
              <th scope="col">{t('invoices.columns.due')}</th>
              <th scope="col" className="num">
                {t('invoices.columns.amount')}
              </th>
              <th scope="col">{t('invoices.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((invoice) => (
              <tr key={invoice.id}>
                <th scope="row" data-label={t('invoices.columns.number')}>
                  <Link to={`/invoices/${invoice.id}`} className="data-table__link">
                    {invoice.number ?? t('invoices.draftNumber')}
                  </Link>
                  {invoice.kind === 'credit_note' ? <span className="data-table__sub">{t('invoices.kinds.credit_note')}</span> : null}
                </th>
                <td data-label={t('invoices.columns.client')}>
                  {invoice.clientName}
                  {invoice.title ? <span className="data-table__sub">{invoice.title}</span> : null}
                </td>
                <td data-label={t('invoices.columns.date')}>{invoice.issueDate ? date(invoice.issueDate) : t('common.none')}</td>
                <td data-label={t('invoices.columns.due')}>{invoice.dueDate ? date(invoice.dueDate) : t('common.none')}</td>
                <td data-label={t('invoices.columns.amount')} className="num">
                  {money(invoice.totalPayable, invoice.currency)}
                </td>
                <td data-label={t('invoices.columns.status')}>
                  <InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 ? (
          <p className="table-empty" role="status">
            {t('invoices.noMatch')}
          </p>
        ) : null}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
    </>
  );
}
