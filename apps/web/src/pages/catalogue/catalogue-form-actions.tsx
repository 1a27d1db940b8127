import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import type { ApiClient } from '../../api/api-client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { useSubmit } from '../../components/use-submit';
import type { CatalogueItem } from './catalogue-list-page';

export interface CatalogueFormActionsProps {
  kind: 'clients' | 'products';
  /** The record being edited; undefined on the "new" form. */
  record: CatalogueItem | undefined;
  writer: boolean;
  savePending: boolean;
  /** Where Cancel goes (the list, or the page that sent the user here). */
  cancelTo: string;
  archive: (api: ApiClient, id: string, archived: boolean) => Promise<unknown>;
  remove: (api: ApiClient, id: string) => Promise<unknown>;
}

/**
 * The bottom of a client or product form: save, cancel, and for an existing record archive or
 * restore, and delete after a confirmation (the API refuses to delete what an invoice uses, and
 * that message shows here).
 */
export function CatalogueFormActions({ kind, record, writer, savePending, cancelTo, archive, remove }: CatalogueFormActionsProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const archiving = useSubmit(async () => {
    if (!record) return;
    await archive(api, record.id, record.archivedAt === null);
    await navigate(`/${kind}`);
  });
  const removing = useSubmit(async () => {
    if (!record) return;
    try {
      await remove(api, record.id);
    } catch (error) {
      // Refused (the record is in use): close the dialog so that the message below shows.
      setConfirmDelete(false);
      throw error;
    }
    await navigate(`/${kind}`, { replace: true });
  });

  return (
    <>
      <FormAlert error={archiving.formError ?? removing.formError} />
      <div className="form-actions">
        {writer ? (
          <button type="submit" className="button button--primary" disabled={savePending} aria-busy={savePending}>
            {savePending ? t('common.saving') : record ? t('common.save') : t(`${kind}.create`)}
          </button>
        ) : null}
        <Link to={cancelTo} className="button button--secondary">
          {t('common.cancel')}
        </Link>
        {record && writer ? (
          <span className="form-actions__end">
            <button type="button" className="button button--ghost" onClick={() => void archiving.run()} disabled={archiving.pending}>
              {record.archivedAt ? t('clients.restore') : t('clients.archive')}
            </button>
            <button type="button" className="button button--ghost button--danger-text" onClick={() => setConfirmDelete(true)}>
              {t('common.delete')}
            </button>
          </span>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t(`${kind}.deleteTitle`)}
        confirmLabel={t('common.delete')}
        tone="danger"
        pending={removing.pending}
        onConfirm={() => void removing.run()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t(`${kind}.deleteText`, { name: record?.name ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
