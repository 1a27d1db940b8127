// Property-based fuzzing of every route from its own schema (the OpenAPI document): whatever a
// signed-in user sends — body, path ids, query parameters — the API answers with a 2xx/4xx that matches the route's response schema
// (a response that doesn't match would be a 500) — never a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../test/http';
import type { Agent } from '../test/http';
import { fuzzBody } from '../test/schema-arbitrary';
import type { JsonSchema } from '../test/schema-arbitrary';
import { createTestApp } from '../test/test-app';
import type { TestApp } from '../test/test-app';

interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

// Routes that end the fuzzing session itself are exercised by their own tests.
const SKIP = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all', 'POST /api/me/password', 'PUT /api/me/organisation']);

let t: TestApp;
let owner: Agent;
let spec: { paths: Record<string, Record<string, Operation>> };
let ownIds: string[];
beforeAll(async () => {
  t = await createTestApp();
  const s = await signUp(t.app);
  owner = s.agent;
  spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  const client = await t.db.prisma.client.create({ data: { organisationId: s.organisationId, name: 'Fuzz AG', postalCode: '8001', town: 'Zürich' } });
  ownIds = [client.id, s.userId, s.organisationId];
});
afterAll(() => t?.close());

function operations() {
  const ops: { method: string; path: string; op: Operation }[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      if (!SKIP.has(key)) ops.push({ method: method.toUpperCase(), path, op });
    }
  }
  return ops;
}

describe('every route, fuzzed from its schema', () => {
  it('finds the routes in the OpenAPI document', () => {
    expect(operations().length).toBeGreaterThan(10);
  });

  it('never answers 5xx', async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations()) {
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      const body = contentType && !contentType.includes('json') ? fc.string({ maxLength: 200 }) : fuzzBody(media?.schema);
      const id = fc.oneof(fc.constantFrom(...ownIds), fc.uuid(), fc.constantFrom('not-an-id', '0', '%27%20OR%201%3D1'));
      await fc.assert(
        fc.asyncProperty(body, fc.array(id, { minLength: pathParams.length, maxLength: pathParams.length }), async (payload, ids) => {
          let url = path;
          pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(ids[i]!))));
          const res = await owner.request({
            method: method as 'GET',
            url,
            ...(method === 'GET' || method === 'DELETE' ? {} : { payload: payload as string, headers: { 'content-type': contentType ?? 'application/json' } }),
          });
          if (res.statusCode >= 500) failures.push(`${method} ${url} ${JSON.stringify(payload)?.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          return res.statusCode < 500;
        }),
        { numRuns: 12, endOnFailure: true },
      ).catch(() => {});
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('never answers 5xx to odd values of any query parameter, each tried alone', async () => {
    // One parameter at a time, the others absent: a value that passes the schema reaches the
    // database, which is where NUL characters or huge numbers would break.
    const odd = ['\u0000', 'a\u0000b', '-1', '0', '1e309', 'NaN', "' OR 1=1 --", '%', '\uffff', 'x'.repeat(300), '2026-02-30', '9999-12-31'];
    const failures: string[] = [];
    let tried = 0;
    for (const { method, path, op } of operations()) {
      if (method !== 'GET' || path.includes('{')) continue;
      for (const { name } of (op.parameters ?? []).filter((p) => p.in === 'query')) {
        for (const value of odd) {
          const url = `${path}?${name}=${encodeURIComponent(value)}`;
          const res = await owner.get(url);
          tried++;
          if (res.statusCode >= 500) failures.push(`GET ${url.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 120_000);
});
