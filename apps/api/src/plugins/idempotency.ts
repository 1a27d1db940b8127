import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { PrismaClient } from '@simplifaq/db';
import { AppError } from '../lib/app-error';
import { orgScope } from '../lib/request-context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route honours an `Idempotency-Key` header (creating and issuing routes). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** The idempotency_key row this request holds while it runs. */
    idempotencyKeyId: string | null;
  }
}

export interface IdempotencyOptions {
  prisma: PrismaClient;
  /** How long a key is remembered (24 h). */
  ttlMs?: number;
  /** A key still `in_progress` after this long belongs to a request that died with its process. */
  abandonedAfterMs?: number;
  now?: () => Date;
}

const KEY = /^[\x21-\x7e]{1,200}$/;
const SWEEP_EVERY_MS = 10 * 60_000;

/** Canonical JSON (keys sorted), so the same body hashes the same whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of method, path and the validated body: "the same request" for the key. */
export function idempotencyRequestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${canonical(body ?? null)}`).digest('hex');
}

interface KeyRow {
  id: string;
  request_hash: string;
  state: 'in_progress' | 'completed';
  response_status: number | null;
  response_body: unknown;
  created_at: Date;
  expires_at: Date;
}

/**
 * `Idempotency-Key` for creating and issuing (IETF draft-ietf-httpapi-idempotency-key-header):
 * the first request with a key claims it in `idempotency_key` (unique per organisation and key);
 * a repeat with the same body gets the first response replayed (status and body, header
 * `idempotent-replayed: true`); with another body 422 IDEMPOTENCY_KEY_REUSED; while the first
 * still runs 409 IDEMPOTENCY_KEY_IN_PROGRESS. Only successful responses are remembered — after a
 * refusal or a failure the key is released so the client can retry it. Keys expire after 24 h.
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance, opts: IdempotencyOptions) => {
    const { prisma } = opts;
    const ttlMs = opts.ttlMs ?? 24 * 60 * 60_000;
    const abandonedAfterMs = opts.abandonedAfterMs ?? 5 * 60_000;
    const now = opts.now ?? (() => new Date());
    let lastSweep = 0;
    app.decorateRequest('idempotencyKeyId', null);

    async function claim(organisationId: string, key: string, method: string, path: string, hash: string): Promise<{ id: string } | KeyRow> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const at = now();
        const inserted = await prisma.$queryRaw<{ id: string }[]>`
          INSERT INTO idempotency_key (id, organisation_id, key, method, path, request_hash, state, created_at, expires_at)
          VALUES (${randomUUID()}::uuid, ${organisationId}::uuid, ${key}, ${method}, ${path.slice(0, 300)}, ${hash}, 'in_progress', ${at}, ${new Date(at.getTime() + ttlMs)})
          ON CONFLICT (organisation_id, key) DO NOTHING
          RETURNING id`;
        if (inserted[0]) return inserted[0];
        const [row] = await prisma.$queryRaw<KeyRow[]>`
          SELECT id, request_hash, state::text AS state, response_status, response_body, created_at, expires_at
          FROM idempotency_key WHERE organisation_id = ${organisationId}::uuid AND key = ${key}`;
        if (!row) continue; // released in between: try again
        const expired = row.expires_at <= at;
        const abandoned = row.state === 'in_progress' && at.getTime() - row.created_at.getTime() > abandonedAfterMs;
        if (!expired && !abandoned) return row;
        await prisma.$executeRaw`DELETE FROM idempotency_key WHERE id = ${row.id}::uuid`;
      }
      throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.', 409, 'Idempotency-Key');
    }

    function sweep() {
      const at = now().getTime();
      if (at - lastSweep < SWEEP_EVERY_MS) return;
      lastSweep = at;
      prisma.$executeRaw`DELETE FROM idempotency_key WHERE expires_at < ${new Date(at)}`.catch((err: unknown) =>
        app.log.warn({ err }, 'idempotency keys: sweep failed'),
      );
    }

    // After auth-context's preHandler (registered before): the key belongs to the caller's organisation.
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!request.routeOptions.config.idempotent) return;
      const header = request.headers['idempotency-key'];
      if (header === undefined) return;
      const key = Array.isArray(header) ? header[0] : header;
      if (!key || !KEY.test(key)) {
        throw new AppError('IDEMPOTENCY_KEY_INVALID', 'An Idempotency-Key is 1–200 visible ASCII characters.', 400, 'Idempotency-Key');
      }
      const { organisationId } = orgScope(request);
      const path = request.url.split('?')[0] ?? request.url;
      const hash = idempotencyRequestHash(request.method, path, request.body);
      const claimed = await claim(organisationId, key, request.method, path, hash);
      sweep();
      if (!('request_hash' in claimed)) {
        request.idempotencyKeyId = claimed.id;
        return;
      }
      if (claimed.request_hash !== hash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request; use a new key.', 422, 'Idempotency-Key');
      }
      if (claimed.state !== 'completed' || claimed.response_status === null) {
        throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed.', 409, 'Idempotency-Key');
      }
      // Sent as text: the stored body is already the serialised response, not input for the route's schema.
      return reply
        .status(claimed.response_status)
        .header('idempotent-replayed', 'true')
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(claimed.response_body));
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const id = request.idempotencyKeyId;
      if (!id) return payload;
      request.idempotencyKeyId = null;
      if (reply.statusCode >= 200 && reply.statusCode < 300) {
        const body = typeof payload === 'string' && payload.length > 0 ? (JSON.parse(payload) as unknown) : null;
        await prisma.$executeRaw`
          UPDATE idempotency_key SET state = 'completed', response_status = ${reply.statusCode}::int, response_body = ${JSON.stringify(body)}::jsonb
          WHERE id = ${id}::uuid`;
      } else {
        await prisma.$executeRaw`DELETE FROM idempotency_key WHERE id = ${id}::uuid`;
      }
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['auth-context'] },
);
