import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { createClientCsvRepo } from './client-csv-repo';
import { clientCsvRoutes } from './client-csv-routes';
import { createClientCsvService } from './client-csv-service';
import { createClientRepo } from './client-repo';
import { clientRoutes } from './client-routes';
import { createClientService } from './client-service';

export async function clientsModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  const clients = createClientRepo(prisma);
  await app.register(clientRoutes, { clients: createClientService({ clients }) });
  await app.register(clientCsvRoutes, { csv: createClientCsvService({ clients, csvRepo: createClientCsvRepo(prisma) }) });
}
