import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES, parseApiError, readApiError } from './api-error';

describe('parseApiError', () => {
  it('reads the API error format with its field and request id', () => {
    const body = { error: { code: 'IBAN_INVALID', message: 'IBAN invalide', field: 'iban', requestId: 'req-1' } };
    const error = parseApiError(422, JSON.stringify(body));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status: 422, code: 'IBAN_INVALID', message: 'IBAN invalide', field: 'iban', requestId: 'req-1' });
    expect(error.name).toBe('ApiError');
    expect(error.isMaintenance).toBe(false);
  });

  it('recognises maintenance only as a 503 with code MAINTENANCE', () => {
    const maintenance = JSON.stringify({ error: { code: 'MAINTENANCE', message: 'Maintenance', requestId: 'r' } });
    expect(parseApiError(503, maintenance).isMaintenance).toBe(true);
    expect(parseApiError(500, maintenance).isMaintenance).toBe(false);
    const unavailable = JSON.stringify({ error: { code: 'SHUTTING_DOWN', message: 'Restarting', requestId: 'r' } });
    expect(parseApiError(503, unavailable).isMaintenance).toBe(false);
  });

  it('leaves optional members undefined and falls back to the code for a missing message', () => {
    const error = parseApiError(401, JSON.stringify({ error: { code: 'UNAUTHENTICATED' } }));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'UNAUTHENTICATED', field: undefined, requestId: undefined });
    expect(error.isUnauthenticated).toBe(true);
  });

  it('turns a body without the error format into HTTP_ERROR, keeping the request-id header', () => {
    for (const text of ['<html><body>502 Bad Gateway</body></html>', '', '{"message":"nope"}', 'null', '{"error":"flat"}']) {
      const error = parseApiError(502, text, 'req-from-header');
      expect(error).toMatchObject({ status: 502, code: CLIENT_ERROR_CODES.http, requestId: 'req-from-header' });
    }
  });

  it('prefers the body’s request id over the header’s', () => {
    const error = parseApiError(500, JSON.stringify({ error: { code: 'INTERNAL', message: 'x', requestId: 'body' } }), 'header');
    expect(error.requestId).toBe('body');
  });
});

describe('readApiError', () => {
  it('reads status, body and x-request-id from a Response', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Client introuvable' } }), {
      status: 404,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-404' },
    });
    const error = await readApiError(response);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'Client introuvable', requestId: 'req-404' });
  });
});
