import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { canAdminister } from '../../api/auth';
import { getOrganisation, updateOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { Notice } from '../../components/notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { useSession } from '../../session/session-context';
import { LogoForm } from './logo-form';
import { ProfileForm } from './profile-form';
import { VatForm } from './vat-form';

/** The organisation: profile (the QR-bill creditor), VAT, logo, and how documents are made. */
export function OrganisationSettings() {
  const { t } = useTranslation();
  const { me, setMe } = useSession();
  const organisation = useQuery<Organisation>('organisation', (api, signal) => getOrganisation(api, signal));
  const [saved, setSaved] = useState<string | null>(null);
  const readOnly = !canAdminister(me.role);

  if (!organisation.data) return organisation.error ? <FormAlert error={organisation.error} /> : <p role="status">{t('common.loading')}</p>;
  const org = organisation.data;
  const onSaved = (section: string) => (value: Organisation | null) => {
    if (value) {
      organisation.setData(value);
      // The header shows the organisation's name from the session.
      setMe({ ...me, organisations: me.organisations.map((o) => (o.id === value.id ? { ...o, name: value.name } : o)) });
    }
    setSaved(section);
  };

  return (
    <>
      {readOnly ? <Notice>{t('settings.readOnly')}</Notice> : null}
      {saved ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
      <section className="card" aria-labelledby="settings-profile">
        <h2 id="settings-profile" className="card__title">
          <Icon name="building" /> {t('settings.organisationTitle')}
        </h2>
        <ProfileForm key={`p${org.updatedAt}`} organisation={org} onSaved={onSaved('profile')} submitLabel={t('common.save')} readOnly={readOnly} />
      </section>
      <section className="card" aria-labelledby="settings-vat">
        <h2 id="settings-vat" className="card__title">
          {t('onboarding.titles.vat')}
        </h2>
        <VatForm key={`v${org.updatedAt}`} organisation={org} onSaved={onSaved('vat')} submitLabel={t('common.save')} readOnly={readOnly} />
      </section>
      <section className="card" aria-labelledby="settings-documents">
        <h2 id="settings-documents" className="card__title">
          {t('settings.documentsTitle')}
        </h2>
        <DocumentDefaultsForm key={`d${org.updatedAt}`} organisation={org} onSaved={onSaved('documents')} readOnly={readOnly} />
      </section>
      <section className="card" aria-labelledby="settings-logo">
        <h2 id="settings-logo" className="card__title">
          {t('onboarding.titles.logo')}
        </h2>
        <LogoForm organisation={org} onSaved={onSaved('logo')} readOnly={readOnly} />
      </section>
    </>
  );
}

function DocumentDefaultsForm({ organisation, onSaved, readOnly }: { organisation: Organisation; onSaved: (value: Organisation) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [language, setLanguage] = useState<string>(organisation.language);
  const [currency, setCurrency] = useState<string>(organisation.currency);
  const [days, setDays] = useState(String(organisation.paymentTermDays));
  const [envelope, setEnvelope] = useState<string>(organisation.envelopeWindow);
  const save = useSubmit(async () => {
    const paymentTermDays = Number(days);
    onSaved(
      await updateOrganisation(api, {
        language: language as Organisation['language'],
        currency: currency as Organisation['currency'],
        paymentTermDays: Number.isInteger(paymentTermDays) ? paymentTermDays : -1,
        envelopeWindow: envelope as Organisation['envelopeWindow'],
      }),
    );
  }, ['language', 'currency', 'paymentTermDays', 'envelopeWindow']);
  return (
    <form className="form" onSubmit={save.onSubmit} noValidate>
      <FormAlert error={save.formError} />
      <div className="form-grid">
        <SelectField
          label={t('settings.documentLanguage')}
          hint={t('settings.documentLanguageHint')}
          value={language}
          disabled={readOnly}
          onChange={(event) => setLanguage(event.target.value)}
          options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
          error={save.fieldError('language')}
        />
        <SelectField
          label={t('editor.fields.currency')}
          value={currency}
          disabled={readOnly}
          onChange={(event) => setCurrency(event.target.value)}
          options={[
            { value: 'CHF', label: 'CHF' },
            { value: 'EUR', label: 'EUR' },
          ]}
          error={save.fieldError('currency')}
        />
        <TextField
          label={t('settings.paymentTermDays')}
          hint={t('settings.paymentTermDaysHint')}
          inputMode="numeric"
          value={days}
          disabled={readOnly}
          onChange={(event) => setDays(event.target.value)}
          error={save.fieldError('paymentTermDays')}
        />
        <SelectField
          label={t('settings.envelopeWindow')}
          value={envelope}
          disabled={readOnly}
          onChange={(event) => setEnvelope(event.target.value)}
          options={[
            { value: 'right', label: t('settings.windowRight') },
            { value: 'left', label: t('settings.windowLeft') },
          ]}
          error={save.fieldError('envelopeWindow')}
        />
      </div>
      {readOnly ? null : (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.pending}>
            {save.pending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}
