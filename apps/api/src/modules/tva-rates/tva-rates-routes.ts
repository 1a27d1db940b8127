import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PrismaClient } from '@simplifaq/db';
import type { TvaRateSource } from '@simplifaq/invoicing';
import { ZTvaRateTable } from './tva-rates-schemas';
import type { TTvaRateTable } from './tva-rates-schemas';

export async function tvaRateRoutes(app: FastifyInstance, { prisma, rates }: { prisma: PrismaClient; rates: TvaRateSource }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The same for every organisation, but read by members only, like every /api route (default auth).
  r.get(
    '/api/tva-rates',
    { schema: { tags: ['tva'], summary: 'The TVA rate table the API calculates with, for live totals in the web app', response: { 200: ZTvaRateTable } } },
    async (): Promise<TTvaRateTable> => ({
      items: (await rates.get(prisma)).map((row) => ({ category: row.category, rateBp: row.rateBp, validFrom: row.validFrom, validTo: row.validTo ?? null })),
    }),
  );
}
