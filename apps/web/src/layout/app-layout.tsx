import { useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { fetchMe } from '../api/auth';
import type { Me } from '../api/auth';
import { useQuery } from '../api/use-query';
import { FormAlert } from '../components/form-alert';
import { Icon } from '../components/icon';
import { LanguageSwitcher } from '../components/language-switcher';
import { loginPath } from '../session/login-redirect';
import { SessionContext, sessionOf } from '../session/session-context';
import { Brand } from './brand';
import { HealthStatus } from './health-status';
import { NAV_ITEMS } from './nav-items';
import { OrganisationSwitcher } from './organisation-switcher';
import { PageLoading } from './page-loading';
import { UserMenu } from './user-menu';

const NAV_ID = 'app-navigation';

/**
 * The signed-in product: loads the session (GET /api/me) first — a visitor without one goes to
 * the login page, which brings them back here — then the header, the sections and the page. Any
 * later 401 (the session expired while the page was open) does the same, saying why.
 */
export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApiClient();
  const me = useQuery<Me>('me', (api, signal) => fetchMe(api, signal));
  const locationRef = useRef(location);
  locationRef.current = location;

  useEffect(
    () =>
      client.onError((error) => {
        if (error.isUnauthenticated) void navigate(loginPath(locationRef.current, 'expired'), { replace: true });
      }),
    [client, navigate],
  );

  if (me.error instanceof ApiError && me.error.isUnauthenticated) return <Navigate to={loginPath(location)} replace />;
  if (me.error) {
    return (
      <div className="standalone">
        <main id="main-content" className="standalone__main">
          <div className="status-page">
            <FormAlert error={me.error} />
            <button type="button" className="button button--primary" onClick={me.reload}>
              <RetryLabel />
            </button>
          </div>
        </main>
      </div>
    );
  }
  if (!me.data) return <PageLoading />;
  return <SignedInShell me={me.data} setMe={me.setData} />;
}

function RetryLabel() {
  const { t } = useTranslation();
  return <>{t('common.retry')}</>;
}

function SignedInShell({ me, setMe }: { me: Me; setMe: (me: Me) => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const firstPath = useRef(pathname);
  const session = useMemo(() => sessionOf(me, setMe), [me, setMe]);

  // After a client-side navigation, move focus to the new page so screen readers announce it and
  // keyboard users continue from the top; on phones, close the menu that was used to get there.
  useEffect(() => {
    setMenuOpen(false);
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setMenuOpen(false);
        menuButtonRef.current?.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  return (
    <SessionContext.Provider value={session}>
      <div className="app" data-menu-open={menuOpen || undefined}>
        <a className="skip-link" href="#main-content">
          {t('layout.skipToContent')}
        </a>
        {navigation.state !== 'idle' ? (
          <div className="route-progress" role="progressbar" aria-label={t('layout.pageLoading')} />
        ) : null}

        <header className="topbar">
          <button
            ref={menuButtonRef}
            type="button"
            className="icon-button topbar__menu"
            aria-expanded={menuOpen}
            aria-controls={NAV_ID}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <Icon name={menuOpen ? 'close' : 'menu'} />
            <span className="visually-hidden">{menuOpen ? t('layout.closeMenu') : t('layout.openMenu')}</span>
          </button>
          <Brand />
          <OrganisationSwitcher />
          <div className="topbar__end">
            <LanguageSwitcher />
            <UserMenu />
          </div>
        </header>

        <nav id={NAV_ID} className="sidebar" aria-label={t('nav.label')}>
          <ul className="sidebar__list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="sidebar__link">
                  <Icon name={item.icon} />
                  <span>{t(`nav.${item.label}`)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-backdrop" aria-hidden="true" onClick={() => setMenuOpen(false)} />

        <main id="main-content" ref={mainRef} className="main" tabIndex={-1}>
          {/* A new organisation is a new set of data: every page below starts over. */}
          {session.organisation ? <Outlet key={session.organisation.id} /> : <NoOrganisation />}
        </main>

        <footer className="footer">
          <HealthStatus />
          <span className="footer__tagline">{t('app.tagline')}</span>
        </footer>
        <ScrollRestoration />
      </div>
    </SessionContext.Provider>
  );
}

function NoOrganisation() {
  const { t } = useTranslation();
  return (
    <div className="status-page">
      <h1>{t('layout.noOrganisationTitle')}</h1>
      <p className="lead">{t('layout.noOrganisationText')}</p>
    </div>
  );
}
