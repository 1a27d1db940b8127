import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import { fetchDashboard } from '../../api/dashboard';
import type { Dashboard } from '../../api/dashboard';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import type { IconName } from '../../components/icon';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';
import { describeAuditEvent } from '../settings/audit-event-text';
import type { AuditTextContext, DescribedEvent } from '../settings/audit-event-text';
import { RevenueChart } from './revenue-chart';
import '../../styles/dashboard.css';

type StepKey = 'Profile' | 'Bank' | 'Client' | 'Invoice';

const STEPS: readonly { key: StepKey; to: string; icon: IconName; done: (setup: Dashboard['setup']) => boolean }[] = [
  { key: 'Profile', to: '/settings/organisation', icon: 'building', done: (s) => s.addressComplete },
  { key: 'Bank', to: '/settings/bank-accounts', icon: 'bank', done: (s) => s.bankAccounts > 0 },
  { key: 'Client', to: '/clients/new', icon: 'clients', done: (s) => s.clients > 0 },
  { key: 'Invoice', to: '/invoices/new', icon: 'invoice', done: (s) => s.invoices > 0 },
];

/** An activity entry as the audit log's sentence describes it: the dashboard names the actor only. */
const asAuditEvent = (event: Dashboard['activity'][number]): DescribedEvent => ({ ...event, actor: event.actorName === null ? null : { name: event.actorName } });

/** The business at a glance: what is open, late and paid, the year's revenue, whom to chase. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { money, amount, date, dateTime, list } = useFormatters();
  const { me } = useSession();
  const dashboard = useQuery<Dashboard>('dashboard', (client, signal) => fetchDashboard(client, signal));
  const writer = canWrite(me.role);
  const d = dashboard.data;
  const inCurrency = (minor: number) => money(minor, d?.currency);
  // The audit log's sentences. Members and API tokens are not fetched for the dashboard: a role
  // change then reads "a member", an integration's act "an integration (API token)".
  const auditText = useMemo<AuditTextContext>(() => ({ t, money, amount, list, memberName: () => undefined, tokenName: () => undefined }), [t, money, amount, list]);

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle')}
        actions={
          writer ? (
            <Link to="/invoices/new" className="button button--primary">
              <Icon name="plus" /> {t('dashboard.createInvoice')}
            </Link>
          ) : null
        }
      />
      <FormAlert error={dashboard.error} />
      {!d ? (
        dashboard.error ? null : <p role="status">{t('common.loading')}</p>
      ) : (
        <div className="dashboard">
          {STEPS.some((step) => !step.done(d.setup)) ? (
            <section className="card" aria-labelledby="getting-started">
              <h2 id="getting-started" className="card__title">
                {t('dashboard.startTitle')}
              </h2>
              <ol className="steps">
                {STEPS.map((step) => {
                  const done = step.done(d.setup);
                  return (
                    <li key={step.key} className="steps__item" data-done={done || undefined}>
                      <span className="steps__icon">
                        <Icon name={done ? 'check' : step.icon} />
                      </span>
                      <div>
                        <Link to={step.to} className="steps__link">
                          {t(`dashboard.start${step.key}`)}
                        </Link>
                        {done ? <span className="visually-hidden"> ({t('dashboard.done')})</span> : null}
                        <p className="steps__text">{t(`dashboard.start${step.key}Text`)}</p>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : null}

          <div className="kpis">
            {(['open', 'overdue', 'paid'] as const).map((kind) => (
              <section key={kind} className={`kpi kpi--${kind}`} aria-labelledby={`kpi-${kind}`}>
                <h2 id={`kpi-${kind}`} className="kpi__title">
                  {t(`dashboard.kpi.${kind}`)}
                </h2>
                <p className="kpi__value" data-testid={`kpi-${kind}-month`}>
                  <span className="kpi__period">{t('dashboard.thisMonth')}</span>
                  {inCurrency(d.month[kind])}
                </p>
                <p className="kpi__year" data-testid={`kpi-${kind}-year`}>
                  <span className="kpi__period">{t('dashboard.thisYear')}</span>
                  {inCurrency(d.year[kind])}
                </p>
              </section>
            ))}
          </div>

          <RevenueChart revenue={d.revenue} currency={d.currency} />

          <div className="dashboard__columns">
            <section className="card" aria-labelledby="follow-up">
              <h2 id="follow-up" className="card__title">
                {t('dashboard.followUpTitle')}
              </h2>
              {d.followUp.length === 0 ? (
                <p className="card__text">{t('dashboard.followUpNone')}</p>
              ) : (
                <ul className="plain-list follow-up">
                  {d.followUp.map((invoice) => (
                    <li key={invoice.id} className="follow-up__item">
                      <Link to={`/invoices/${invoice.id}`} className="data-table__link">
                        {invoice.number}
                      </Link>{' '}
                      · {invoice.clientName}
                      <span className="data-table__sub">
                        {t('dashboard.overdueBy', { count: invoice.daysOverdue, date: date(invoice.dueDate) })}
                      </span>
                      <strong className="follow-up__amount">{inCurrency(invoice.amountDue)}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="activity">
              <h2 id="activity" className="card__title">
                {t('dashboard.activityTitle')}
              </h2>
              {d.activity.length === 0 ? (
                <p className="card__text">{t('dashboard.activityNone')}</p>
              ) : (
                <ul className="plain-list activity">
                  {d.activity.map((event) => {
                    const { text, details, link } = describeAuditEvent(asAuditEvent(event), auditText);
                    return (
                      <li key={event.id}>
                        {link ? <Link to={link}>{text}</Link> : text}
                        <span className="data-table__sub">
                          <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time>
                          {details ? ` · ${details}` : ''}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          </div>
        </div>
      )}
    </>
  );
}
