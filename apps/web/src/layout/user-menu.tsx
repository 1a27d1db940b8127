import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { logout } from '../api/auth';
import { Icon } from '../components/icon';
import { clearAllDrafts } from '../session/drafts';
import { useSession } from '../session/session-context';

/** The signed-in person: a disclosure button with their name, the account link and "log out". */
export function UserMenu() {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  async function onLogout() {
    setPending(true);
    try {
      await logout(client);
    } catch {
      // Signed out locally whatever the API said: the cookie is gone or will expire.
    }
    clearAllDrafts();
    await navigate('/login', { replace: true });
  }

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="user" />
        <span className="user-menu__name">{me.user.name}</span>
        <span className="visually-hidden">{t('layout.accountMenu')}</span>
      </button>
      <div id={menuId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__email">{me.user.email}</p>
        <Link to="/settings/account" className="user-menu__item" onClick={() => setOpen(false)}>
          {t('layout.account')}
        </Link>
        <button type="button" className="user-menu__item" onClick={() => void onLogout()} disabled={pending}>
          {t('layout.logout')}
        </button>
      </div>
    </div>
  );
}
