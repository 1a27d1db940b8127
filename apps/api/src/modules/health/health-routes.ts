import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HealthDeps } from './health-service';
import { checkHealth } from './health-service';

const ZCheck = z.object({
  status: z.enum(['ok', 'error']),
  latencyMs: z.number(),
  driver: z.string(),
  error: z.string().optional(),
});

export const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  instance: z.string(),
  version: z.string(),
  uptime: z.number().describe('seconds since this instance started'),
  checks: z.object({ database: ZCheck, redis: ZCheck }),
});

export async function healthRoutes(app: FastifyInstance, deps: HealthDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness and dependency checks of this instance',
        response: { 200: ZHealth, 503: ZHealth },
      },
      logLevel: 'warn',
      config: { auth: 'public' },
    },
    async (_request, reply) => {
      const health = await checkHealth(deps);
      return reply.status(health.status === 'ok' ? 200 : 503).header('cache-control', 'no-store').send(health);
    },
  );
}
