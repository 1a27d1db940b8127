import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { orgScope } from '../../lib/request-context';
import type { DashboardService } from './dashboard-service';
import { ZDashboard } from './dashboard-schemas';

export async function dashboardRoutes(app: FastifyInstance, { dashboard }: { dashboard: DashboardService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dashboard',
    { schema: { tags: ['dashboard'], summary: 'Open, overdue and paid amounts this month and year, 12 months of revenue, invoices to follow up, recent activity', response: { 200: ZDashboard } } },
    async (req) => dashboard.get(orgScope(req)),
  );
}
