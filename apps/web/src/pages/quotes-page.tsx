import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { PageHeader } from '../components/page-header';

export function QuotesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('quotes.title')} subtitle={t('quotes.subtitle')} />
      <EmptyState
        icon="quote"
        title={t('quotes.emptyTitle')}
        actions={
          <Link to="/quotes/new" className="button button--primary">
            {t('quotes.create')}
          </Link>
        }
      >
        {t('quotes.emptyText')}
      </EmptyState>
    </>
  );
}
