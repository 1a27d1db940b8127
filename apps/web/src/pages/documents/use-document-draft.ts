import { useCallback, useEffect, useMemo, useState } from 'react';
import { clearDraft, readDraft, saveDraft } from '../../session/drafts';
import type { DocumentDraft } from './editor-state';

interface StoredEditorDraft {
  draft: DocumentDraft;
  /** The server version (updatedAt) the edits started from; null for a new document. */
  baseVersion: string | null;
}

/** The draft without the local line keys, to tell whether anything changed. */
function snapshot(draft: DocumentDraft): string {
  return JSON.stringify({ ...draft, lines: draft.lines.map(({ key: _key, ...line }) => line) });
}

/**
 * The editor's state with a safety net: every unsaved change is written to sessionStorage under
 * `storageKey`, so that when the session expires (or the tab reloads) the same page, once the
 * user is signed in again, restores what was typed. A stored draft is only restored onto the
 * server version it started from, never over a newer one saved elsewhere.
 */
export function useDocumentDraft(storageKey: string, initial: DocumentDraft, baseVersion: string | null) {
  const [restored] = useState(() => {
    const stored = readDraft<StoredEditorDraft>(storageKey);
    return stored && stored.value.baseVersion === baseVersion ? stored : undefined;
  });
  const [draft, setDraft] = useState<DocumentDraft>(restored?.value.draft ?? initial);
  const [saved, setSaved] = useState(() => snapshot(initial));
  const [showRestored, setShowRestored] = useState(restored !== undefined);
  const [version, setVersion] = useState(baseVersion);
  const current = useMemo(() => snapshot(draft), [draft]);
  const dirty = current !== saved;

  useEffect(() => {
    if (dirty) saveDraft<StoredEditorDraft>(storageKey, { draft, baseVersion: version });
    else clearDraft(storageKey);
  }, [storageKey, draft, dirty, version]);

  /** After a successful save: this state is now the server's, at `newVersion`. */
  const markSaved = useCallback((savedDraft: DocumentDraft, newVersion: string | null) => {
    setSaved(snapshot(savedDraft));
    setVersion(newVersion);
  }, []);

  const discardRestored = useCallback(() => {
    setDraft(initial);
    setShowRestored(false);
    clearDraft(storageKey);
  }, [initial, storageKey]);

  return {
    draft,
    setDraft,
    dirty,
    markSaved,
    restoredAt: showRestored ? restored?.savedAt : undefined,
    dismissRestored: () => setShowRestored(false),
    discardRestored,
  };
}
