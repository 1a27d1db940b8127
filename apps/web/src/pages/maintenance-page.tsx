import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon';

/** Shown when the API answers 503 MAINTENANCE: nothing is lost, come back shortly. */
export function MaintenancePage() {
  const { t } = useTranslation();
  return (
    <div className="status-page">
      <title>{`${t('maintenance.title')} · ${t('app.name')}`}</title>
      <span className="status-page__icon">
        <Icon name="tools" size={32} />
      </span>
      <h1>{t('maintenance.title')}</h1>
      <p className="lead">{t('maintenance.text')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('maintenance.retry')}
      </button>
    </div>
  );
}
