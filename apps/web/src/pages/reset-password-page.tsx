import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { confirmPasswordReset } from '../api/auth';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';
import { useSubmit } from '../components/use-submit';

class PasswordMismatch extends ApiError {
  constructor() {
    super({ status: 400, code: 'PASSWORD_MISMATCH', message: 'PASSWORD_MISMATCH', field: 'confirm' });
  }
}

/** `/reset-password?token=…` from the e-mail: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { pending, onSubmit, formError, fieldError } = useSubmit(async () => {
    if (password !== confirm) throw new PasswordMismatch();
    await confirmPasswordReset(client, token, password);
    await navigate('/login?reason=reset', { replace: true });
  });
  // An invalid or expired link is the token's fault, not the form's: say so with the way out.
  const tokenError = fieldError('token');

  return (
    <div className="auth-card">
      <title>{`${t('auth.resetTitle')} · ${t('app.name')}`}</title>
      <h1 className="auth-card__title">{t('auth.resetTitle')}</h1>
      {token.length < 20 ? (
        <p className="auth-card__subtitle" role="alert">
          {t('auth.resetNoToken')}
        </p>
      ) : (
        <>
          <p className="auth-card__subtitle">{t('auth.resetSubtitle')}</p>
          <form className="form" onSubmit={onSubmit} noValidate>
            <FormAlert error={formError} />
            {tokenError ? (
              <div className="alert alert--error" role="alert">
                <p>{tokenError}</p>
              </div>
            ) : null}
            <TextField
              label={t('auth.newPassword')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint={t('auth.passwordHint')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={fieldError('password')}
            />
            <TextField
              label={t('auth.confirmPassword')}
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              error={fieldError('confirm')}
            />
            <button type="submit" className="button button--primary button--block" disabled={pending} aria-busy={pending}>
              {pending ? t('auth.submitting') : t('auth.resetSubmit')}
            </button>
          </form>
        </>
      )}
      <p className="auth-card__switch">
        <Link to="/forgot-password">{t('auth.resetAskAgain')}</Link>
      </p>
    </div>
  );
}
