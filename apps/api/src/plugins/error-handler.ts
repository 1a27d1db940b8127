import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isStoreUnavailableError } from '@simplifaq/store';
import { isSwissRuleError } from '@simplifaq/swiss';
import { AppError } from '../lib/app-error';
import type { ErrorBody } from '../lib/app-error';

// Fastify's own client errors, under names that don't leak the framework.
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_REQUEST',
};

/** The database refused to change an issued invoice (trigger, SQLSTATE SFIMM). */
function isImmutableInvoiceError(err: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (o.code === 'SFIMM' || o.originalCode === 'SFIMM') return true;
    return visit(o.cause) || visit(o.meta) || visit(o.driverAdapterError);
  };
  return visit(err);
}

function toAppError(err: FastifyError | Error): AppError | null {
  if (err instanceof AppError) return err;
  // Swiss rules (packages/swiss): the user's data breaks a standard; the code names the rule.
  if (isSwissRuleError(err)) return new AppError(err.code, err.message, 400, err.field, { rule: err.rule, ...err.params });
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    const where = err.validationContext ?? 'body';
    const path = first ? first.instancePath.replace(/^\//, '').replaceAll('/', '.') : '';
    return new AppError(
      'VALIDATION_FAILED',
      first ? `${path || where}: ${first.message}` : 'The request is not valid.',
      400,
      path || undefined,
      { in: where, issues: err.validation.map((v) => ({ path: v.instancePath, message: v.message })) },
    );
  }
  const e = err as FastifyError & { code?: string };
  if (e.code === 'P2002') return new AppError('CONFLICT', 'A record with these values already exists.', 409);
  if (e.code === 'P2025') return new AppError('NOT_FOUND', 'The resource does not exist.', 404);
  if (isImmutableInvoiceError(err)) {
    return new AppError('INVOICE_IMMUTABLE', 'An issued invoice cannot be changed or deleted; issue a credit note instead.', 409);
  }
  if (isInvalidText(err)) return new AppError('TEXT_INVALID', 'Text may not contain NUL characters or invalid UTF-8.', 400);
  if (isDependencyUnavailable(err)) {
    return new AppError('SERVICE_UNAVAILABLE', 'A service this instance depends on does not answer; try again in a moment.', 503);
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError(FASTIFY_CODES[e.code ?? ''] ?? 'BAD_REQUEST', e.message, e.statusCode);
  }
  return null;
}

export function sendError(reply: FastifyReply, request: FastifyRequest, err: AppError) {
  const body: ErrorBody = {
    error: {
      code: err.code,
      message: err.message,
      ...(err.field ? { field: err.field } : {}),
      ...(err.details ? { details: err.details } : {}),
      requestId: request.id,
    },
  };
  // Sent pre-serialised: the error body must not go through the route's own response schema.
  return reply.status(err.statusCode).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/**
 * A dependency that does not answer: Redis (the store's StoreUnavailableError) or Postgres
 * (connection refused, reset or shut down, pool exhausted). The caller can retry; another
 * instance may already be fine, so nginx retries on 503.
 */
const DATABASE_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'P1001', 'P1002', 'P1017', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

// What node-postgres says when a pooled connection dies or none can be had (no error code).
const POOL_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated unexpectedly', 'Connection terminated due to connection timeout'];

function isDependencyUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    if (isStoreUnavailableError(e)) return true;
    const o = e as Record<string, unknown>;
    if ((typeof o.code === 'string' && DATABASE_UNAVAILABLE.has(o.code)) || (typeof o.originalCode === 'string' && DATABASE_UNAVAILABLE.has(o.originalCode))) return true;
    if (typeof o.message === 'string' && POOL_MESSAGES.some((m) => (o.message as string).includes(m))) return true;
    return visit(o.cause) || visit(o.meta) || visit(o.driverAdapterError);
  };
  return visit(err);
}

/** Postgres refused text it cannot store (SQLSTATE 22021, e.g. a NUL character): the caller's data. */
function isInvalidText(err: unknown): boolean {
  const o = err as Record<string, unknown> | null;
  return Boolean(o && (o.code === '22021' || o.originalCode === '22021' || (o.cause && isInvalidText(o.cause))));
}

/** One mapping from failures to HTTP answers: 4xx with a code for the caller's mistakes, 500 with only the request id otherwise. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError, request, reply) => {
      const appError = isResponseSerializationError(err) ? null : toAppError(err);
      if (appError) {
        if (appError.statusCode === 503) {
          request.log.warn({ err }, appError.message);
          reply.header('retry-after', '5');
        } else {
          request.log.info({ code: appError.code, status: appError.statusCode }, appError.message);
        }
        return sendError(reply, request, appError);
      }
      request.log.error({ err }, 'unhandled error');
      return sendError(reply, request, new AppError('INTERNAL', 'An unexpected error occurred. Quote the request id when you report it.', 500));
    });
    app.setNotFoundHandler((request, reply) =>
      sendError(reply, request, new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`, 404)),
    );
  },
  { name: 'error-handler' },
);
