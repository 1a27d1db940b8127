import { describe, expect, it, vi } from 'vitest';
import { createApiClient, CSRF_HEADER } from './api-client';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { fetchHealth } from './health';

type Call = { url: string; init: RequestInit };

/** A fetch that records calls and answers from a queue of responses. */
function fakeFetch(...responses: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('no response queued');
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const header = (call: Call | undefined, name: string) => (call?.init.headers as Record<string, string> | undefined)?.[name];

describe('createApiClient', () => {
  it('sends JSON with the session cookie and the UI language, and parses the answer', async () => {
    const { fetch, calls } = fakeFetch(json({ id: 'c1' }, 201));
    const client = createApiClient({ fetch, language: () => 'de-CH' });
    const created = await client.post<{ id: string }>('/api/clients', { name: 'Muster AG' });
    expect(created).toEqual({ id: 'c1' });
    const call = calls[0];
    expect(call?.url).toBe('/api/clients');
    expect(call?.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"name":"Muster AG"}' });
    expect(header(call, 'content-type')).toBe('application/json');
    expect(header(call, 'accept')).toBe('application/json');
    expect(header(call, 'accept-language')).toBe('de-CH');
  });

  it('builds query strings and leaves out empty values', async () => {
    const { fetch, calls } = fakeFetch(json([]));
    await createApiClient({ fetch }).get('/api/invoices', { query: { status: 'open', page: 2, q: undefined, client: null } });
    expect(calls[0]?.url).toBe('/api/invoices?status=open&page=2');
  });

  it('returns undefined for 204 No Content', async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 204 }));
    await expect(createApiClient({ fetch }).delete('/api/clients/c1')).resolves.toBeUndefined();
  });

  it('throws ApiError from the error format and tells the error listeners', async () => {
    const body = { error: { code: 'IBAN_INVALID', message: 'IBAN invalide', field: 'iban', requestId: 'req-7' } };
    const { fetch } = fakeFetch(json(body, 422));
    const client = createApiClient({ fetch });
    const heard: ApiError[] = [];
    const unsubscribe = client.onError((error) => heard.push(error));
    const failure = await client.post('/api/bank-accounts', { iban: 'CH00' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 422, code: 'IBAN_INVALID', field: 'iban', requestId: 'req-7' });
    expect(heard).toEqual([failure]);
    unsubscribe();
  });

  it('recognises the maintenance answer', async () => {
    const { fetch } = fakeFetch(json({ error: { code: 'MAINTENANCE', message: 'Maintenance', requestId: 'r' } }, 503));
    const failure = await createApiClient({ fetch }).get('/api/invoices').catch((error: unknown) => error);
    expect(failure instanceof ApiError && failure.isMaintenance).toBe(true);
  });

  it('reports a failed connection as NETWORK_ERROR with status 0', async () => {
    const { fetch } = fakeFetch(new TypeError('fetch failed'));
    const failure = await createApiClient({ fetch }).get('/api/me').catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 0, code: CLIENT_ERROR_CODES.network });
  });

  it('rethrows the caller’s abort untouched', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    const { fetch } = fakeFetch(abort);
    await expect(createApiClient({ fetch }).get('/api/me')).rejects.toBe(abort);
  });

  it('rejects a success whose body is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('<html></html>', { status: 200 }));
    await expect(createApiClient({ fetch }).get('/api/me')).rejects.toMatchObject({ code: CLIENT_ERROR_CODES.invalidResponse });
  });

  it('echoes the CSRF token the API sent on state-changing requests only', async () => {
    const { fetch, calls } = fakeFetch(
      json({ ok: true }), // before the API sends any token
      json({}, 200, { [CSRF_HEADER]: 'token-1' }),
      json([]),
      json({}, 201),
      json({}, 200, { [CSRF_HEADER]: 'token-2' }),
      new Response(null, { status: 204 }),
    );
    const client = createApiClient({ fetch });
    await client.post('/api/auth/login', {});
    await client.get('/api/me');
    await client.get('/api/invoices');
    await client.post('/api/invoices', {});
    await client.patch('/api/invoices/1', {});
    await client.delete('/api/invoices/1');
    expect(calls.map((call) => header(call, CSRF_HEADER))).toEqual([undefined, undefined, undefined, 'token-1', 'token-1', 'token-2']);
  });

  it('takes another CSRF source, e.g. a cookie', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    const client = createApiClient({ fetch, csrf: { read: () => 'from-cookie', capture: () => undefined } });
    await client.put('/api/organisation', {});
    expect(header(calls[0], CSRF_HEADER)).toBe('from-cookie');
  });
});

describe('fetchHealth', () => {
  const health = (status: 'ok' | 'degraded', redis: 'ok' | 'error') => ({
    status,
    instance: 'api-1',
    version: '0.1.0',
    uptime: 12.5,
    checks: { database: { status: 'ok' }, redis: { status: redis } },
  });

  it('returns the health body for 200 and for a 503 that carries one', async () => {
    const { fetch } = fakeFetch(json(health('ok', 'ok')), json(health('degraded', 'error'), 503));
    const client = createApiClient({ fetch });
    await expect(fetchHealth(client)).resolves.toMatchObject({ status: 'ok' });
    await expect(fetchHealth(client)).resolves.toMatchObject({ status: 'degraded', checks: { redis: { status: 'error' } } });
  });

  it('throws the ApiError of a maintenance 503', async () => {
    const { fetch } = fakeFetch(json({ error: { code: 'MAINTENANCE', message: 'm', requestId: 'r' } }, 503));
    const failure = await fetchHealth(createApiClient({ fetch })).catch((error: unknown) => error);
    expect(failure instanceof ApiError && failure.isMaintenance).toBe(true);
  });
});
