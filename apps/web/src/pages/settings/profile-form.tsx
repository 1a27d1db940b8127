import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { updateOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { countryOptions } from '../../components/countries';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { orNull, useForm } from '../../components/use-form';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';

const FIELDS = ['name', 'street', 'buildingNumber', 'postalCode', 'town', 'country', 'email', 'phone', 'website'] as const;

interface ProfileFormProps {
  organisation: Organisation;
  onSaved: (organisation: Organisation) => void | Promise<void>;
  submitLabel: string;
  readOnly?: boolean;
  /** Extra buttons beside "save" (the onboarding's "back"). */
  extraActions?: ReactNode;
}

/** Name, address (the creditor of every QR-bill) and contact details of the organisation. */
export function ProfileForm({ organisation, onSaved, submitLabel, readOnly = false, extraActions }: ProfileFormProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const { locale } = useFormatters();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const { values, bind } = useForm({
    name: organisation.name,
    street: organisation.street ?? '',
    buildingNumber: organisation.buildingNumber ?? '',
    postalCode: organisation.postalCode ?? '',
    town: organisation.town ?? '',
    country: organisation.country,
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
  });
  const save = useSubmit(async () => {
    const saved = await updateOrganisation(api, {
      name: values.name.trim(),
      street: orNull(values.street),
      buildingNumber: orNull(values.buildingNumber),
      postalCode: orNull(values.postalCode),
      town: orNull(values.town),
      country: values.country,
      email: orNull(values.email),
      phone: orNull(values.phone),
      website: orNull(values.website),
    });
    await onSaved(saved);
  }, FIELDS);
  const field = (name: (typeof FIELDS)[number]) => ({ label: t(`organisation.fields.${name}`), error: save.fieldError(name), disabled: readOnly, ...bind(name) });

  return (
    <form className="form" onSubmit={save.onSubmit} noValidate>
      <FormAlert error={save.formError} />
      <TextField {...field('name')} required autoComplete="organization" />
      <div className="form-grid form-grid--street">
        <TextField {...field('street')} autoComplete="address-line1" />
        <TextField {...field('buildingNumber')} />
      </div>
      <div className="form-grid form-grid--town">
        <TextField {...field('postalCode')} required autoComplete="postal-code" inputMode="numeric" />
        <TextField {...field('town')} required autoComplete="address-level2" />
        <SelectField {...field('country')} options={countries} />
      </div>
      <p className="field__hint">{t('organisation.addressHint')}</p>
      <div className="form-grid form-grid--three">
        <TextField {...field('email')} type="email" autoComplete="email" />
        <TextField {...field('phone')} type="tel" autoComplete="tel" />
        <TextField {...field('website')} type="url" autoComplete="url" placeholder="https://" />
      </div>
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
