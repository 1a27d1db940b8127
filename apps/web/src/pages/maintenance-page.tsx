import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { fetchHealth } from '../api/health';
import { Icon } from '../components/icon';
import { Brand } from '../layout/brand';

const RECHECK_MS = 15_000;

/** Shown when the API answers 503 MAINTENANCE: nothing is lost, come back shortly. */
export function MaintenancePage({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="status-page">
      <title>{`${t('maintenance.title')} · ${t('app.name')}`}</title>
      <span className="status-page__icon">
        <Icon name="tools" size={32} />
      </span>
      <h1>{t('maintenance.title')}</h1>
      <p className="lead">{t('maintenance.text')}</p>
      <button type="button" className="button button--primary" onClick={onRetry ?? (() => window.location.reload())}>
        {t('maintenance.retry')}
      </button>
    </div>
  );
}

/**
 * The full-screen version over the app: checks the API's health every 15 s (and on "Retry") and
 * gives the page back as soon as the API answers anything but maintenance.
 */
export function MaintenanceScreen({ onBack }: { onBack: () => void }) {
  const client = useApiClient();
  const [checking, setChecking] = useState(false);

  const check = useCallback(async () => {
    setChecking(true);
    try {
      await fetchHealth(client);
      onBack();
    } catch (error) {
      // Still in maintenance, or unreachable: stay here; the next check will tell.
      if (!(error instanceof ApiError)) throw error;
      if (!error.isMaintenance && !error.isNetworkError) onBack();
    } finally {
      setChecking(false);
    }
  }, [client, onBack]);

  useEffect(() => {
    const timer = setInterval(() => void check(), RECHECK_MS);
    return () => clearInterval(timer);
  }, [check]);

  return (
    <div className="standalone" aria-busy={checking}>
      <header className="auth__header">
        <Brand />
      </header>
      <main className="standalone__main">
        <MaintenancePage onRetry={() => void check()} />
      </main>
    </div>
  );
}
