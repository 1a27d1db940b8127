import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon';
import { LanguageSwitcher } from '../components/language-switcher';
import { PageHeader } from '../components/page-header';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="settings">
        <section className="card" aria-labelledby="settings-organisation">
          <h2 id="settings-organisation" className="card__title">
            <Icon name="building" /> {t('settings.organisationTitle')}
          </h2>
          <p className="card__text">{t('settings.organisationText')}</p>
          <Link to="/settings/organisation" className="button button--primary">
            {t('settings.organisationAction')}
          </Link>
        </section>

        <section className="card" aria-labelledby="settings-bank">
          <h2 id="settings-bank" className="card__title">
            <Icon name="bank" /> {t('settings.bankTitle')}
          </h2>
          <p className="card__text">{t('settings.bankText')}</p>
          <Link to="/settings/bank-accounts/new" className="button button--secondary">
            {t('settings.bankAction')}
          </Link>
        </section>

        <section className="card" aria-labelledby="settings-language">
          <h2 id="settings-language" className="card__title">
            {t('settings.languageTitle')}
          </h2>
          <p className="card__text">{t('settings.languageText')}</p>
          <LanguageSwitcher showLabel />
        </section>
      </div>
    </>
  );
}
