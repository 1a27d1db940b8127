import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PrismaClient } from '@simplifaq/db';
import type { TvaRateSource } from '@simplifaq/invoicing';
import { createTvaRateCache } from '@simplifaq/invoicing';
import type { Registry } from 'prom-client';
import { createDocumentMetrics } from './document-metrics';
import { createDocumentRepo } from './document-repo';
import { documentRoutes } from './document-routes';
import { createDocumentService } from './document-service';
import type { DocumentService } from './document-service';

/** The documents service; app.ts hands its `renderIssued` to the invoices module and its `renderReminder` to the reminders module. */
export function createDocuments(opts: { prisma: PrismaClient; metrics: Registry; rates?: TvaRateSource }): DocumentService {
  return createDocumentService({
    repo: createDocumentRepo(opts.prisma),
    prisma: opts.prisma,
    rates: opts.rates ?? createTvaRateCache(),
    metrics: createDocumentMetrics(opts.metrics),
  });
}

// Routes whose use case renders the archived PDF inside its transaction.
const ISSUING_ROUTES = new Set(['/api/invoices/:id/issue', '/api/invoices/:id/credit-note', '/api/invoices/:id/reminders']);

/**
 * The document routes, and a hook that reads the organisation's layout (envelope window) before
 * an issuing request starts its transaction. Not encapsulated, so the hook sees those routes.
 */
export const documentsModule = fp(
  async (app: FastifyInstance, { documents }: { documents: DocumentService }) => {
    app.addHook('preHandler', async (request) => {
      if (request.method !== 'POST' || !ISSUING_ROUTES.has(request.routeOptions.url ?? '')) return;
      const organisationId = request.auth?.organisationId;
      if (organisationId) await documents.rememberLayout(organisationId);
    });
    await app.register(documentRoutes, { documents });
  },
  { name: 'documents', dependencies: ['metrics', 'auth-context'] },
);
