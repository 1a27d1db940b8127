import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isInvoicingError, isNumberPatternError } from '@simplifaq/invoicing';
import type { Actor } from '@simplifaq/invoicing';
import { AppError } from '../../lib/app-error';
import { orgScope } from '../../lib/request-context';

const STATUS = { not_found: 404, invalid: 400, conflict: 409 } as const;

/** An invoicing refusal as the API answers it; other errors pass unchanged. */
export function toApiError(err: unknown): unknown {
  if (isInvoicingError(err)) {
    const params = Object.keys(err.params).length > 0 ? { ...err.params } : undefined;
    return new AppError(err.code, err.message, STATUS[err.kind], err.field, params);
  }
  // A numbering pattern saved before its rules tightened: the settings must be fixed first.
  if (isNumberPatternError(err)) return new AppError(err.code, err.message, 400, 'numberingPattern', { ...err.params });
  return err;
}

/**
 * Maps @simplifaq/invoicing errors for the routes of this plugin, then hands them on to the app's
 * error handler (Fastify passes an error thrown by a child handler to its parent's).
 */
export function useInvoicingErrors(app: FastifyInstance): void {
  app.setErrorHandler((err) => {
    throw toApiError(err);
  });
}

/** The organisation and the person (or token) acting, for the use cases and their audit events. */
export function actorOf(request: FastifyRequest): Actor {
  const scope = orgScope(request);
  const userAgent = request.headers['user-agent'];
  return { organisationId: scope.organisationId, userId: scope.userId, ip: request.ip, ...(userAgent ? { userAgent } : {}) };
}
