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

/**
 * Whether the error or any error it wraps (`cause`, Prisma's `meta` and `driverAdapterError`)
 * matches: driver errors reach the handler wrapped once or twice, depending on the layer.
 */
function inErrorChain(err: unknown, matches: (e: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    return matches(o) || visit(o.cause) || visit(o.meta) || visit(o.driverAdapterError);
  };
  return visit(err);
}

/** Whether the error's code — the driver's, or the SQLSTATE Prisma's adapter keeps as `originalCode` — is one of `codes`. */
const hasCode = (o: Record<string, unknown>, ...codes: string[]) => codes.some((c) => o.code === c || o.originalCode === c);

/** The database refused to change an issued invoice (trigger, SQLSTATE SFIMM). */
const isImmutableInvoiceError = (err: unknown) => inErrorChain(err, (o) => hasCode(o, 'SFIMM'));

/** Postgres refused text it cannot store (SQLSTATE 22021, e.g. a NUL character): the caller's data. */
const isInvalidText = (err: unknown) => inErrorChain(err, (o) => hasCode(o, '22021'));

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
const DATABASE_UNAVAILABLE = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'P1001', 'P1002', 'P1017', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006'];

// What node-postgres says when a pooled connection dies or none can be had (no error code).
const POOL_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated unexpectedly', 'Connection terminated due to connection timeout'];

function isDependencyUnavailable(err: unknown): boolean {
  return inErrorChain(
    err,
    (o) =>
      isStoreUnavailableError(o) ||
      hasCode(o, ...DATABASE_UNAVAILABLE) ||
      (typeof o.message === 'string' && POOL_MESSAGES.some((m) => (o.message as string).includes(m))),
  );
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
