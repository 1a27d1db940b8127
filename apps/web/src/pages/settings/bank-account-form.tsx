import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { createBankAccount } from '../../api/bank-accounts';
import type { BankAccount } from '../../api/bank-accounts';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { checkIban } from './iban-check';

interface BankAccountFormProps {
  onSaved: (account: BankAccount) => void | Promise<void>;
  submitLabel: string;
  /** The first account becomes the default one. */
  isDefault?: boolean;
  extraActions?: ReactNode;
}

/**
 * A new bank account with its IBAN checked as it is typed (same rules as the API, from
 * packages/swiss), telling a QR-IBAN from an ordinary IBAN.
 */
export function BankAccountForm({ onSaved, submitLabel, isDefault = false, extraActions }: BankAccountFormProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [label, setLabel] = useState('');
  const [iban, setIban] = useState('');
  const [qrrPrefix, setQrrPrefix] = useState('');
  const [touched, setTouched] = useState(false);
  const statusId = useId();
  const check = checkIban(iban);

  const save = useSubmit(async () => {
    setTouched(true);
    if (check.state === 'invalid') throw new ApiError({ status: 400, code: check.code, message: check.code, field: 'iban' });
    if (check.state !== 'valid') throw new ApiError({ status: 400, code: 'IBAN_INVALID', message: 'IBAN_INVALID', field: 'iban' });
    const account = await createBankAccount(api, {
      label: label.trim() || t('bank.defaultLabel'),
      iban: check.iban,
      isDefault,
      ...(check.isQrIban && qrrPrefix.trim() ? { qrrPrefix: qrrPrefix.trim() } : {}),
    });
    await onSaved(account);
  }, ['label', 'iban', 'qrrPrefix']);

  // The live message: errors once the IBAN is complete (or on submit), and the kind of account.
  const liveError =
    check.state === 'invalid' ? t(`apiErrors.${check.code}`) : touched && check.state === 'incomplete' ? t('bank.incomplete', { count: check.missing }) : undefined;
  const error = save.fieldError('iban') ?? liveError;

  return (
    <form className="form" onSubmit={save.onSubmit} noValidate>
      <FormAlert error={save.formError} />
      <p className="explain">
        <Icon name="info" size={18} /> {t('bank.qrIbanExplained')}
      </p>
      <TextField label={t('bank.label')} hint={t('bank.labelHint')} value={label} onChange={(event) => setLabel(event.target.value)} error={save.fieldError('label')} />
      <TextField
        label={t('bank.iban')}
        value={iban}
        onChange={(event) => setIban(event.target.value)}
        onBlur={() => setTouched(check.state !== 'empty')}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="CH00 0000 0000 0000 0000 0"
        className="input input--mono"
        aria-describedby={statusId}
      />
      <p id={statusId} className="iban-status" role="status">
        {check.state === 'valid' ? (
          <>
            <Icon name="check" size={18} /> {check.isQrIban ? t('bank.validQrIban', { iban: check.formatted }) : t('bank.validIban', { iban: check.formatted })}
          </>
        ) : null}
      </p>
      {check.state === 'valid' && check.isQrIban ? (
        <TextField label={t('bank.qrrPrefix')} hint={t('bank.qrrPrefixHint')} value={qrrPrefix} inputMode="numeric" onChange={(event) => setQrrPrefix(event.target.value)} error={save.fieldError('qrrPrefix')} />
      ) : null}
      <div className="form-actions">
        {extraActions}
        <button type="submit" className="button button--primary" disabled={save.pending} aria-busy={save.pending}>
          {save.pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
