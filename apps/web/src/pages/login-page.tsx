import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { login } from '../api/auth';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';
import { useSubmit } from '../components/use-submit';

/** Only same-app paths: `?next=https://evil.example` must not turn login into an open redirect. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { pending, onSubmit, formError, fieldError } = useSubmit(async () => {
    await login(client, { email, password });
    await navigate(safeNext(params.get('next')), { replace: true });
  });

  return (
    <div className="auth-card">
      <title>{`${t('auth.loginTitle')} · ${t('app.name')}`}</title>
      <h1 className="auth-card__title">{t('auth.loginTitle')}</h1>
      <p className="auth-card__subtitle">{t('auth.loginSubtitle')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert error={formError} />
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError('email')}
        />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError('password')}
        />
        <button type="submit" className="button button--primary button--block" disabled={pending} aria-busy={pending}>
          {pending ? t('auth.submitting') : t('auth.submitLogin')}
        </button>
      </form>
      <p className="auth-card__switch">
        {t('auth.noAccount')} <Link to="/signup">{t('auth.toSignup')}</Link>
      </p>
    </div>
  );
}
