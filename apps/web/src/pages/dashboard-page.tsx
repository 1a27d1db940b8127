import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { Icon } from '../components/icon';
import type { IconName } from '../components/icon';
import { PageHeader } from '../components/page-header';

type StepKey = 'Profile' | 'Bank' | 'Client' | 'Invoice';

const STEPS: readonly { key: StepKey; to: string; icon: IconName }[] = [
  { key: 'Profile', to: '/settings', icon: 'building' },
  { key: 'Bank', to: '/settings', icon: 'bank' },
  { key: 'Client', to: '/clients', icon: 'clients' },
  { key: 'Invoice', to: '/invoices', icon: 'invoice' },
];

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <EmptyState
        icon="dashboard"
        title={t('dashboard.emptyTitle')}
        actions={
          <>
            <Link to="/invoices/new" className="button button--primary">
              {t('dashboard.createInvoice')}
            </Link>
            <Link to="/clients/new" className="button button--secondary">
              {t('dashboard.addClient')}
            </Link>
          </>
        }
      >
        {t('dashboard.emptyText')}
      </EmptyState>

      <section className="card" aria-labelledby="getting-started">
        <h2 id="getting-started" className="card__title">
          {t('dashboard.startTitle')}
        </h2>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step.key} className="steps__item">
              <span className="steps__icon">
                <Icon name={step.icon} />
              </span>
              <div>
                <Link to={step.to} className="steps__link">
                  {t(`dashboard.start${step.key}`)}
                </Link>
                <p className="steps__text">{t(`dashboard.start${step.key}Text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
