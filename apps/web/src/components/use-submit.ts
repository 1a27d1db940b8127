import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { errorText } from '../api/error-message';

/**
 * Runs a form's API call with a pending flag and keeps its error. An error that names a field
 * (ApiError.field) is returned, translated, by `fieldError(name)` to show beside that input; the
 * others go to the form-level alert. `fields` lists the names the form shows: an error about any
 * other field goes to the alert too, so no message is ever lost.
 */
export function useSubmit(action: () => Promise<void>, fields?: readonly string[]) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  // `pending` reaches the handlers at the next render; a second click before it (a fast
  // double-click) reads this ref instead, so the call is never sent twice.
  const running = useRef(false);

  async function run() {
    if (running.current) return;
    running.current = true;
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run();
  }

  const fieldName = error instanceof ApiError && error.field && (!fields || fields.includes(error.field)) ? error.field : undefined;
  return {
    pending,
    onSubmit,
    /** Runs the action outside a form submit (a button's click). */
    run,
    error,
    setError,
    /** The error for the form-level alert: any error not tied to a shown field. */
    formError: fieldName ? undefined : error,
    fieldError: (name: string): string | undefined =>
      error instanceof ApiError && fieldName === name ? errorText(t, error) : undefined,
  };
}
