import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { errorText } from '../../api/error-message';
import { canAdminister } from '../../api/auth';
import { getOrganisation, previewNumbers, updateOrganisation } from '../../api/organisation';
import type { DocumentSeries, NumberPreview, Organisation } from '../../api/organisation';
import { useDebounced } from '../../api/use-keyset-list';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session-context';

const SERIES: readonly { series: DocumentSeries; field: 'numberingPattern' | 'creditNotePattern' | 'quotePattern' }[] = [
  { series: 'invoice', field: 'numberingPattern' },
  { series: 'credit_note', field: 'creditNotePattern' },
  { series: 'quote', field: 'quotePattern' },
];

/** The numbering patterns of invoices, credit notes and quotes, each with the next numbers it gives. */
export function NumberingSettings() {
  const { t } = useTranslation();
  const api = useApiClient();
  const { me } = useSession();
  const organisation = useQuery<Organisation>('organisation', (client, signal) => getOrganisation(client, signal));
  const [patterns, setPatterns] = useState<Record<string, string> | null>(null);
  const [saved, setSaved] = useState(false);
  const readOnly = !canAdminister(me.role);

  useEffect(() => {
    if (organisation.data && patterns === null) {
      const o = organisation.data;
      setPatterns({ numberingPattern: o.numberingPattern, creditNotePattern: o.creditNotePattern, quotePattern: o.quotePattern });
    }
  }, [organisation.data, patterns]);

  const save = useSubmit(async () => {
    if (!patterns) return;
    setSaved(false);
    organisation.setData(await updateOrganisation(api, patterns));
    setSaved(true);
  }, SERIES.map((s) => s.field));

  if (!patterns) return organisation.error ? <FormAlert error={organisation.error} /> : <p role="status">{t('common.loading')}</p>;
  return (
    <section className="card" aria-labelledby="settings-numbering">
      <h2 id="settings-numbering" className="card__title">
        {t('settings.tabs.numbering')}
      </h2>
      <p className="card__text">{t('settings.numberingText')}</p>
      <p className="explain">{t('settings.numberingTokens')}</p>
      {saved ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
      <form className="form" onSubmit={save.onSubmit} noValidate>
        <FormAlert error={save.formError} />
        {SERIES.map(({ series, field }) => (
          <PatternField
            key={series}
            series={series}
            value={patterns[field] ?? ''}
            onChange={(value) => setPatterns({ ...patterns, [field]: value })}
            error={save.fieldError(field)}
            readOnly={readOnly}
          />
        ))}
        {readOnly ? null : (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={save.pending}>
              {save.pending ? t('common.saving') : t('common.save')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

function PatternField({ series, value, onChange, error, readOnly }: { series: DocumentSeries; value: string; onChange: (value: string) => void; error?: string | undefined; readOnly: boolean }) {
  const { t } = useTranslation();
  const pattern = useDebounced(value, 300);
  const preview = useQuery<NumberPreview>(`number-preview:${series}:${pattern}`, (client, signal) => previewNumbers(client, series, pattern, signal));
  const previewError = preview.error instanceof ApiError ? errorText(t, preview.error) : undefined;
  return (
    <div className="pattern">
      <TextField
        label={t(`settings.series.${series}`)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error ?? previewError}
        disabled={readOnly}
        className="input input--mono"
        spellCheck={false}
      />
      <p className="field__hint" aria-live="polite" data-testid={`preview-${series}`}>
        {preview.data ? t('settings.nextNumbers', { numbers: preview.data.numbers.join(', ') }) : ' '}
        {preview.data ? ` ${preview.data.restartsYearly ? t('settings.restartsYearly') : t('settings.neverRestarts')}` : ''}
      </p>
    </div>
  );
}
