import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { login } from '../api/auth';
import { FormAlert } from '../components/form-alert';
import { Notice } from '../components/notice';
import { TextField } from '../components/text-field';
import { useSubmit } from '../components/use-submit';
import { readStoredLanguage, setLanguage } from '../i18n/i18n';
import { safeNext } from '../session/login-redirect';

export { safeNext };

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { pending, onSubmit, formError, fieldError } = useSubmit(async () => {
    const me = await login(client, { email, password });
    // On a device where no language was picked yet, the account's own language applies.
    if (!readStoredLanguage() && me?.user?.locale && me.user.locale !== i18n.language) await setLanguage(i18n, me.user.locale);
    await navigate(safeNext(params.get('next')), { replace: true });
  });
  const reason = params.get('reason');

  return (
    <div className="auth-card">
      <title>{`${t('auth.loginTitle')} · ${t('app.name')}`}</title>
      <h1 className="auth-card__title">{t('auth.loginTitle')}</h1>
      <p className="auth-card__subtitle">{t('auth.loginSubtitle')}</p>
      {reason === 'expired' ? <Notice>{t('auth.sessionExpired')}</Notice> : null}
      {reason === 'reset' ? <Notice tone="success">{t('auth.resetDone')}</Notice> : null}
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
        <p className="auth-card__aside">
          <Link to="/forgot-password">{t('auth.forgotLink')}</Link>
        </p>
        <button type="submit" className="button button--primary button--block" disabled={pending} aria-busy={pending}>
          {pending ? t('auth.submitting') : t('auth.submitLogin')}
        </button>
      </form>
      <p className="auth-card__switch">
        {t('auth.noAccount')} <Link to={`/signup${params.get('next') ? `?next=${encodeURIComponent(params.get('next') ?? '')}` : ''}`}>{t('auth.toSignup')}</Link>
      </p>
    </div>
  );
}
