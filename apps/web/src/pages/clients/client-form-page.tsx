import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatUid } from '@simplifaq/swiss/uid';
import { canWrite } from '../../api/auth';
import { archiveClient, createClient, deleteClient, getClient, updateClient } from '../../api/clients';
import type { Client, ClientInput } from '../../api/clients';
import { useApiClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { countryOptions } from '../../components/countries';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { CatalogueFormActions } from '../catalogue/catalogue-form-actions';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { orNull, useForm } from '../../components/use-form';
import { useSubmit } from '../../components/use-submit';
import { LANGUAGE_NAMES, LANGUAGES, toLanguage } from '../../i18n/languages';
import { useFormatters } from '../../i18n/use-formatters';
import { safeNext } from '../../session/login-redirect';
import { useSession } from '../../session/session-context';

const FIELDS = ['kind', 'name', 'contactName', 'street', 'buildingNumber', 'postalCode', 'town', 'country', 'language', 'email', 'phone', 'uid', 'notes'] as const;

type ClientForm = Record<(typeof FIELDS)[number], string>;

function toForm(client: Client | undefined, language: string): ClientForm {
  return {
    kind: client?.kind ?? 'company',
    name: client?.name ?? '',
    contactName: client?.contactName ?? '',
    street: client?.street ?? '',
    buildingNumber: client?.buildingNumber ?? '',
    postalCode: client?.postalCode ?? '',
    town: client?.town ?? '',
    country: client?.country ?? 'CH',
    language: client?.language ?? toLanguage(language),
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    // The API stores the 9 digits of a UID it has checked: shown as CHE-123.456.788.
    uid: client?.uid ? formatUid(client.uid) : '',
    notes: client?.notes ?? '',
  };
}

/** A private person has no contact person and no UID: those fields are hidden and sent empty. */
function toInput(form: ClientForm): ClientInput {
  const company = form.kind !== 'person';
  return {
    kind: company ? 'company' : 'person',
    name: form.name.trim(),
    contactName: company ? orNull(form.contactName) : null,
    street: orNull(form.street),
    buildingNumber: orNull(form.buildingNumber),
    postalCode: form.postalCode.trim(),
    town: form.town.trim(),
    country: form.country,
    language: toLanguage(form.language),
    email: orNull(form.email),
    phone: orNull(form.phone),
    uid: company ? orNull(form.uid) : null,
    notes: orNull(form.notes),
  };
}

/** `/clients/new` and `/clients/:id`: the client's address as it will print on the QR-bill. */
export function ClientFormPage() {
  const { id } = useParams();
  const isNew = id === undefined;
  const query = useQuery<Client>(isNew ? null : `client:${id}`, (api, signal) => getClient(api, id ?? '', signal));
  const { t, i18n } = useTranslation();
  if (!isNew && !query.data) {
    return (
      <>
        <PageHeader title={t('clients.editTitle')} />
        {query.error ? <FormAlert error={query.error} /> : <p role="status">{t('common.loading')}</p>}
      </>
    );
  }
  return <ClientFormView key={query.data?.id ?? 'new'} client={query.data} initial={toForm(query.data, i18n.language)} />;
}

function ClientFormView({ client, initial }: { client: Client | undefined; initial: ClientForm }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const api = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me } = useSession();
  const { values, bind } = useForm(initial);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const writer = canWrite(me.role);
  const back = params.get('return');
  const company = values.kind !== 'person';

  const save = useSubmit(async () => {
    const input = toInput(values);
    const saved = client ? await updateClient(api, client.id, input) : await createClient(api, input);
    // From the invoice editor's "new client": back there with the new client chosen.
    if (back) await navigate(`${safeNext(back)}${safeNext(back).includes('?') ? '&' : '?'}client=${saved.id}`, { replace: true });
    else await navigate('/clients', { replace: true });
  }, FIELDS);

  const text = (name: (typeof FIELDS)[number], extra: Record<string, unknown> = {}) => ({
    label: t(`clients.fields.${name}`),
    error: save.fieldError(name),
    disabled: !writer,
    ...bind(name),
    ...extra,
  });

  return (
    <>
      <PageHeader title={client ? client.name : t('clients.newTitle')} subtitle={client ? t('clients.editSubtitle') : t('clients.newSubtitle')} />
      <form className="form form--wide card" onSubmit={save.onSubmit} noValidate>
        <FormAlert error={save.formError} />
        <fieldset className="fieldset">
          <legend className="field__label">{t('clients.fields.kind')}</legend>
          <div className="radio-row">
            {(['company', 'person'] as const).map((kind) => (
              <label key={kind} className="radio">
                <input type="radio" name="kind" value={kind} checked={values.kind === kind} onChange={bind('kind').onChange} disabled={!writer} />
                {t(`clients.kind.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid">
          <TextField {...text('name', company ? { required: true, autoComplete: 'organization' } : { required: true, autoComplete: 'name', label: t('clients.fields.personName') })} />
          {company ? <TextField {...text('contactName', { autoComplete: 'name' })} /> : null}
        </div>
        <div className="form-grid form-grid--street">
          <TextField {...text('street', { autoComplete: 'address-line1' })} />
          <TextField {...text('buildingNumber')} />
        </div>
        <div className="form-grid form-grid--town">
          <TextField {...text('postalCode', { required: true, autoComplete: 'postal-code', inputMode: values.country === 'CH' || values.country === 'LI' ? 'numeric' : undefined })} />
          <TextField {...text('town', { required: true, autoComplete: 'address-level2' })} />
          <SelectField {...text('country')} options={countries} />
        </div>
        <p className="field__hint">{t('clients.addressHint')}</p>
        <div className="form-grid">
          <TextField {...text('email', { type: 'email', autoComplete: 'email' })} />
          <TextField {...text('phone', { type: 'tel', autoComplete: 'tel' })} />
        </div>
        <div className="form-grid">
          <SelectField
            {...text('language')}
            hint={t('clients.languageHint')}
            options={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
          />
          {company ? <TextField {...text('uid', { hint: t('clients.uidHint') })} /> : null}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="client-notes">
            {t('clients.fields.notes')}
          </label>
          <textarea id="client-notes" className="input textarea" rows={3} disabled={!writer} {...bind('notes')} />
        </div>
        <CatalogueFormActions kind="clients" record={client} writer={writer} savePending={save.pending} cancelTo={back ? safeNext(back) : '/clients'} archive={archiveClient} remove={deleteClient} />
      </form>
    </>
  );
}
