import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { PageHeader } from '../components/page-header';

export function ClientsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('clients.title')} subtitle={t('clients.subtitle')} />
      <EmptyState
        icon="clients"
        title={t('clients.emptyTitle')}
        actions={
          <Link to="/clients/new" className="button button--primary">
            {t('clients.create')}
          </Link>
        }
      >
        {t('clients.emptyText')}
      </EmptyState>
    </>
  );
}
