import { useId, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import { isKnownCode } from '../api/error-message';
import { importCsv } from '../api/products';
import type { CsvImportResult, CsvPreview, CsvRowError } from '../api/products';
import { FormAlert } from './form-alert';
import { Icon } from './icon';
import { Notice } from './notice';

interface CsvImportProps<T> {
  /** `/api/products/import` or `/api/clients/import`. */
  path: string;
  /** The columns of the preview, in order, with their headings. */
  columns: readonly { field: keyof T & string; label: string }[];
  /** How one value of a would-be record is shown (amounts formatted, enums named). */
  renderValue: (field: keyof T & string, value: unknown) => ReactNode;
  onImported: (result: CsvImportResult) => void;
  onClose: () => void;
}

const PREVIEW_ROWS = 100;

/**
 * A CSV file in two steps: the API's dry run shows what would be created and every row's problem
 * (nothing is written); "import" then creates all the rows or none.
 */
export function CsvImport<T extends object>({ path, columns, renderValue, onImported, onClose }: CsvImportProps<T>) {
  const { t } = useTranslation();
  const api = useApiClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview<T> | null>(null);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);

  const rowError = (issue: CsvRowError) => {
    const field = columns.find((column) => column.field === issue.field)?.label;
    const message = isKnownCode(issue.code) ? t(`apiErrors.${issue.code}`) : issue.message;
    return field ? t('csv.fieldError', { field, message }) : message;
  };

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setPreview(null);
    setError(undefined);
    if (!chosen) return;
    setPending(true);
    try {
      setPreview(await importCsv<T>(api, path, chosen, true));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  async function doImport() {
    if (!file) return;
    setPending(true);
    setError(undefined);
    try {
      onImported(await importCsv(api, path, file, false));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const importable = preview !== null && preview.invalid === 0 && preview.valid > 0;

  return (
    <section className="card csv-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="card__title">
        <Icon name="upload" /> {t('csv.title')}
      </h2>
      <p className="card__text">{t('csv.text')}</p>
      <div className="form-actions">
        <label className="button button--secondary file-button">
          <input id={inputId} type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(event) => void onFile(event)} />
          {file ? t('csv.another') : t('csv.choose')}
        </label>
        {file ? <span className="field__hint">{file.name}</span> : null}
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <FormAlert error={error} />
      {pending && !preview ? <p role="status">{t('csv.checking')}</p> : null}
      {preview ? (
        <>
          {preview.total === 0 ? (
            <Notice tone="warning">{t('csv.empty')}</Notice>
          ) : preview.invalid > 0 ? (
            <Notice tone="warning">{t('csv.summaryInvalid', { count: preview.invalid, total: preview.total })}</Notice>
          ) : (
            <Notice tone="success">{t('csv.summaryValid', { count: preview.total })}</Notice>
          )}
          {preview.ignoredColumns.length > 0 ? <p className="field__hint">{t('csv.ignored', { columns: preview.ignoredColumns.join(', ') })}</p> : null}
          <div className="table-wrap csv-import__preview">
            <table className="data-table">
              <caption className="visually-hidden">{t('csv.previewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('csv.row')}</th>
                  {columns.map((column) => (
                    <th key={column.field} scope="col">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, PREVIEW_ROWS).map((row) => (
                  <tr key={row.row} data-invalid={row.errors.length > 0 || undefined}>
                    <th scope="row">{row.row}</th>
                    {row.data ? (
                      columns.map((column) => (
                        <td key={column.field} data-label={column.label}>
                          {renderValue(column.field, (row.data as Record<string, unknown>)[column.field])}
                        </td>
                      ))
                    ) : (
                      <td colSpan={columns.length} className="field__error">
                        {row.errors.map(rowError).join(' · ')}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.rows.length > PREVIEW_ROWS ? <p className="field__hint">{t('csv.more', { count: preview.rows.length - PREVIEW_ROWS })}</p> : null}
          {/* All rows or none: while one row is wrong there is nothing to import, and no button. */}
          {importable ? (
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={pending} onClick={() => void doImport()}>
                {t('csv.import', { count: preview.valid })}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
