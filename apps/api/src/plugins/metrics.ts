import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Histogram, Registry, Summary } from 'prom-client';
import { AppError } from '../lib/app-error';
import { sendError } from './error-handler';

export interface MetricsOptions {
  /** Bearer token Prometheus presents. Without one, /metrics answers only direct loopback calls. */
  token?: string;
  instanceId: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's Prometheus registry; modules register their business counters here. */
    metrics: Registry;
  }
  interface FastifyRequest {
    startedAt: bigint;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) return tokenMatches(request.headers.authorization, token);
  // Behind a proxy every call arrives from the proxy's address: only a direct local call counts.
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
}

/** Prometheus metrics: default process metrics plus HTTP duration by route pattern, method and status. */
export const metricsPlugin = fp(
  async (app: FastifyInstance, opts: MetricsOptions) => {
    const registry = new Registry();
    registry.setDefaultLabels({ instance_id: opts.instanceId });
    collectDefaultMetrics({ register: registry, prefix: 'simplifaq_' });
    const labelNames = ['route', 'method', 'status_code'] as const;
    const duration = new Histogram({
      name: 'simplifaq_http_request_duration_seconds',
      help: 'HTTP request duration by route pattern, method and status',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    const responseTime = new Summary({
      name: 'simplifaq_http_response_time_seconds',
      help: 'HTTP response time quantiles over the last 10 minutes',
      labelNames: ['route', 'method'] as const,
      percentiles: [0.5, 0.9, 0.99],
      maxAgeSeconds: 600,
      ageBuckets: 5,
      registers: [registry],
    });
    const errors = new Counter({
      name: 'simplifaq_http_errors_total',
      help: 'HTTP responses with status 4xx or 5xx',
      labelNames,
      registers: [registry],
    });
    app.decorate('metrics', registry);
    app.decorateRequest('startedAt', 0n);

    app.addHook('onRequest', async (request) => {
      request.startedAt = process.hrtime.bigint();
    });
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, not the URL, so that ids don't explode the label set.
      const route = request.routeOptions.url ?? 'unmatched';
      const seconds = Number(process.hrtime.bigint() - request.startedAt) / 1e9;
      const labels = { route, method: request.method, status_code: String(reply.statusCode) };
      duration.observe(labels, seconds);
      responseTime.observe({ route, method: request.method }, seconds);
      if (reply.statusCode >= 400) errors.inc(labels);
    });

    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (!mayScrape(request, opts.token)) {
        return sendError(reply, request, new AppError('FORBIDDEN', 'Metrics are available to Prometheus only.', 403));
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'metrics' },
);
