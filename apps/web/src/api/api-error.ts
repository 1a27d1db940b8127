/**
 * The API answers every failure with `{ "error": { "code", "message", "field?", "requestId" } }`
 * (DESIGN.md, "API surface"). ApiError carries it to the UI with the HTTP status; failures that
 * never reached the API (network down, a proxy's HTML 502) get a code of their own so that the UI
 * handles one shape.
 */

/** Codes the client itself produces; all others come from the API. */
export const CLIENT_ERROR_CODES = {
  /** fetch() rejected: offline, DNS, connection refused, timeout. */
  network: 'NETWORK_ERROR',
  /** An error status without the API's error body (e.g. nginx's 502 page). */
  http: 'HTTP_ERROR',
  /** A success status whose body is not the JSON the client expected. */
  invalidResponse: 'INVALID_RESPONSE',
} as const;

/** Code the API uses on its 503 while an operator has put it in maintenance mode. */
export const MAINTENANCE_CODE = 'MAINTENANCE';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  field?: string | undefined;
  details?: Record<string, unknown> | undefined;
  requestId?: string | undefined;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** Stable code to branch on (`IBAN_INVALID`, `MAINTENANCE`, `NETWORK_ERROR`…); never parse `message`. */
  readonly code: string;
  /** Name of the request field the error is about, to show it next to that input. */
  readonly field: string | undefined;
  /** Values that describe the failure (`character`, `max`, `retryAfterSeconds`…), for the translated message. */
  readonly details: Record<string, unknown> | undefined;
  /** Request id from the API, for support and the logs. */
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details;
    this.requestId = init.requestId;
  }

  /** The API is in maintenance mode: show the maintenance page rather than an error. */
  get isMaintenance(): boolean {
    return this.status === 503 && this.code === MAINTENANCE_CODE;
  }

  /** No or expired session: send the user to the login page. */
  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  get isNetworkError(): boolean {
    return this.code === CLIENT_ERROR_CODES.network;
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Builds the ApiError for a failed response from its status, its body text and its request-id
 * header (used when the body lacks one, e.g. an error page from a proxy in front of the API).
 */
export function parseApiError(status: number, bodyText: string, requestIdHeader?: string | null): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const headerRequestId = optionalString(requestIdHeader);
  if (typeof error === 'object' && error !== null) {
    const fields = error as Record<string, unknown>;
    const code = optionalString(fields.code);
    const message = optionalString(fields.message);
    if (code) {
      return new ApiError({
        status,
        code,
        message: message ?? code,
        field: optionalString(fields.field),
        details: typeof fields.details === 'object' && fields.details !== null ? (fields.details as Record<string, unknown>) : undefined,
        requestId: optionalString(fields.requestId) ?? headerRequestId,
      });
    }
  }
  return new ApiError({
    status,
    code: CLIENT_ERROR_CODES.http,
    message: `HTTP ${status}`,
    requestId: headerRequestId,
  });
}

/** Reads a failed Response into an ApiError (consumes the body). */
export async function readApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return parseApiError(response.status, text, response.headers.get(REQUEST_ID_HEADER));
}
