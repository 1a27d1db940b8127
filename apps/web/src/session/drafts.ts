/**
 * Unsaved form state kept in sessionStorage, so that a session that expires mid-edit loses
 * nothing: the form writes its state here as it changes, the user signs in again, and the same
 * page restores it. sessionStorage is per tab and dies with it; an explicit logout clears it.
 */
const PREFIX = 'simplifaq.draft.';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export interface StoredDraft<T> {
  savedAt: string;
  value: T;
}

export function saveDraft<T>(key: string, value: T, now: Date = new Date()): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ savedAt: now.toISOString(), value } satisfies StoredDraft<T>));
  } catch {
    // Quota or privacy mode: the form still works, only without the safety net.
  }
}

export function readDraft<T>(key: string): StoredDraft<T> | undefined {
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return undefined;
    const parsed = JSON.parse(text) as Partial<StoredDraft<T>>;
    return typeof parsed.savedAt === 'string' && parsed.value !== undefined ? (parsed as StoredDraft<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
