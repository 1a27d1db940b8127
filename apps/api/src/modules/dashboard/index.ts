import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { createDashboardRepo } from './dashboard-repo';
import { dashboardRoutes } from './dashboard-routes';
import { createDashboardService } from './dashboard-service';

/** Read-only figures for the web app's dashboard (every role may read them). */
export async function dashboardModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  await app.register(dashboardRoutes, { dashboard: createDashboardService({ dashboard: createDashboardRepo(prisma) }) });
}
