import type { ApiClient } from '../../api/api-client';
import { createInvoice, deleteInvoice, invoicePreviewPath, issueInvoice, updateInvoice } from '../../api/invoices';
import { createQuote, deleteQuote, quotePreviewPath, sendQuote, updateQuote } from '../../api/quotes';
import type { DocumentDraft, ParsedDraft } from './editor-state';
import { invoicePayload, quotePayload } from './editor-state';

/** What the editor needs to know of a saved draft. */
export interface SavedDocument {
  id: string;
  updatedAt: string;
}

/** How the editor saves, previews and finalises one kind of document. */
export interface EditorAdapter {
  kind: 'invoice' | 'quote';
  basePath: '/invoices' | '/quotes';
  create(api: ApiClient, draft: DocumentDraft, parsed: ParsedDraft): Promise<SavedDocument>;
  update(api: ApiClient, id: string, draft: DocumentDraft, parsed: ParsedDraft): Promise<SavedDocument>;
  remove(api: ApiClient, id: string): Promise<void>;
  previewPath(id: string): string;
  /** Issue the invoice / send the quote. */
  finalize(api: ApiClient, id: string, idempotencyKey: string): Promise<SavedDocument>;
}

export const invoiceAdapter: EditorAdapter = {
  kind: 'invoice',
  basePath: '/invoices',
  create: (api, draft, parsed) => createInvoice(api, { clientId: draft.clientId ?? '', ...invoicePayload(draft, parsed) }),
  update: (api, id, draft, parsed) => updateInvoice(api, id, { ...(draft.clientId ? { clientId: draft.clientId } : {}), ...invoicePayload(draft, parsed) }),
  remove: deleteInvoice,
  previewPath: invoicePreviewPath,
  finalize: issueInvoice,
};

export const quoteAdapter: EditorAdapter = {
  kind: 'quote',
  basePath: '/quotes',
  create: (api, draft, parsed) => createQuote(api, { clientId: draft.clientId ?? '', ...quotePayload(draft, parsed) }),
  update: (api, id, draft, parsed) => updateQuote(api, id, { ...(draft.clientId ? { clientId: draft.clientId } : {}), ...quotePayload(draft, parsed) }),
  remove: deleteQuote,
  previewPath: quotePreviewPath,
  finalize: (api, id) => sendQuote(api, id),
};
