import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { signup } from '../api/auth';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';
import { useSubmit } from '../components/use-submit';
import { toLanguage } from '../i18n/languages';

export function SignupPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({ organisationName: '', name: '', email: '', password: '' });
  const { pending, onSubmit, formError, fieldError } = useSubmit(async () => {
    await signup(client, { ...form, locale: toLanguage(i18n.language) });
    await navigate('/onboarding', { replace: true });
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
        {t('auth.haveAccount')} <Link to="/login">{t('auth.toLogin')}</Link>
      </p>
    </div>
  );
}
