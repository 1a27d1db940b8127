import { useTranslation } from 'react-i18next';

/** Shown while the first route's chunk loads; usually for a few milliseconds. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="visually-hidden">{t('layout.pageLoading')}</span>
    </div>
  );
}
