// Browser end-to-end harness: starts the real API server (which serves the built web app) as a
// child process on a free port with a fresh data directory, and launches Debian's Chromium
// through playwright-core. Tests see the product exactly as a user of `pnpm start` does.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'artifacts', 'screenshots');
const WEB_DIST_INDEX = join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html');
const CHROMIUM = '/usr/bin/chromium';

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;
const OUTPUT_LIMIT = 64 * 1024;

export interface ApiServer {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  dataDir: string;
  /** The server's recent stdout and stderr, for failure messages. */
  output(): string;
  /** SIGTERM, wait for the graceful exit (SIGKILL after 15 s), remove the data directory. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Only what Node needs, plus the production-mode connection strings when the run has them. */
function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PORT: String(port),
    HOST: '127.0.0.1',
    SIMPLIFAQ_DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'warn',
    // Production mode (DATABASE_URL set) does not serve the web app by default; the test needs it.
    SERVE_WEB: 'true',
    // Each run gets its own keys in a shared Redis: sign-up limits of an earlier run don't carry over.
    REDIS_KEY_PREFIX: `e2e:${randomBytes(4).toString('hex')}:`,
  };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG', 'DATABASE_URL', 'REDIS_URL']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  // A fresh CI database may not be migrated yet; applying pending migrations is idempotent.
  if (env.DATABASE_URL) env.DB_MIGRATE_ON_START = 'true';
  return env;
}

/** Starts `node --import tsx apps/api/src/server.ts` and resolves once GET /api/health answers. */
export async function startApiServer(): Promise<ApiServer> {
  if (!existsSync(WEB_DIST_INDEX)) {
    throw new Error('apps/web/dist is missing: run `pnpm test:e2e` (it builds the web app first) or `pnpm --filter @simplifaq/web build`.');
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'simplifaq-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: REPO_ROOT,
    env: serverEnv(port, dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let stopped = false;
  const server: ApiServer = {
    baseUrl,
    dataDir,
    output: () => output,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const graceful = await Promise.race([exited(child).then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
        if (!graceful) {
          child.kill('SIGKILL');
          await exited(child);
        }
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await server.stop();
      throw new Error(`The API server exited (${child.exitCode ?? child.signalCode}) before answering /api/health:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      // 503 is an answer too: the server is up and reports a dependency as down.
      if (response.status === 200 || response.status === 503) {
        await response.body?.cancel();
        return server;
      }
      await response.body?.cancel();
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`The API server did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`);
}

/** Headless Debian Chromium, without the background traffic it would otherwise attempt. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Saves a screenshot as artifacts/screenshots/<name>.png (kept by CI, ignored by git): the whole
 * page, or only the window for pages whose sticky bars would repeat down a full-page capture.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

/**
 * Collects uncaught page errors and console errors, so a test can assert the app logged none.
 * `expected` lists console errors the test provokes on purpose: the browser itself logs every
 * 4xx/5xx answer ("Failed to load resource: … status of 401"), e.g. /api/me before signing in.
 */
export function watchErrors(page: Page, expected: RegExp[] = []): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !expected.some((pattern) => pattern.test(text))) errors.push(`console.error: ${text}`);
  });
  return errors;
}

/** The browser's own console line for an API answer with this status. */
export const httpStatusLogged = (status: number) => new RegExp(`Failed to load resource: the server responded with a status of ${status}\\b`);

/**
 * Runs a test's steps and, when one fails, saves the page as artifacts/screenshots/failed-<name>.png
 * before rethrowing: CI keeps the picture of what the browser showed.
 */
export async function onFailureScreenshot<T>(page: Page, name: string, steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    await screenshot(page, `failed-${name}`).catch(() => undefined);
    throw error;
  }
}

// axe-core is a dev dependency of the web app; the browser tests inject its script into pages.
const AXE_SCRIPT = createRequire(join(REPO_ROOT, 'apps', 'web', 'package.json')).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is and returns the serious and
 * critical violations, each as `rule: selector, …` for a readable failure.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  // A string expression: the e2e files are type-checked without the DOM library.
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return result
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Starts one API server and one Chromium for the test file (beforeAll) and stops them (afterAll).
 * Returns the accessor the tests call: it throws when the start failed, rather than handing out
 * undefined.
 */
export function serverAndBrowserPerFile(): () => { server: ApiServer; browser: Browser } {
  let server: ApiServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startApiServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return () => {
    if (!server || !browser) throw new Error('beforeAll did not start the server and the browser');
    return { server, browser };
  };
}
