import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { updateOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { orNull, useForm } from '../../components/use-form';
import { useSubmit } from '../../components/use-submit';
import { basisPointsToPercent, percentToBasisPoints } from '../../i18n/percent';

const FIELDS = ['uid', 'vatRegistered', 'vatMethod', 'netTaxRateBp'] as const;

interface VatFormProps {
  organisation: Organisation;
  onSaved: (organisation: Organisation) => void | Promise<void>;
  submitLabel: string;
  readOnly?: boolean;
  extraActions?: ReactNode;
}

/** VAT status (MWSTG art. 10), UID, and the method: effective or net tax rate (art. 37). */
export function VatForm({ organisation, onSaved, submitLabel, readOnly = false, extraActions }: VatFormProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const { values, bind, set } = useForm({
    vatRegistered: organisation.vatRegistered ? 'yes' : 'no',
    uid: organisation.uid ?? '',
    vatMethod: organisation.vatMethod as string,
    netTaxRate: organisation.netTaxRateBp === null ? '' : basisPointsToPercent(organisation.netTaxRateBp),
  });
  const registered = values.vatRegistered === 'yes';
  const save = useSubmit(async () => {
    let netTaxRateBp: number | null = null;
    if (registered && values.vatMethod === 'net_rate') {
      netTaxRateBp = percentToBasisPoints(values.netTaxRate);
      if (netTaxRateBp === null || netTaxRateBp < 1) {
        throw new ApiError({ status: 400, code: 'NET_TAX_RATE_REQUIRED', message: 'NET_TAX_RATE_REQUIRED', field: 'netTaxRateBp' });
      }
    }
    const saved = await updateOrganisation(api, {
      uid: orNull(values.uid),
      vatRegistered: registered,
      vatMethod: registered && values.vatMethod === 'net_rate' ? 'net_rate' : 'effective',
      netTaxRateBp,
    });
    await onSaved(saved);
  }, FIELDS);

  return (
    <form className="form" onSubmit={save.onSubmit} noValidate>
      <FormAlert error={save.formError} />
      <fieldset className="fieldset" disabled={readOnly}>
        <legend className="field__label">{t('organisation.vat.registeredQuestion')}</legend>
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name="vatRegistered" value="yes" checked={registered} onChange={() => set('vatRegistered', 'yes')} />
            <span>
              <strong>{t('organisation.vat.registeredYes')}</strong>
              <span className="choice__text">{t('organisation.vat.registeredYesText')}</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="vatRegistered" value="no" checked={!registered} onChange={() => set('vatRegistered', 'no')} />
            <span>
              <strong>{t('organisation.vat.registeredNo')}</strong>
              <span className="choice__text">{t('organisation.vat.registeredNoText')}</span>
            </span>
          </label>
        </div>
      </fieldset>
      <TextField
        label={registered ? t('organisation.vat.uid') : `${t('organisation.vat.uid')} (${t('common.optional')})`}
        hint={t('organisation.vat.uidHint')}
        error={save.fieldError('uid')}
        disabled={readOnly}
        required={registered}
        {...bind('uid')}
      />
      {registered ? (
        <fieldset className="fieldset" disabled={readOnly}>
          <legend className="field__label">{t('organisation.vat.method')}</legend>
          <div className="choice-list">
            {(['effective', 'net_rate'] as const).map((method) => (
              <label key={method} className="choice">
                <input type="radio" name="vatMethod" value={method} checked={values.vatMethod === method} onChange={() => set('vatMethod', method)} />
                <span>
                  <strong>{t(`organisation.vat.methods.${method}`)}</strong>
                  <span className="choice__text">{t(`organisation.vat.methods.${method}Text`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {registered && values.vatMethod === 'net_rate' ? (
        <TextField
          label={t('organisation.vat.netTaxRate')}
          hint={t('organisation.vat.netTaxRateHint')}
          inputMode="decimal"
          error={save.fieldError('netTaxRateBp')}
          disabled={readOnly}
          {...bind('netTaxRate')}
        />
      ) : null}
      <div className="form-actions">
        {extraActions}
        {readOnly ? null : (
          <button type="submit" className="button button--primary" disabled={save.pending} aria-busy={save.pending}>
            {save.pending ? t('common.saving') : submitLabel}
          </button>
        )}
      </div>
    </form>
  );
}
