import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { signup } from '../api/auth';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';
import { useSubmit } from '../components/use-submit';
import { toLanguage } from '../i18n/languages';
import { safeNext } from '../session/login-redirect';

export function SignupPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ organisationName: '', name: '', email: '', password: '' });
  const { pending, onSubmit, formError, fieldError } = useSubmit(async () => {
    await signup(client, { ...form, locale: toLanguage(i18n.language) });
    // Come from an invitation link: back to it; otherwise the onboarding of the new business.
    const next = params.get('next');
    await navigate(next ? safeNext(next) : '/onboarding', { replace: true });
  });

  function field(name: keyof typeof form) {
    return {
      name,
      value: form[name],
      onChange: (event: { target: { value: string } }) => setForm((current) => ({ ...current, [name]: event.target.value })),
      error: fieldError(name),
      required: true,
    };
  }

  return (
    <div className="auth-card">
      <title>{`${t('auth.signupTitle')} · ${t('app.name')}`}</title>
      <h1 className="auth-card__title">{t('auth.signupTitle')}</h1>
      <p className="auth-card__subtitle">{t('auth.signupSubtitle')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert error={formError} />
        <TextField label={t('auth.organisationName')} autoComplete="organization" {...field('organisationName')} />
        <TextField label={t('auth.name')} autoComplete="name" {...field('name')} />
        <TextField label={t('auth.email')} type="email" autoComplete="email" {...field('email')} />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint')}
          {...field('password')}
        />
        <button type="submit" className="button button--primary button--block" disabled={pending} aria-busy={pending}>
          {pending ? t('auth.submitting') : t('auth.submitSignup')}
        </button>
      </form>
      <p className="auth-card__switch">
        {t('auth.haveAccount')} <Link to={`/login${params.get('next') ? `?next=${encodeURIComponent(params.get('next') ?? '')}` : ''}`}>{t('auth.toLogin')}</Link>
      </p>
    </div>
  );
}
