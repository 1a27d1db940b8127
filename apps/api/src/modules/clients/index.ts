import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { createClientRepo } from './client-repo';
import { clientRoutes } from './client-routes';
import { createClientService } from './client-service';

export async function clientsModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  await app.register(clientRoutes, { clients: createClientService({ clients: createClientRepo(prisma) }) });
}
