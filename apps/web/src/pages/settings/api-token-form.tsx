import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { createApiToken, TOKEN_ROLES } from '../../api/api-tokens';
import type { CreatedApiToken, TokenRole } from '../../api/api-tokens';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { Notice } from '../../components/notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { SettingsCard } from './settings-card';

/** Lifetimes offered, in days (the API takes 1–3650); `none` lasts until revoked. */
const EXPIRIES = { none: null, d30: 30, d90: 90, d365: 365, d730: 730 } as const;
type Expiry = keyof typeof EXPIRIES;

/** Name, role and lifetime of a new token; `onCreated` receives the answer with its secret. */
export function ApiTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TokenRole>('member');
  const [expiry, setExpiry] = useState<Expiry>('none');
  const submit = useSubmit(async () => {
    const created = await createApiToken(api, { name: name.trim(), role, expiresInDays: EXPIRIES[expiry] });
    setName('');
    onCreated(created);
  }, ['name', 'role', 'expiresInDays']);

  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate>
      <FormAlert error={submit.formError} />
      <div className="form-grid form-grid--three">
        <TextField
          label={t('apiTokens.name')}
          hint={t('apiTokens.nameHint')}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          error={submit.fieldError('name')}
          required
        />
        <SelectField
          label={t('apiTokens.role')}
          hint={t('apiTokens.roleHint')}
          value={role}
          onChange={(event) => setRole(event.target.value as TokenRole)}
          options={TOKEN_ROLES.map((value) => ({ value, label: t(`settings.roles.${value}`) }))}
          error={submit.fieldError('role')}
        />
        <SelectField
          label={t('apiTokens.expiry')}
          value={expiry}
          onChange={(event) => setExpiry(event.target.value as Expiry)}
          options={(Object.keys(EXPIRIES) as Expiry[]).map((value) => ({ value, label: t(`apiTokens.expiries.${value}`) }))}
          error={submit.fieldError('expiresInDays')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submit.pending}>
          <Icon name="plus" /> {t('apiTokens.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The new token's secret, shown this once: the API keeps only its hash. It lives in the page's
 * state alone, so leaving the page or "done" loses it for good. Focus lands on it, selected,
 * ready for Ctrl+C.
 */
export function ApiTokenSecret({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    setCopy('idle');
    input.current?.focus();
    input.current?.select();
  }, [token.id]);

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopy('copied');
    } catch {
      // No clipboard (plain http, old browser, permission refused): leave it selected to copy by hand.
      input.current?.focus();
      input.current?.select();
      setCopy('failed');
    }
  }

  return (
    <SettingsCard title={t('apiTokens.createdTitle', { name: token.name })} icon="check" className="token-secret">
      <Notice tone="warning">
        <p id={`${id}-warning`}>{t('apiTokens.createdWarning')}</p>
      </Notice>
      <div className="field">
        <label htmlFor={`${id}-secret`} className="field__label">
          {t('apiTokens.secret')}
        </label>
        <div className="token-secret__row">
          <input
            ref={input}
            id={`${id}-secret`}
            className="input input--mono"
            value={token.token}
            readOnly
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-warning`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button button--secondary" onClick={() => void copyToken()}>
            <Icon name="copy" /> {t('apiTokens.copy')}
          </button>
        </div>
        <p className="field__hint" role="status">
          {copy === 'copied' ? t('apiTokens.copied') : copy === 'failed' ? t('apiTokens.copyFailed') : ''}
        </p>
      </div>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('apiTokens.done')}
        </button>
      </div>
    </SettingsCard>
  );
}
