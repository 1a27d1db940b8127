import { ApiError, CLIENT_ERROR_CODES, readApiError, REQUEST_ID_HEADER } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: HttpMethod;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as is (a file upload); give its content-type in `headers`. */
  rawBody?: Blob | ArrayBuffer | string;
  /** Appended as a query string; null and undefined values are left out. */
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Where the client gets the CSRF token it sends on state-changing requests, and how it learns a
 * new one from responses. The default (`responseHeaderCsrf`) works as soon as the API sends the
 * header; a cookie-based scheme only needs another source.
 */
export interface CsrfTokenSource {
  /** The token to send, or undefined to send none. */
  read(): string | undefined;
  /** Called with every response, to pick up a new or rotated token. */
  capture(response: Response): void;
}

export const CSRF_HEADER = 'x-csrf-token';

/** Remembers the last token the API sent in the `x-csrf-token` response header. */
export function responseHeaderCsrf(header = CSRF_HEADER): CsrfTokenSource {
  let token: string | undefined;
  return {
    read: () => token,
    capture(response) {
      const value = response.headers.get(header);
      if (value) token = value;
    },
  };
}

export interface ApiClientOptions {
  /** Prefix for every path; '' (same origin) in the browser. */
  baseUrl?: string;
  fetch?: typeof fetch;
  csrf?: CsrfTokenSource;
  /**
   * Language tag sent as Accept-Language so that the API's messages match the UI. Defaults to
   * `<html lang>`, which the i18n setup keeps on the current Swiss locale.
   */
  language?: () => string | undefined;
}

export type ApiErrorListener = (error: ApiError) => void;

// GET, HEAD and OPTIONS change nothing, so they carry no CSRF token (and can be cached).
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined) params.append(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

function documentLanguage(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.documentElement.lang || undefined;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const csrf = options.csrf ?? responseHeaderCsrf();
  const language = options.language ?? documentLanguage;
  const listeners = new Set<ApiErrorListener>();
  // Resolved per call so tests (and polyfills) can replace the global after the client exists.
  const doFetch: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);

  function fail(error: ApiError): never {
    for (const listener of listeners) listener(error);
    throw error;
  }

  /**
   * Sends a request and returns the raw Response whatever its status. Throws ApiError only when no
   * response arrived, and rethrows the caller's abort as is.
   */
  async function send(path: string, request: RequestOptions = {}): Promise<Response> {
    const method = request.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    const acceptLanguage = language();
    if (acceptLanguage) headers['accept-language'] = acceptLanguage;
    Object.assign(headers, request.headers);
    let body: BodyInit | undefined;
    if (request.rawBody !== undefined) {
      body = request.rawBody;
    } else if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    if (!SAFE_METHODS.has(method)) {
      const token = csrf.read();
      if (token) headers[CSRF_HEADER] = token;
    }
    let response: Response;
    try {
      response = await doFetch(buildUrl(baseUrl, path, request.query), {
        method,
        headers,
        body,
        // The session is an HttpOnly cookie on the API's origin, which serves the app too.
        credentials: 'same-origin',
        signal: request.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      return fail(
        new ApiError({
          status: 0,
          code: CLIENT_ERROR_CODES.network,
          message: error instanceof Error ? error.message : 'Network error',
        }),
      );
    }
    csrf.capture(response);
    return response;
  }

  /** Sends a request and returns its parsed JSON body; any non-2xx answer throws ApiError. */
  async function request<T>(path: string, request: RequestOptions = {}): Promise<T> {
    const response = await send(path, request);
    if (!response.ok) return fail(await readApiError(response));
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      return fail(
        new ApiError({
          status: response.status,
          code: CLIENT_ERROR_CODES.invalidResponse,
          message: 'The server sent a response that is not JSON.',
          requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
        }),
      );
    }
  }

  /** GETs a file (a PDF) as a Blob; any non-2xx throws ApiError and tells the listeners. */
  async function blob(path: string, init: Omit<RequestOptions, 'method' | 'body' | 'rawBody'> = {}): Promise<Blob> {
    const response = await send(path, { ...init, method: 'GET' });
    if (!response.ok) return fail(await readApiError(response));
    return response.blob();
  }

  type WithoutMethod = Omit<RequestOptions, 'method' | 'body' | 'rawBody'>;

  return {
    send,
    request,
    blob,
    get: <T>(path: string, init?: WithoutMethod) => request<T>(path, { ...init, method: 'GET' }),
    post: <T>(path: string, body?: unknown, init?: WithoutMethod) => request<T>(path, { ...init, method: 'POST', body }),
    put: <T>(path: string, body?: unknown, init?: WithoutMethod) => request<T>(path, { ...init, method: 'PUT', body }),
    patch: <T>(path: string, body?: unknown, init?: WithoutMethod) => request<T>(path, { ...init, method: 'PATCH', body }),
    delete: <T>(path: string, init?: WithoutMethod) => request<T>(path, { ...init, method: 'DELETE' }),
    /** Uploads bytes (a logo, a CSV file) with their own content type. */
    upload: <T>(method: 'POST' | 'PUT', path: string, body: Blob | ArrayBuffer | string, contentType: string, init?: WithoutMethod) =>
      request<T>(path, { ...init, method, rawBody: body, headers: { ...init?.headers, 'content-type': contentType } }),
    /**
     * Hears every ApiError any request throws, for app-wide reactions: the maintenance page on
     * `isMaintenance`, back to login on `isUnauthenticated`. Returns the unsubscribe function.
     */
    onError(listener: ApiErrorListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
