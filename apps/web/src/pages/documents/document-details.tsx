import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount } from '../../api/bank-accounts';
import type { Currency, PriceMode } from '../../api/documents';
import type { ReferenceType } from '../../api/invoices';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import type { DocumentDraft } from './editor-state';

interface DocumentDetailsProps {
  kind: 'invoice' | 'quote';
  draft: DocumentDraft;
  onChange: (draft: DocumentDraft) => void;
  errors: Record<string, string>;
  bankAccounts: BankAccount[];
  vatRegistered: boolean;
  readOnly?: boolean;
}

/** Title, dates, prices net or gross, currency, discount, account and reference, texts. */
export function DocumentDetails({ kind, draft, onChange, errors, bankAccounts, vatRegistered, readOnly = false }: DocumentDetailsProps) {
  const { t } = useTranslation();
  const introId = useId();
  const footerId = useId();
  const bind = (name: 'title' | 'supplyDate' | 'supplyPeriodEnd' | 'dueDate' | 'validUntil' | 'discount' | 'introText' | 'footerText') => ({
    value: draft[name],
    disabled: readOnly,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...draft, [name]: event.target.value }),
  });
  const defaultAccount = bankAccounts.find((account) => account.isDefault) ?? bankAccounts[0];

  return (
    <div className="form">
      <TextField label={t('editor.fields.title')} placeholder={t('editor.fields.titlePlaceholder')} error={errors.title} {...bind('title')} />
      <div className="form-grid form-grid--three">
        <TextField label={t('editor.fields.supplyDate')} hint={t('editor.fields.supplyDateHint')} type="date" error={errors.supplyDate} {...bind('supplyDate')} />
        {kind === 'invoice' ? (
          <>
            <TextField label={t('editor.fields.supplyPeriodEnd')} hint={t('editor.fields.supplyPeriodEndHint')} type="date" error={errors.supplyPeriodEnd} {...bind('supplyPeriodEnd')} />
            <TextField label={t('editor.fields.dueDate')} hint={t('editor.fields.dueDateHint')} type="date" error={errors.dueDate} {...bind('dueDate')} />
          </>
        ) : (
          <TextField label={t('editor.fields.validUntil')} hint={t('editor.fields.validUntilHint')} type="date" error={errors.validUntil} {...bind('validUntil')} />
        )}
      </div>
      <div className="form-grid form-grid--three">
        {vatRegistered ? (
          <SelectField
            label={t('editor.fields.priceMode')}
            value={draft.priceMode}
            disabled={readOnly}
            onChange={(event) => onChange({ ...draft, priceMode: event.target.value as PriceMode })}
            options={[
              { value: 'net', label: t('editor.priceModes.net') },
              { value: 'gross', label: t('editor.priceModes.gross') },
            ]}
          />
        ) : null}
        <SelectField
          label={t('editor.fields.currency')}
          value={draft.currency}
          disabled={readOnly}
          onChange={(event) => onChange({ ...draft, currency: event.target.value as Currency })}
          options={[
            { value: 'CHF', label: 'CHF' },
            { value: 'EUR', label: 'EUR' },
          ]}
        />
        <TextField label={t('editor.fields.discount')} inputMode="decimal" placeholder="0" error={errors.discountBp} {...bind('discount')} />
      </div>
      {kind === 'invoice' ? (
        <div className="form-grid">
          <SelectField
            label={t('editor.fields.bankAccount')}
            value={draft.bankAccountId}
            disabled={readOnly}
            error={errors.bankAccountId}
            onChange={(event) => onChange({ ...draft, bankAccountId: event.target.value })}
            options={[
              { value: '', label: defaultAccount ? t('editor.fields.defaultAccount', { label: defaultAccount.label }) : t('editor.fields.noAccount') },
              ...bankAccounts.map((account) => ({ value: account.id, label: `${account.label} · ${account.ibanFormatted || account.iban}` })),
            ]}
          />
          <SelectField
            label={t('editor.fields.referenceType')}
            hint={t('editor.fields.referenceTypeHint')}
            value={draft.referenceType === 'QRR' ? 'SCOR' : draft.referenceType}
            disabled={readOnly}
            error={errors.referenceType}
            onChange={(event) => onChange({ ...draft, referenceType: event.target.value as ReferenceType })}
            options={[
              { value: 'SCOR', label: t('editor.references.auto') },
              { value: 'NON', label: t('editor.references.none') },
            ]}
          />
        </div>
      ) : null}
      <details className="disclosure">
        <summary>{t('editor.fields.texts')}</summary>
        <div className="field">
          <label htmlFor={introId} className="field__label">
            {t('editor.fields.introText')}
          </label>
          <textarea id={introId} className="input textarea" rows={3} {...bind('introText')} />
        </div>
        <div className="field">
          <label htmlFor={footerId} className="field__label">
            {t('editor.fields.footerText')}
          </label>
          <textarea id={footerId} className="input textarea" rows={3} {...bind('footerText')} />
        </div>
      </details>
    </div>
  );
}
