import type { FastifyInstance } from 'fastify';
import type { PrismaClient, SqlExecutor } from '@simplifaq/db';
import type { RenderPdf, TvaRateSource } from '@simplifaq/invoicing';
import { createTvaRateCache } from '@simplifaq/invoicing';
import { Counter } from 'prom-client';
import { invoiceRoutes } from './invoice-routes';
import { createInvoiceService } from './invoice-service';

export interface InvoicesModuleOptions {
  prisma: PrismaClient;
  sql: SqlExecutor;
  /** Renders the archived PDF at issue (from modules/documents); absent, invoices are issued without one. */
  renderPdf?: RenderPdf;
  rates?: TvaRateSource;
}

export async function invoicesModule(app: FastifyInstance, opts: InvoicesModuleOptions) {
  const issued = new Counter({
    name: 'simplifaq_invoices_issued_total',
    help: 'Invoices and credit notes issued (committed), by kind',
    labelNames: ['kind'] as const,
    registers: [app.metrics],
  });
  const invoices = createInvoiceService({
    prisma: opts.prisma,
    sql: opts.sql,
    rates: opts.rates ?? createTvaRateCache(),
    renderPdf: opts.renderPdf,
    onIssued: (kind) => issued.inc({ kind }),
  });
  await app.register(invoiceRoutes, { invoices });
}
