import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import { listInvoices } from '../../api/invoices';
import type { InvoiceFilter, InvoiceKind, InvoiceSummary } from '../../api/invoices';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { InvoiceStatusBadge } from '../../components/status-badge';
import { useSession } from '../../session/session-context';
import { DocumentListTable } from '../documents/document-list-table';

const FILTERS = ['all', 'draft', 'issued', 'overdue', 'partially_paid', 'paid', 'cancelled'] as const;
type Filter = (typeof FILTERS)[number];
const KINDS = ['all', 'invoice', 'credit_note'] as const;
type Kind = (typeof KINDS)[number];

const isFilter = (value: string | null): value is Filter => (FILTERS as readonly (string | null)[]).includes(value);
const isKind = (value: string | null): value is Kind => (KINDS as readonly (string | null)[]).includes(value);

/** Invoices and credit notes, newest first, filtered by status (kept in the URL) and searched. */
export function InvoicesPage() {
  const { t } = useTranslation();
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
      <DocumentListTable
        caption={t('invoices.title')}
        secondDateHeader={t('invoices.columns.due')}
        list={list}
        noMatch={t('invoices.noMatch')}
        toRow={(invoice) => ({
          ...invoice,
          href: `/invoices/${invoice.id}`,
          kindLabel: invoice.kind === 'credit_note' ? t('invoices.kinds.credit_note') : null,
          secondDate: invoice.dueDate,
          status: <InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} kind={invoice.kind} />,
        })}
      />
    </>
  );
}
