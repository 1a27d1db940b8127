/**
 * A failure the caller can act on. `code` is stable (clients and the web app switch on it);
 * `message` is for people; `field` names the input at fault when there is one.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: number,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') => new AppError('NOT_FOUND', `The ${what} does not exist.`, 404);
export const conflict = (code: string, message: string, field?: string) => new AppError(code, message, 409, field);
export const badRequest = (code: string, message: string, field?: string) => new AppError(code, message, 400, field);
export const unauthorized = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message, 401);
export const forbidden = (message = 'Your role does not allow this action.') => new AppError('FORBIDDEN', message, 403);

/** The body every error response carries (DESIGN.md, "API surface"). */
export interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: Record<string, unknown>; requestId: string };
}
