import { useEffect } from 'react';
import { useSearchParams, useNavigate, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAdminister } from '../../api/auth';
import { listBankAccounts } from '../../api/bank-accounts';
import type { BankAccount } from '../../api/bank-accounts';
import { getOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { LogoForm } from '../settings/logo-form';
import { ProfileForm } from '../settings/profile-form';
import { VatForm } from '../settings/vat-form';
import { BankStep } from './bank-step';

const STEPS = ['profile', 'vat', 'bank', 'logo'] as const;
type Step = (typeof STEPS)[number];

function toStep(value: string | null): Step | null {
  return (STEPS as readonly string[]).includes(value ?? '') ? (value as Step) : null;
}

/**
 * Where the onboarding resumes without `?step=` (a bookmark, a closed tab): the first step not yet
 * done, judged from what the API has.
 * - profile: the address a QR-bill needs is filled (`addressComplete`: postal code and town).
 * - vat: the organisation keeps no "VAT answered" flag, and "not registered" is also what a new
 *   organisation starts with. So the step counts as done when its answer differs from that start
 *   (registered, or a UID given) or when a later step is done (a bank account exists): the steps
 *   are taken in order, so the VAT step was passed. An unregistered business without UID nor
 *   account thus comes back to the VAT step, its answer already selected: one click on "continue".
 * - bank: at least one bank account (an account list that failed to load counts as none).
 * - logo: optional; with everything else done the onboarding resumes there, where "finish" is.
 */
function resumeStep(organisation: Organisation, bankAccounts: number): Step {
  const done: Record<Step, boolean> = {
    profile: organisation.addressComplete,
    vat: organisation.vatRegistered || organisation.uid !== null || bankAccounts > 0,
    bank: bankAccounts > 0,
    logo: false,
  };
  return STEPS.find((step) => !done[step]) ?? 'logo';
}

/**
 * After sign-up: profile, VAT status, bank account and logo, one step at a time. Each step saves
 * on "continue", and the step is in the URL, so a reload or an expired session resumes there;
 * without a step in the URL it resumes at the first step not yet done (resumeStep).
 */
export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const requested = toStep(params.get('step'));
  const admin = canAdminister(me.role);
  const organisation = useQuery<Organisation>('organisation', (api, signal) => getOrganisation(api, signal));
  const accounts = useQuery<BankAccount[]>(admin ? 'bank-accounts' : null, (api, signal) => listBankAccounts(api, signal));
  const resumed = requested === null && organisation.data && (accounts.data || accounts.error) ? resumeStep(organisation.data, accounts.data?.length ?? 0) : null;
  // The step found goes into the URL, replacing the bare /onboarding, as if the user had come there.
  useEffect(() => {
    if (resumed) setParams({ step: resumed }, { replace: true });
  }, [resumed, setParams]);
  const step = requested ?? resumed;
  const index = step === null ? -1 : STEPS.indexOf(step);

  async function go(next: Step | 'done') {
    if (next === 'done') await navigate('/', { replace: true });
    else setParams({ step: next });
  }
  const following = STEPS[index + 1] ?? 'done';
  const backButton =
    index > 0 ? (
      <button type="button" className="button button--secondary" onClick={() => void go(STEPS[index - 1] ?? 'profile')}>
        {t('common.back')}
      </button>
    ) : null;

  if (!admin) {
    return (
      <>
        <PageHeader title={t('onboarding.title')} />
        <p className="lead">{t('onboarding.notAdmin')}</p>
        <Link to="/" className="button button--primary">
          {t('onboarding.toDashboard')}
        </Link>
      </>
    );
  }

  async function saved(value: Organisation) {
    organisation.setData(value);
    await go(following);
  }

  return (
    <>
      <PageHeader title={t('onboarding.title')} subtitle={t('onboarding.subtitle')} />
      <ol className="stepper" aria-label={t('onboarding.progress')}>
        {STEPS.map((name, i) => (
          <li key={name} className="stepper__item" data-state={i < index ? 'done' : i === index ? 'current' : 'todo'} aria-current={i === index ? 'step' : undefined}>
            <span className="stepper__number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="stepper__label">{t(`onboarding.steps.${name}`)}</span>
          </li>
        ))}
      </ol>
      {step === null ? (
        <section className="card onboarding" aria-label={t('onboarding.title')}>
          {organisation.error ? <FormAlert error={organisation.error} /> : <p role="status">{t('common.loading')}</p>}
        </section>
      ) : (
        <section className="card onboarding" aria-labelledby="onboarding-step-title">
          <h2 id="onboarding-step-title" className="card__title">
            {t(`onboarding.titles.${step}`)}
          </h2>
          <p className="card__text">{t(`onboarding.texts.${step}`)}</p>
          {organisation.error ? <FormAlert error={organisation.error} /> : null}
          {!organisation.data ? (
            organisation.error ? null : <p role="status">{t('common.loading')}</p>
          ) : step === 'profile' ? (
            <ProfileForm organisation={organisation.data} onSaved={saved} submitLabel={t('onboarding.continue')} />
          ) : step === 'vat' ? (
            <VatForm organisation={organisation.data} onSaved={saved} submitLabel={t('onboarding.continue')} extraActions={backButton} />
          ) : step === 'bank' ? (
            <BankStep accounts={accounts} onNext={() => go(following)} backButton={backButton} />
          ) : (
            <>
              <LogoForm organisation={organisation.data} onSaved={(value) => (value ? organisation.setData(value) : undefined)} extraActions={backButton} />
              <div className="form-actions form-actions--end">
                <button type="button" className="button button--primary" onClick={() => void go('done')}>
                  {t('onboarding.finish')}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
