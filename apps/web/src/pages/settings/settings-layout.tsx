import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

const TABS = ['organisation', 'bank-accounts', 'numbering', 'members', 'account'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, 'organisation' | 'bankAccounts' | 'numbering' | 'members' | 'account'> = {
  organisation: 'organisation',
  'bank-accounts': 'bankAccounts',
  numbering: 'numbering',
  members: 'members',
  account: 'account',
};

/** Settings: one page per area, reached by a row of tabs (links, so each has its own address). */
export function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <nav className="tabs" aria-label={t('settings.sections')}>
        {TABS.map((tab) => (
          <NavLink key={tab} to={`/settings/${tab}`} className="tabs__link">
            {t(`settings.tabs.${LABEL[tab]}`)}
          </NavLink>
        ))}
      </nav>
      <div className="settings">
        <Outlet />
      </div>
    </>
  );
}
