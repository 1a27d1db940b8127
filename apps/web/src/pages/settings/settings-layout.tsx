import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAdminister } from '../../api/auth';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';

type Label = 'organisation' | 'bankAccounts' | 'numbering' | 'members' | 'account' | 'apiTokens' | 'auditLog';

/** `adminOnly`: pages the API opens to owners and admins alone; other roles don't see the tab. */
const TABS: readonly { path: string; label: Label; adminOnly?: true }[] = [
  { path: 'organisation', label: 'organisation' },
  { path: 'bank-accounts', label: 'bankAccounts' },
  { path: 'numbering', label: 'numbering' },
  { path: 'members', label: 'members' },
  { path: 'api-tokens', label: 'apiTokens', adminOnly: true },
  { path: 'audit-log', label: 'auditLog', adminOnly: true },
  { path: 'account', label: 'account' },
];

/** Settings: one page per area, reached by a row of tabs (links, so each has its own address). */
export function SettingsLayout() {
  const { t } = useTranslation();
  const { me } = useSession();
  const admin = canAdminister(me.role);
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <nav className="tabs" aria-label={t('settings.sections')}>
        {TABS.filter((tab) => admin || !tab.adminOnly).map((tab) => (
          <NavLink key={tab.path} to={`/settings/${tab.path}`} className="tabs__link">
            {t(`settings.tabs.${tab.label}`)}
          </NavLink>
        ))}
      </nav>
      <div className="settings">
        <Outlet />
      </div>
    </>
  );
}
