import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import type { Store } from '@simplifaq/store';
import type { Mailer } from '../../lib/mailer';
import type { AuthLog } from './auth-log';
import { authRoutes } from './auth-routes';
import { createAuthService } from './auth-service';
import { createRateLimiter } from './rate-limit';
import type { SessionStore } from './session-store';
import { createUserRepo } from './user-repo';

export interface AuthModuleDeps {
  prisma: PrismaClient;
  store: Store;
  sessions: SessionStore;
  authLog: AuthLog;
  mailer: Mailer;
  publicUrl: string;
}

export async function authModule(app: FastifyInstance, deps: AuthModuleDeps) {
  const auth = createAuthService({ ...deps, users: createUserRepo(deps.prisma), limiter: createRateLimiter(deps.store) });
  await app.register(authRoutes, { auth });
}
