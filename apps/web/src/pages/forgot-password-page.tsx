import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { requestPasswordReset } from '../api/auth';
import { FormAlert } from '../components/form-alert';
import { Notice } from '../components/notice';
import { toLanguage } from '../i18n/languages';
import { TextField } from '../components/text-field';
import { useSubmit } from '../components/use-submit';

/** Asks for a reset link. The answer is the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | undefined>();
  const { pending, onSubmit, formError, fieldError } = useSubmit(async () => {
    await requestPasswordReset(client, email.trim(), toLanguage(i18n.language));
    setSentTo(email.trim());
  });

  return (
    <div className="auth-card">
      <title>{`${t('auth.forgotTitle')} · ${t('app.name')}`}</title>
      <h1 className="auth-card__title">{t('auth.forgotTitle')}</h1>
      {sentTo ? (
        <Notice tone="success">{t('auth.forgotSent', { email: sentTo })}</Notice>
      ) : (
        <>
          <p className="auth-card__subtitle">{t('auth.forgotSubtitle')}</p>
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
            <button type="submit" className="button button--primary button--block" disabled={pending} aria-busy={pending}>
              {pending ? t('auth.submitting') : t('auth.forgotSubmit')}
            </button>
          </form>
        </>
      )}
      <p className="auth-card__switch">
        <Link to="/login">{t('auth.backToLogin')}</Link>
      </p>
    </div>
  );
}
