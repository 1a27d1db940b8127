import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import type { TvaRateSource } from '@simplifaq/invoicing';
import { createTvaRateCache } from '@simplifaq/invoicing';
import { tvaRateRoutes } from './tva-rates-routes';

/** The `tva_rate` table, read through the same kind of rate source as invoices and quotes. */
export async function tvaRatesModule(app: FastifyInstance, opts: { prisma: PrismaClient; rates?: TvaRateSource }) {
  await app.register(tvaRateRoutes, { prisma: opts.prisma, rates: opts.rates ?? createTvaRateCache() });
}
