import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { createApiTokenRepo } from './api-token-repo';
import { apiTokenRoutes } from './api-token-routes';
import { createApiTokenService } from './api-token-service';

export async function apiTokensModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  await app.register(apiTokenRoutes, { tokens: createApiTokenService({ prisma, tokens: createApiTokenRepo(prisma) }) });
}
