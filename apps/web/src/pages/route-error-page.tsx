import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { Brand } from '../layout/brand';
import { MaintenancePage } from './maintenance-page';
import { NotFoundPage } from './not-found-page';

/**
 * Catches what a route throws while loading or rendering: a missing page, the API in maintenance,
 * or a route chunk that no longer exists after a deploy (a reload fetches the new build).
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();

  let content;
  if (error instanceof ApiError && error.isMaintenance) {
    content = <MaintenancePage />;
  } else if (isRouteErrorResponse(error) && error.status === 404) {
    content = <NotFoundPage />;
  } else {
    content = (
      <div className="status-page">
        <title>{`${t('routeError.title')} · ${t('app.name')}`}</title>
        <h1>{t('routeError.title')}</h1>
        <p className="lead">{t('routeError.text')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </div>
    );
  }
  return (
    <div className="standalone">
      <header className="auth__header">
        <Brand />
      </header>
      <main id="main-content" className="standalone__main">
        {content}
      </main>
    </div>
  );
}
