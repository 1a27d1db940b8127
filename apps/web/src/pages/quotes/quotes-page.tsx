import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import { listQuotes } from '../../api/quotes';
import type { QuoteStatus, QuoteSummary } from '../../api/quotes';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { EmptyState } from '../../components/empty-state';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { LoadMore } from '../../components/load-more';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { QuoteStatusBadge } from '../../components/status-badge';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';

const FILTERS = ['all', 'draft', 'sent', 'accepted', 'declined', 'converted'] as const;
type Filter = (typeof FILTERS)[number];

export function QuotesPage() {
  const { t } = useTranslation();
  const { money, date } = useFormatters();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: Filter = (FILTERS as readonly (string | null)[]).includes(raw) ? (raw as Filter) : 'all';
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const list = useKeysetList<QuoteSummary>(`${status}|${q}`, (client, cursor, signal) =>
    listQuotes(client, { status: status === 'all' ? undefined : (status as QuoteStatus), q: q || undefined, cursor, limit: 50 }, signal),
  );
  const writer = canWrite(me.role);
  const createButton = writer ? (
    <Link to="/quotes/new" className="button button--primary">
      <Icon name="plus" /> {t('quotes.create')}
    </Link>
  ) : null;

  if (!list.loading && !list.error && list.items.length === 0 && status === 'all' && q === '') {
    return (
      <>
        <PageHeader title={t('quotes.title')} subtitle={t('quotes.subtitle')} />
        <EmptyState icon="quote" title={t('quotes.emptyTitle')} actions={createButton}>
          {t('quotes.emptyText')}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('quotes.title')} subtitle={t('quotes.subtitle')} actions={createButton} />
      <div className="toolbar">
        <SearchField label={t('quotes.searchLabel')} value={search} onChange={setSearch} />
      </div>
      <div className="segmented segmented--scroll" role="group" aria-label={t('invoices.statusLabel')}>
        {FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            className="segmented__item"
            aria-pressed={status === value}
            onClick={() => setParams(value === 'all' ? {} : { status: value }, { replace: true })}
          >
            {value === 'all' ? t('invoices.filters.all') : t(`quotes.status.${value}`)}
          </button>
        ))}
      </div>
      <FormAlert error={list.error} />
      <div className="table-wrap" aria-busy={list.loading}>
        <table className="data-table">
          <caption className="visually-hidden">{t('quotes.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invoices.columns.number')}</th>
              <th scope="col">{t('invoices.columns.client')}</th>
              <th scope="col">{t('invoices.columns.date')}</th>
              <th scope="col">{t('quotes.validUntil')}</th>
              <th scope="col" className="num">
                {t('invoices.columns.amount')}
              </th>
              <th scope="col">{t('invoices.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((quote) => (
              <tr key={quote.id}>
                <th scope="row" data-label={t('invoices.columns.number')}>
                  <Link to={`/quotes/${quote.id}`} className="data-table__link">
                    {quote.number ?? t('invoices.draftNumber')}
                  </Link>
                </th>
                <td data-label={t('invoices.columns.client')}>
                  {quote.clientName}
                  {quote.title ? <span className="data-table__sub">{quote.title}</span> : null}
                </td>
                <td data-label={t('invoices.columns.date')}>{quote.issueDate ? date(quote.issueDate) : t('common.none')}</td>
                <td data-label={t('quotes.validUntil')}>{quote.validUntil ? date(quote.validUntil) : t('common.none')}</td>
                <td data-label={t('invoices.columns.amount')} className="num">
                  {money(quote.totalPayable, quote.currency)}
                </td>
                <td data-label={t('invoices.columns.status')}>
                  <QuoteStatusBadge status={quote.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 ? (
          <p className="table-empty" role="status">
            {t('quotes.noMatch')}
          </p>
        ) : null}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
    </>
  );
}
