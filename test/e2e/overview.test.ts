/**
 * Browser test: Debian's Chromium (driven by playwright-core) logs in to a server loaded with the demo data and
 * sees the overview with an NPS number. Skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

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

  it('keeps the survey carrying the program on the cards when a new one is created, and gives no margin for a handful', async () => {
    const auth: Auth = { workspaceId: server.workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
    const fresh = await server.ctx.surveys.create(auth, { name: 'Brand-new pulse', kind: 'nps' });
    await server.ctx.responses.ingest(auth, [{ surveyId: fresh.id, score: 10 }, { surveyId: fresh.id, score: 2 }], { batch: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, url);
    const card = page.getByTestId('card-nps');
    await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 20_000 }).toMatch(/responses/);
    // the newest survey is first in the list, but the card stays on the demo's main NPS survey
    expect(await card.textContent()).not.toContain('Brand-new pulse');
    expect(await page.getByTestId('card-nps-few').count()).toBe(0);
    // picked by hand, the new survey's two answers get no ± margin (it would be ± 138.6 points)
    await page.getByTestId('filter-survey-nps').selectOption(fresh.id);
    await page.getByTestId('card-nps-few').waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain('Brand-new pulse');
    expect(await card.textContent()).not.toContain('±');
    // the choice is in the URL: a reload (or a shared link) shows the same view
    expect(new URL(page.url()).searchParams.get('nps')).toBe(fresh.id);
    await page.reload();
    await page.getByTestId('card-nps-few').waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain('Brand-new pulse');
    // the count drills down to those responses
    await page.getByTestId('card-nps-responses').click();
    await page.waitForURL(/\/responses\?/);
    expect(new URL(page.url()).searchParams.get('surveyId')).toBe(fresh.id);
    await expect.poll(() => page.getByTestId('responses-table').locator('tbody tr').count(), { timeout: 10_000 }).toBe(2);
    // and download as CSV, with the list's filters
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('responses-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^responses-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(csv).toHaveLength(3); // header and the survey's two responses
    // columns: id, created_at, survey_id, survey, score, …
    expect(csv.slice(1).map((l) => l.split(',')[4]).sort()).toEqual(['10', '2']);
    expect(csv.slice(1).map((l) => l.split(',')[3])).toEqual(['Brand-new pulse', 'Brand-new pulse']);
    // the survey list counts each survey's responses
    await page.goto(`${url}/surveys`);
    const row = page.getByRole('row').filter({ hasText: 'Brand-new pulse' });
    await expect.poll(async () => (await row.getByTestId('survey-responses').textContent()) ?? '', { timeout: 10_000 }).toBe('2');
    await page.close();
  }, 60_000);

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
