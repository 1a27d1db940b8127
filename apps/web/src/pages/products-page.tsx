import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { PageHeader } from '../components/page-header';

export function ProductsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('products.title')} subtitle={t('products.subtitle')} />
      <EmptyState
        icon="products"
        title={t('products.emptyTitle')}
        actions={
          <Link to="/products/new" className="button button--primary">
            {t('products.create')}
          </Link>
        }
      >
        {t('products.emptyText')}
      </EmptyState>
    </>
  );
}
