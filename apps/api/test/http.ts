// A tiny browser stand-in for app.inject(): keeps the session cookie, sends the app's own Origin.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface Agent {
  request(opts: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  cookie: string | undefined;
}

export function agent(app: FastifyInstance, options: { ip?: string; origin?: string | null } = {}): Agent {
  const self: Agent = {
    cookie: undefined,
    async request(opts) {
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
      if (self.cookie && !headers.cookie) headers.cookie = `sf_session=${self.cookie}`;
      if (options.origin !== null && !headers.origin) headers.origin = options.origin ?? 'http://localhost:80';
      const res = await app.inject({ remoteAddress: options.ip ?? '127.0.0.1', ...opts, headers });
      const set = res.cookies.find((c) => c.name === 'sf_session');
      if (set) self.cookie = set.value || undefined;
      return res;
    },
    get: (url) => self.request({ method: 'GET', url }),
    post: (url, payload, headers) => self.request({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers }),
    patch: (url, payload) => self.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => self.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => self.request({ method: 'DELETE', url }),
  };
  return self;
}

let counter = 0;
/** Signs up a fresh user with their own organisation and returns the signed-in agent. */
export async function signUp(app: FastifyInstance, overrides: Record<string, unknown> = {}, options: { ip?: string } = {}) {
  const a = agent(app, { ip: options.ip ?? `10.${(counter >> 8) & 255}.${counter++ & 255}.1` });
  const email = `user${Date.now().toString(36)}${counter}@example.ch`;
  const password = 'Velo-Alpes-Rösti-42';
  const res = await a.post('/api/auth/signup', { email, password, name: 'Anna Muster', organisationName: 'Muster Sàrl', ...overrides });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  const me = res.json() as { user: { id: string }; activeOrganisationId: string };
  return { agent: a, email, password, userId: me.user.id, organisationId: me.activeOrganisationId };
}
