import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { PageHeader } from '../components/page-header';

export function InvoicesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('invoices.title')} subtitle={t('invoices.subtitle')} />
      <EmptyState
        icon="invoice"
        title={t('invoices.emptyTitle')}
        actions={
          <Link to="/invoices/new" className="button button--primary">
            {t('invoices.create')}
          </Link>
        }
      >
        {t('invoices.emptyText')}
      </EmptyState>
    </>
  );
}
