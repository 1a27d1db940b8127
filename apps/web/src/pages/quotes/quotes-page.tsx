import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import { listQuotes } from '../../api/quotes';
import type { QuoteStatus, QuoteSummary } from '../../api/quotes';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { QuoteStatusBadge } from '../../components/status-badge';
import { useSession } from '../../session/session-context';
import { DocumentListTable } from '../documents/document-list-table';

const FILTERS = ['all', 'draft', 'sent', 'accepted', 'declined', 'converted'] as const;
type Filter = (typeof FILTERS)[number];

export function QuotesPage() {
  const { t } = useTranslation();
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
      <DocumentListTable
        caption={t('quotes.title')}
        secondDateHeader={t('quotes.validUntil')}
        list={list}
        noMatch={t('quotes.noMatch')}
        toRow={(quote) => ({ ...quote, href: `/quotes/${quote.id}`, secondDate: quote.validUntil, status: <QuoteStatusBadge status={quote.status} /> })}
      />
    </>
  );
}
