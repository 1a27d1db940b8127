import type { TFunction } from 'i18next';
import { fr } from '../i18n/locales/fr';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';

export interface ErrorMessage {
  message: string;
  /** "Référence : <request id>" when the user may need to quote it to support. */
  reference: string | undefined;
}

type KnownCode = keyof typeof fr.apiErrors;

/** Whether the UI has its own sentence for an error code (every language has the same keys). */
export function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(fr.apiErrors, code);
}

/** The error's details as interpolation values: `{{character}}`, `{{max}}`, `{{retryAfterSeconds}}`. */
function values(details: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
}

/**
 * The sentence for an API error, in the UI language: the code's translation (with its details),
 * or the API's own message for a code the UI does not know yet.
 */
export function errorText(t: TFunction, error: ApiError): string {
  if (isKnownCode(error.code)) return t(`apiErrors.${error.code}`, values(error.details));
  return error.message;
}

/**
 * What to tell the user about a failed call. The user's mistakes (4xx) are named by their code,
 * translated; failures the user cannot fix get a translated sentence and the request id to quote.
 */
export function describeError(t: TFunction, error: unknown): ErrorMessage {
  if (!(error instanceof ApiError)) return { message: t('errors.unexpected'), reference: undefined };
  const reference = error.requestId ? t('errors.reference', { requestId: error.requestId }) : undefined;
  if (error.isNetworkError) return { message: t('errors.NETWORK_ERROR'), reference: undefined };
  if (error.isMaintenance) return { message: t('errors.MAINTENANCE'), reference: undefined };
  const userMistake =
    error.status >= 400 &&
    error.status < 500 &&
    error.code !== CLIENT_ERROR_CODES.http &&
    error.code !== CLIENT_ERROR_CODES.invalidResponse;
  if (userMistake) return { message: errorText(t, error), reference: undefined };
  return { message: t('errors.unexpected'), reference };
}
