import { useSearchParams, useNavigate, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAdminister } from '../../api/auth';
import { getOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { BankAccountForm } from '../settings/bank-account-form';
import { LogoForm } from '../settings/logo-form';
import { ProfileForm } from '../settings/profile-form';
import { VatForm } from '../settings/vat-form';

const STEPS = ['profile', 'vat', 'bank', 'logo'] as const;
type Step = (typeof STEPS)[number];

function toStep(value: string | null): Step {
  return (STEPS as readonly string[]).includes(value ?? '') ? (value as Step) : 'profile';
}

/**
 * After sign-up: profile, VAT status, bank account and logo, one step at a time. Each step saves
 * on "continue", and the step is in the URL, so a reload or an expired session resumes there.
 */
export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const step = toStep(params.get('step'));
  const organisation = useQuery<Organisation>('organisation', (api, signal) => getOrganisation(api, signal));
  const index = STEPS.indexOf(step);

  async function go(next: Step | 'done') {
    if (next === 'done') await navigate('/', { replace: true });
    else setParams({ step: next });
  }
  const nextOf = (current: Step): Step | 'done' => STEPS[STEPS.indexOf(current) + 1] ?? 'done';
  const backButton =
    index > 0 ? (
      <button type="button" className="button button--secondary" onClick={() => void go(STEPS[index - 1] ?? 'profile')}>
        {t('common.back')}
      </button>
    ) : null;

  if (!canAdminister(me.role)) {
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

  async function saved(value: Organisation | null) {
    if (value) organisation.setData(value);
    await go(nextOf(step));
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
          <BankAccountForm
            isDefault
            onSaved={() => saved(null)}
            submitLabel={t('onboarding.continue')}
            extraActions={
              <>
                {backButton}
                <button type="button" className="button button--ghost" onClick={() => void go('logo')}>
                  {t('common.skip')}
                </button>
              </>
            }
          />
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
    </>
  );
}
