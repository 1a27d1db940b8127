import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from '@simplifaq/db';
import { createTvaRateCache } from '@simplifaq/invoicing';
import type { Store } from '@simplifaq/store';
import type { Config } from './config';
import { AppError } from './lib/app-error';
import type { Mailer } from './lib/mailer';
import { createMailer } from './lib/mailer';
import { authModule } from './modules/auth';
import { clientsModule } from './modules/clients';
import { organisationModule } from './modules/organisation';
import { bankAccountsModule } from './modules/bank-accounts';
import { membersModule } from './modules/members';
import { apiTokensModule } from './modules/api-tokens';
import { auditModule } from './modules/audit';
import { productsModule } from './modules/products';
import { documentsModule, createDocuments } from './modules/documents';
import { invoicesModule } from './modules/invoices';
import { paymentsModule } from './modules/payments';
import { remindersModule } from './modules/reminders';
import { quotesModule } from './modules/quotes';
import { dashboardModule } from './modules/dashboard';
import { tvaRatesModule } from './modules/tva-rates';
import { createAuthLog } from './modules/auth/auth-log';
import { createSessionStore } from './modules/auth/session-store';
import { createMembershipCache } from './modules/members/membership-cache';
import { healthRoutes } from './modules/health/health-routes';
import { authContextPlugin } from './plugins/auth-context';
import { drainPlugin } from './plugins/drain';
import { errorHandlerPlugin, sendError } from './plugins/error-handler';
import { idempotencyPlugin } from './plugins/idempotency';
import { metricsPlugin } from './plugins/metrics';
import { webAppPlugin } from './plugins/web-app';

export interface AppDeps {
  config: Config;
  db: Db;
  store: Store;
  /** Pino options or an existing logger; tests pass `false`. */
  logger?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
  startedAt?: number;
  /** Defaults to SMTP (or the log) from the config; tests pass one that records. */
  mailer?: Mailer;
  /** `false` issues invoices without rendering and archiving their PDF (the invoicing benchmark). */
  archivePdfs?: boolean;
}

// How long an instance trusts a role it read without hearing of a change (see membership-cache.ts).
const MEMBERSHIP_CACHE_MS = 10_000;

// A caller-supplied request id is kept only when it looks like one (no log injection).
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}

/** Builds the whole API without listening: server.ts listens, tests call `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const loggerOption =
    deps.logger && typeof deps.logger === 'object' && 'child' in deps.logger
      ? { loggerInstance: deps.logger as FastifyServerOptions['loggerInstance'] }
      : { logger: (deps.logger ?? false) as FastifyServerOptions['logger'] };
  const app = Fastify({
    ...loggerOption,
    trustProxy: config.trustProxy === false ? false : config.trustProxy,
    bodyLimit: 1024 * 1024,
    // genReqId reads x-request-id itself, so that a malformed one is replaced rather than trusted.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false } },
    // A URL Fastify cannot decode (`%E0%A4%A`) is the caller's mistake, answered like every other.
    frameworkErrors: (error, request, reply) =>
      sendError(reply, request, new AppError('BAD_REQUEST', error.code === 'FST_ERR_BAD_URL' ? 'The URL is not valid (bad percent-encoding).' : 'The request is not valid.', 400)),
    // Errors of the HTTP parser, before any request exists (headers too large, a wrong
    // Content-Length): the same JSON shape, with an id of its own for the log.
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      if (err.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify({
        error: {
          code: tooLarge ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST',
          message: tooLarge ? 'The URL or the headers are too large.' : 'The request is not valid HTTP.',
          requestId: randomUUID(),
        },
      });
      socket.end(
        `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  // Postgres text cannot hold NUL characters: refuse them at the door with a 400, for every field.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), (err, value) => {
      if (!err && containsNul(value)) {
        done(new AppError('TEXT_INVALID', 'Text may not contain NUL characters (\\u0000).', 400), undefined);
        return;
      }
      done(err, value);
    });
  });
  // The same for the query string and the path: `?q=%00` would reach Postgres otherwise.
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query) || containsNul(request.params)) {
      throw new AppError('TEXT_INVALID', 'Text may not contain NUL characters (\\u0000).', 400);
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorHandlerPlugin);
  await app.register(drainPlugin);
  await app.register(metricsPlugin, { token: config.metricsToken, instanceId: config.instanceId });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'SimpliFaq API', version: config.version, description: 'Swiss invoicing with QR-bill and TVA/MWST' },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const sessions = createSessionStore(deps.store, config.session);
  const authLog = createAuthLog(config.logDir, app.log);
  const memberships = createMembershipCache({ prisma: deps.db.prisma, store: deps.store, ttlMs: MEMBERSHIP_CACHE_MS });
  app.addHook('onReady', async () => {
    // Without the change notices from other instances a cached role could outlive its removal.
    await memberships.start().catch((err: unknown) => app.log.warn({ err }, 'membership changes cannot be heard; roles are read from the database on every request'));
  });
  app.addHook('onClose', () => memberships.stop());
  app.decorate('memberships', memberships);
  app.addHook('onClose', () => authLog.close());
  await app.register(authContextPlugin, {
    prisma: deps.db.prisma,
    sessions,
    memberships,
    authLog,
    secret: config.sessionSecret,
    cookieSecure: config.session.cookieSecure,
    sessionMaxAgeMs: config.session.absoluteMs,
    allowedOrigins: config.allowedOrigins,
  });
  const mailer = deps.mailer ?? createMailer(config.mail, app.log);
  await app.register(authModule, {
    prisma: deps.db.prisma,
    store: deps.store,
    sessions,
    authLog,
    mailer,
    publicUrl: config.publicUrl,
  });

  await app.register(clientsModule, { prisma: deps.db.prisma });
  await app.register(organisationModule, { prisma: deps.db.prisma });
  await app.register(bankAccountsModule, { prisma: deps.db.prisma });
  await app.register(membersModule, { prisma: deps.db.prisma, store: deps.store, sessions, memberships, mailer, publicUrl: config.publicUrl });
  await app.register(apiTokensModule, { prisma: deps.db.prisma });
  await app.register(auditModule, { prisma: deps.db.prisma });
  await app.register(productsModule, { prisma: deps.db.prisma });
  await app.register(idempotencyPlugin, { prisma: deps.db.prisma });
  // One rate table per instance for every module: a row added to tva_rate reaches the previews,
  // the PDFs, quotes, issues and GET /api/tva-rates within the same minute.
  const rates = createTvaRateCache();
  const documents = createDocuments({ prisma: deps.db.prisma, metrics: app.metrics, rates });
  await app.register(documentsModule, { documents });
  await app.register(invoicesModule, { prisma: deps.db.prisma, sql: deps.db.sql, rates, renderPdf: deps.archivePdfs === false ? undefined : documents.renderIssued });
  await app.register(paymentsModule, { prisma: deps.db.prisma });
  await app.register(remindersModule, { prisma: deps.db.prisma, renderPdf: deps.archivePdfs === false ? undefined : documents.renderReminder });
  await app.register(quotesModule, { prisma: deps.db.prisma, rates });
  await app.register(dashboardModule, { prisma: deps.db.prisma });
  await app.register(tvaRatesModule, { prisma: deps.db.prisma, rates });

  await app.register(healthRoutes, {
    db: deps.db,
    store: deps.store,
    instanceId: config.instanceId,
    version: config.version,
    startedAt: deps.startedAt ?? Date.now(),
  });

  if (config.web.serve) await app.register(webAppPlugin, { distDir: config.web.distDir });
  return app;
}
