import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon';
import { LanguageSwitcher } from '../components/language-switcher';
import { Brand } from './brand';
import { HealthStatus } from './health-status';
import { NAV_ITEMS } from './nav-items';

const NAV_ID = 'app-navigation';

/** The signed-in product: header, section navigation, the page, and the status footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const firstPath = useRef(pathname);

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
        {/* Filled from GET /api/me once sessions exist; an organisation switcher will live here. */}
        <div className="organisation">
          <Icon name="building" size={18} />
          <span className="visually-hidden">{t('layout.organisation')}: </span>
          <span className="organisation__name">{t('layout.organisationPlaceholder')}</span>
        </div>
        <div className="topbar__end">
          <LanguageSwitcher />
          <NavLink to="/login" className="button button--ghost topbar__signin">
            {t('layout.signIn')}
          </NavLink>
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
        <Outlet />
      </main>

      <footer className="footer">
        <HealthStatus />
        <span className="footer__tagline">{t('app.tagline')}</span>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
