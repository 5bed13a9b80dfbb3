/**
 * Shared setup of the browser tests: Debian's Chromium through playwright-core, and the real app on a fresh
 * SQLite data folder loaded with the demo, listening on a free loopback port. Not a test file itself.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type AppContext, openContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { DEMO_EMAIL, DEMO_PASSWORD, type LoadDemoOptions, loadDemo } from '../../src/demo/load-demo.ts';
import { buildApp } from '../../src/http/app.ts';
import { Worker, type WorkerOptions } from '../../src/jobs/worker.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs it with apt-get install -y chromium`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface DemoServer {
  ctx: AppContext;
  app: FastifyInstance;
  url: string;
  workspaceId: string;
  worker: Worker | null;
  close(): Promise<void>;
}

/**
 * Starts the app with the demo loaded. `worker` runs background jobs (pass the job names the flow needs, so that
 * nothing else — e.g. analysing the whole demo — competes); `prepare` runs after the demo is loaded.
 */
export async function startDemo(opts: { name: string; worker?: WorkerOptions; demo?: LoadDemoOptions; prepare?: (ctx: AppContext, workspaceId: string) => Promise<void> }): Promise<DemoServer> {
  const dir = mkdtempSync(path.join(tmpdir(), `cl-e2e-${opts.name}-`));
  const ctx = await openContext(loadConfig({ CLEARLOOP_DATA_DIR: dir, PORT: '0' }));
  const { workspaceId } = await loadDemo(ctx, opts.demo);
  await opts.prepare?.(ctx, workspaceId);
  const app = await buildApp(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const worker = opts.worker ? new Worker(ctx, opts.worker) : null;
  worker?.start();
  return {
    ctx,
    app,
    url,
    workspaceId,
    worker,
    async close() {
      await worker?.stop();
      await app.close();
      await ctx.close();
    },
  };
}

/** Logs in as the demo owner from the login page. */
export async function loginAsDemo(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-email').fill(DEMO_EMAIL);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}
