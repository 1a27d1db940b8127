import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';
import { sendError } from './error-handler';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Starts a graceful stop: from now on new requests get 503 SHUTTING_DOWN (so nginx retries
     * another instance) while the requests already running finish. Resolves when none is left.
     */
    drain(): Promise<void>;
  }
}

export const drainPlugin = fp(
  async (app: FastifyInstance) => {
    let draining = false;
    let inFlight = 0;
    let idle: (() => void) | undefined;
    app.decorate('drain', () => {
      draining = true;
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => (idle = resolve));
    });
    app.addHook('onRequest', async (request, reply) => {
      if (draining) {
        reply.header('connection', 'close').header('retry-after', '5');
        return sendError(reply, request, new AppError('SHUTTING_DOWN', 'This instance is restarting; try again in a moment.', 503));
      }
      inFlight++;
      // 'close' fires once per response, whether it completed or the client went away.
      reply.raw.once('close', () => {
        inFlight--;
        if (draining && inFlight === 0) idle?.();
      });
    });
  },
  { name: 'drain' },
);
