import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/api-error';

/**
 * Runs a form's API call with a pending flag and keeps its error. An error that names a field
 * (ApiError.field) is returned by `fieldError(name)` to show beside that input; the others go to
 * the form-level alert.
 */
export function useSubmit(action: () => Promise<void>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const fieldName = error instanceof ApiError ? error.field : undefined;
  return {
    pending,
    onSubmit,
    /** The error for the form-level alert: any error not tied to a field. */
    formError: fieldName ? undefined : error,
    fieldError: (name: string): string | undefined =>
      error instanceof ApiError && fieldName === name ? error.message : undefined,
  };
}
