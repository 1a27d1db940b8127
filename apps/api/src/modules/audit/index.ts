import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { auditRoutes } from './audit-routes';
import { createAuditService } from './audit-service';

export async function auditModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  await app.register(auditRoutes, { audit: createAuditService({ prisma }) });
}
