import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { isKnownCode } from '../../api/error-message';
import { canWrite } from '../../api/auth';
import type { BankAccount } from '../../api/bank-accounts';
import { getClient } from '../../api/clients';
import type { Client } from '../../api/clients';
import type { Organisation } from '../../api/organisation';
import { useTvaRates } from '../../api/tva-rates';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';
import { ClientPicker } from './client-picker';
import { DocumentDetails } from './document-details';
import type { EditorAdapter, SavedDocument } from './editor-adapter';
import type { DocumentDraft, FieldErrors } from './editor-state';
import { normalizeField, parseDraft, swissToday } from './editor-state';
import { LinesEditor } from './lines-editor';
import { computeLiveTotals } from './live-totals';
import { PreviewPane } from './preview-pane';
import { issuingAccount, preflight } from './preflight';
import { PreflightPanel } from './preflight-panel';
import { TotalsPanel } from './totals-panel';
import { useDocumentDraft } from './use-document-draft';

const AUTOSAVE_MS = 1500;

interface DocumentEditorProps {
  adapter: EditorAdapter;
  /** The saved draft; null for a new one. */
  document: SavedDocument | null;
  initial: DocumentDraft;
  organisation: Organisation;
  bankAccounts: BankAccount[];
  /** The issued invoice / sent quote, as the API answered: the page shows it instead of the editor. */
  onFinalized: (document: SavedDocument) => void;
}

/**
 * An invoice or quote draft: client, lines with product suggestions, live totals and TVA summary
 * (the API's own calculation), a preview beside the form, the pre-flight check of the QR-bill,
 * save (and autosave once the draft exists) and issue (or send) with confirmation.
 */
export function DocumentEditor({ adapter, document: doc, initial, organisation, bankAccounts, onFinalized }: DocumentEditorProps) {
  const kind = adapter.kind;
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const { me } = useSession();
  const { money, dateTime } = useFormatters();
  const [params, setParams] = useSearchParams();
  const storageKey = `${kind}:${doc?.id ?? 'new'}`;
  const { draft, setDraft, dirty, markSaved, restoredAt, dismissRestored, discardRestored } = useDocumentDraft(storageKey, initial, doc?.updatedAt ?? null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(doc?.updatedAt ?? null);
  const [version, setVersion] = useState<string | null>(doc?.updatedAt ?? null);
  const [confirm, setConfirm] = useState<'issue' | 'delete' | null>(null);
  const [issuing, setIssuing] = useState(false);
  const idempotencyKey = useRef(crypto.randomUUID());
  const writer = canWrite(me.role);

  const parsed = useMemo(() => parseDraft(draft), [draft]);
  const documentDate = swissToday();
  const rates = useTvaRates();
  const totals = useMemo(
    () => computeLiveTotals(draft, parsed, { vatRegistered: organisation.vatRegistered, documentDate, rates }),
    [draft, parsed, organisation.vatRegistered, documentDate, rates],
  );
  const client = useQuery<Client>(draft.clientId ? `client:${draft.clientId}` : null, (c, signal) => getClient(c, draft.clientId ?? '', signal));
  const issues = useMemo(() => {
    const all = preflight({ organisation, bankAccounts, client: client.data ?? null, draft, parsed, totals });
    // A quote carries no QR-bill: only a client and valid lines are needed to send it.
    return kind === 'invoice' ? all : all.filter((issue) => issue.code === 'CLIENT_REQUIRED' || issue.area === 'lines');
  }, [kind, organisation, bankAccounts, client.data, draft, parsed, totals]);

  // Back from "new client": the client just created is chosen.
  const newClientId = params.get('client');
  useEffect(() => {
    if (!newClientId) return;
    setDraft((current) => ({ ...current, clientId: newClientId }));
    const next = new URLSearchParams(params);
    next.delete('client');
    setParams(next, { replace: true });
  }, [newClientId, params, setParams, setDraft]);
  useEffect(() => {
    if (client.data && client.data.id === draft.clientId && client.data.name !== draft.clientName) {
      setDraft((current) => ({ ...current, clientName: client.data?.name ?? current.clientName }));
    }
  }, [client.data, draft.clientId, draft.clientName, setDraft]);

  const translate = useCallback((code: string, values: Record<string, string | number> = {}) => (isKnownCode(code) ? t(`apiErrors.${code}`, values) : code), [t]);
  const errors: Record<string, string> = {};
  for (const [field, code] of Object.entries({ ...parsed.errors, ...serverErrors })) errors[field] = translate(code);
  if (totals.error?.field) errors[totals.error.field] = translate(totals.error.code);

  const save = useCallback(async (options: { stayOnNew?: boolean } = {}): Promise<SavedDocument | null> => {
    if (!draft.clientId) {
      setServerErrors({ clientId: 'CLIENT_REQUIRED' });
      return null;
    }
    if (Object.keys(parsed.errors).length > 0) return null;
    setSaving(true);
    setFormError(undefined);
    const sent = draft;
    try {
      const saved = doc ? await adapter.update(api, doc.id, sent, parsed) : await adapter.create(api, sent, parsed);
      setServerErrors({});
      markSaved(sent, saved.updatedAt);
      setSavedAt(saved.updatedAt);
      setVersion(saved.updatedAt);
      if (!doc && !options.stayOnNew) await navigate(`${adapter.basePath}/${saved.id}`, { replace: true });
      return saved;
    } catch (error) {
      const field = error instanceof ApiError ? normalizeField(error.field) : undefined;
      if (error instanceof ApiError && field && (field.startsWith('lines.') || ['clientId', 'supplyDate', 'supplyPeriodEnd', 'dueDate', 'discountBp', 'bankAccountId', 'referenceType', 'title', 'validUntil'].includes(field))) {
        setServerErrors({ [field]: error.code });
      } else {
        setFormError(error);
      }
      return null;
    } finally {
      setSaving(false);
    }
  }, [api, adapter, draft, parsed, doc, markSaved, navigate]);

  // Autosave an existing draft a moment after the last change, so the PDF preview follows.
  useEffect(() => {
    if (!doc || !dirty || !writer || Object.keys(parsed.errors).length > 0) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [doc, dirty, writer, parsed.errors, save]);

  // Ctrl/Cmd+S saves.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [save]);

  async function issue() {
    setIssuing(true);
    setFormError(undefined);
    try {
      const saved = dirty || !doc ? await save({ stayOnNew: true }) : doc;
      if (!saved) {
        setConfirm(null);
        return;
      }
      const issued = await adapter.finalize(api, saved.id, idempotencyKey.current);
      setConfirm(null);
      await navigate(`${adapter.basePath}/${issued.id}`, { replace: true, state: { justIssued: true } });
      onFinalized(issued);
    } catch (error) {
      setConfirm(null);
      const field = error instanceof ApiError ? normalizeField(error.field) : undefined;
      if (field?.startsWith('lines.')) setServerErrors({ [field]: (error as ApiError).code });
      setFormError(error);
      idempotencyKey.current = crypto.randomUUID();
    } finally {
      setIssuing(false);
    }
  }

  async function remove() {
    if (!doc) return;
    try {
      await adapter.remove(api, doc.id);
      discardRestored();
      await navigate(adapter.basePath, { replace: true });
    } catch (error) {
      setConfirm(null);
      setFormError(error);
    }
  }

  const account = issuingAccount(bankAccounts, draft.bankAccountId);
  const status = saving ? t('common.saving') : dirty ? t('editor.unsaved') : savedAt ? t('editor.savedAt', { time: dateTime(savedAt) }) : '';

  return (
    <>
      <PageHeader
        title={doc ? t(`editor.${kind}.draftTitle`) : t(`editor.${kind}.newTitle`)}
        subtitle={draft.clientName || undefined}
        actions={doc ? <span className="badge badge--draft">{t('invoices.status.draft')}</span> : undefined}
      />
      {restoredAt ? (
        <Notice tone="warning">
          <p>{t('editor.restored', { time: dateTime(restoredAt) })}</p>
          <p className="notice__actions">
            <button type="button" className="button button--secondary" onClick={dismissRestored}>
              {t('editor.keepRestored')}
            </button>
            <button type="button" className="button button--ghost" onClick={discardRestored}>
              {t('editor.discardRestored')}
            </button>
          </p>
        </Notice>
      ) : null}
      <div className="editor">
        <form
          className="editor__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <FormAlert error={formError} />
          <section className="card editor__section" aria-labelledby="editor-client">
            <h2 id="editor-client" className="card__title">
              {t('editor.sections.client')}
            </h2>
            <ClientPicker
              client={draft.clientId ? (client.data ?? { id: draft.clientId, name: draft.clientName }) : null}
              onPick={(picked) => {
                setDraft({ ...draft, clientId: picked.id, clientName: picked.name });
                setServerErrors({});
              }}
              error={errors.clientId}
              disabled={!writer}
            />
          </section>
          <section className="card editor__section" aria-labelledby="editor-details">
            <h2 id="editor-details" className="card__title">
              {t('editor.sections.details')}
            </h2>
            <DocumentDetails kind={kind} draft={draft} onChange={setDraft} errors={errors} bankAccounts={bankAccounts} vatRegistered={organisation.vatRegistered} readOnly={!writer} />
          </section>
          <section className="card editor__section" aria-labelledby="editor-lines">
            <h2 id="editor-lines" className="card__title">
              {t('editor.lines')}
            </h2>
            <LinesEditor
              lines={draft.lines}
              onChange={(lines) => setDraft({ ...draft, lines })}
              errors={errors}
              lineAmounts={totals.lineAmounts}
              currency={draft.currency}
              priceMode={draft.priceMode}
              vatRegistered={organisation.vatRegistered}
              supplyDate={draft.supplyDate || documentDate}
              rates={rates}
              readOnly={!writer}
            />
          </section>
          <TotalsPanel
            calculation={totals.calculation}
            currency={draft.currency}
            priceMode={draft.priceMode}
            vatRegistered={organisation.vatRegistered}
            discountBp={parsed.discountBp}
            error={totals.error ? translate(totals.error.code) : undefined}
            totalLabel={kind === 'quote' ? t('quotes.total') : undefined}
          />
          <PreflightPanel kind={kind} issues={issues} clientId={draft.clientId} returnTo={`${adapter.basePath}/${doc?.id ?? 'new'}`} />
          {writer ? (
            <div className="editor__actions">
              <span className="editor__status" role="status">
                {status}
              </span>
              {doc ? (
                <button type="button" className="button button--ghost button--danger-text" onClick={() => setConfirm('delete')}>
                  {t(`editor.${kind}.deleteDraft`)}
                </button>
              ) : null}
              <button type="submit" className="button button--secondary" disabled={saving} aria-busy={saving}>
                {t('editor.saveDraft')}
              </button>
              <button type="button" className="button button--primary" disabled={issues.length > 0 || issuing} onClick={() => setConfirm('issue')}>
                {t(`editor.${kind}.finalize`)}
              </button>
            </div>
          ) : null}
        </form>
        <PreviewPane
          kind={kind}
          pdfPath={doc ? adapter.previewPath(doc.id) : null}
          pdfVersion={version}
          paper={{ kind, organisation, client: client.data ?? null, account, draft, calculation: totals.calculation, discountBp: parsed.discountBp, lineAmounts: totals.lineAmounts, documentDate }}
        />
      </div>
      <ConfirmDialog
        open={confirm === 'issue'}
        title={t(`editor.${kind}.finalizeTitle`)}
        confirmLabel={t(`editor.${kind}.finalizeConfirm`)}
        pending={issuing}
        onConfirm={() => void issue()}
        onCancel={() => setConfirm(null)}
      >
        <p>
          {t(`editor.${kind}.finalizeText`, {
            client: draft.clientName,
            amount: totals.calculation ? money(totals.calculation.totalPayable, draft.currency) : '',
          })}
        </p>
        <p>{t(`editor.${kind}.finalizeWarning`)}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={t(`editor.${kind}.deleteTitle`)}
        confirmLabel={t('common.delete')}
        tone="danger"
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(null)}
      >
        <p>{t(`editor.${kind}.deleteText`)}</p>
      </ConfirmDialog>
      <Link to={adapter.basePath} className="back-link">
        {t(`editor.${kind}.backToList`)}
      </Link>
    </>
  );
}
