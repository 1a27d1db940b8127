import type { TFunction } from 'i18next';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';

export interface ErrorMessage {
  message: string;
  /** "Référence : <request id>" when the user may need to quote it to support. */
  reference: string | undefined;
}

/**
 * What to tell the user about a failed call. The API's own message is shown for the user's
 * mistakes (4xx: it names the problem, in the Accept-Language sent); failures the user cannot fix
 * get a translated sentence and the request id to quote.
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
  if (userMistake) return { message: error.message, reference: undefined };
  return { message: t('errors.unexpected'), reference };
}
