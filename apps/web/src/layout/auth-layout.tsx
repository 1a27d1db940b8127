import { Outlet, ScrollRestoration } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/language-switcher';
import { Brand } from './brand';
import { HealthStatus } from './health-status';

/** Login and signup: one centred card, with the language choice before the user has an account. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <a className="skip-link" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <header className="auth__header">
        <Brand />
        <LanguageSwitcher />
      </header>
      <main id="main-content" className="auth__main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer footer--center">
        <HealthStatus />
      </footer>
      <ScrollRestoration />
    </div>
  );
}
