import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import type { TvaRateSource } from '@simplifaq/invoicing';
import { createTvaRateCache } from '@simplifaq/invoicing';
import { quoteRoutes } from './quote-routes';
import { createQuoteService } from './quote-service';

export async function quotesModule(app: FastifyInstance, opts: { prisma: PrismaClient; rates?: TvaRateSource }) {
  await app.register(quoteRoutes, { quotes: createQuoteService({ prisma: opts.prisma, rates: opts.rates ?? createTvaRateCache() }) });
}
