import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { changePassword, logoutEverywhere } from '../../api/auth';
import { FormAlert } from '../../components/form-alert';
import { LanguageSwitcher } from '../../components/language-switcher';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { clearAllDrafts } from '../../session/drafts';
import { useSession } from '../../session/session-context';

/** The person: interface language on this device, password, and signing out everywhere. */
export function AccountSettings() {
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const { me } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [changed, setChanged] = useState(false);
  const password = useSubmit(async () => {
    setChanged(false);
    if (next !== confirm) throw new ApiError({ status: 400, code: 'PASSWORD_MISMATCH', message: 'PASSWORD_MISMATCH', field: 'confirm' });
    await changePassword(api, current, next);
    setCurrent('');
    setNext('');
    setConfirm('');
    setChanged(true);
  }, ['currentPassword', 'newPassword', 'confirm']);
  const everywhere = useSubmit(async () => {
    await logoutEverywhere(api);
    clearAllDrafts();
    await navigate('/login', { replace: true });
  });

  return (
    <>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language" className="card__title">
          {t('settings.languageTitle')}
        </h2>
        <p className="card__text">{t('settings.languageText')}</p>
        <LanguageSwitcher showLabel />
      </section>
      <section className="card" aria-labelledby="settings-password">
        <h2 id="settings-password" className="card__title">
          {t('settings.passwordTitle')}
        </h2>
        <p className="card__text">{t('settings.passwordText', { email: me.user.email })}</p>
        {changed ? <Notice tone="success">{t('settings.passwordChanged')}</Notice> : null}
        <form className="form form--narrow" onSubmit={password.onSubmit} noValidate>
          <FormAlert error={password.formError} />
          <TextField label={t('settings.currentPassword')} type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} error={password.fieldError('currentPassword')} />
          <TextField label={t('auth.newPassword')} type="password" autoComplete="new-password" hint={t('auth.passwordHint')} value={next} onChange={(event) => setNext(event.target.value)} error={password.fieldError('newPassword')} />
          <TextField label={t('auth.confirmPassword')} type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={password.fieldError('confirm')} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={password.pending}>
              {t('auth.resetSubmit')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="settings-sessions">
        <h2 id="settings-sessions" className="card__title">
          {t('settings.sessionsTitle')}
        </h2>
        <p className="card__text">{t('settings.sessionsText')}</p>
        <FormAlert error={everywhere.formError} />
        <button type="button" className="button button--secondary" onClick={() => void everywhere.run()} disabled={everywhere.pending}>
          {t('settings.logoutEverywhere')}
        </button>
      </section>
    </>
  );
}
