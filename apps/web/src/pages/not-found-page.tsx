import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p className="lead">{t('notFound.text')}</p>
      <Link to="/" className="button button--primary">
        {t('notFound.back')}
      </Link>
    </>
  );
}
