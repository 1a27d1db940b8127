import { createWriteStream } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';

/** Fixed reasons: nothing a client sends ever reaches the line (fail2ban parses it). */
export type AuthFailReason = 'unknown_user' | 'bad_password' | 'rate_limited' | 'bad_reset_token' | 'bad_api_token';

/**
 * One line per failed authentication, `<ISO time> AUTH_FAIL ip=<ip> reason=<reason>`, in
 * `LOG_DIR/auth.log` (read by fail2ban's `simplifaq-auth` jail) and in the log stream. The
 * directory exists: the configuration made sure of it.
 */
export function createAuthLog(logDir: string, logger: FastifyBaseLogger) {
  const file = createWriteStream(join(logDir, 'auth.log'), { flags: 'a' });
  file.on('error', (err) => logger.error({ err }, 'cannot write auth.log'));
  return {
    /** `log`: the request's logger, so the line carries the request id (the app's otherwise). */
    fail(ip: string, reason: AuthFailReason, log: FastifyBaseLogger = logger) {
      // request.ip comes from the socket or a trusted proxy; anything else is not printed.
      const safeIp = isIP(ip) ? ip : 'invalid';
      const line = `AUTH_FAIL ip=${safeIp} reason=${reason}`;
      file.write(`${new Date().toISOString()} ${line}\n`);
      log.warn({ authFail: { ip: safeIp, reason } }, line);
    },
    close: () => new Promise<void>((resolve) => file.end(resolve)),
  };
}

export type AuthLog = ReturnType<typeof createAuthLog>;
