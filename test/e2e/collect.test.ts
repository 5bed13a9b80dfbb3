/**
 * Browser test of the collection screens: Debian's Chromium (driven by playwright-core) creates a survey in the
 * editor and sees the live email preview follow the typed question, imports a small people CSV to 100 %, adds a
 * webhook (its signing secret is shown once) and saves a feedback rule. Skipped only outside CI without Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { DEMO_EMAIL, DEMO_PASSWORD, loadDemo } from '../../src/demo/load-demo.ts';
import { buildApp } from '../../src/http/app.ts';
import { Worker } from '../../src/jobs/worker.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs it with apt-get install -y chromium`);

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

describe.skipIf(!haveChromium)('browser: surveys, imports, webhooks and feedback rules', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let worker: Worker;
  let browser: Browser;
  let url: string;
  let page: Page;
  const errors: string[] = [];

  const shot = async (name: string) => {
    mkdirSync('test-results', { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400); // let the progress bar finish its transition
    await page.screenshot({ path: `test-results/collect-${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cl-e2e-collect-'));
    ctx = await openContext(loadConfig({ CLEARLOOP_DATA_DIR: dir, PORT: '0' }));
    await loadDemo(ctx);
    app = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    // Only imports run in the background here: nothing should try to reach the webhook's made-up URL.
    worker = new Worker(ctx, { names: ['import.run'], pollMs: 200 });
    worker.start();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/login`);
    await page.getByTestId('login-email').fill(DEMO_EMAIL);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await app?.close();
    await ctx?.close();
  });

  it('creates a survey and the email preview follows the typed question', async () => {
    await page.getByTestId('nav-surveys').click();
    await page.getByTestId('surveys-table').waitFor();
    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-name').fill('Onboarding NPS');
    await page.getByTestId('survey-status').selectOption('active');
    await page.getByTestId('survey-save').click();
    await page.waitForURL(/\/surveys\/[^/]+$/, { timeout: 10_000 });
    await page.getByTestId('survey-saved').waitFor();

    const frame = page.getByTestId('preview-email-frame');
    await frame.waitFor({ timeout: 10_000 });
    await page.getByTestId('survey-question').fill('Would you tell a friend about Brightwave onboarding?');
    await expect.poll(async () => (await frame.getAttribute('srcdoc')) ?? '', { timeout: 10_000 }).toContain('Would you tell a friend about Brightwave onboarding?');
    // The frame runs nothing: an empty sandbox.
    expect(await frame.getAttribute('sandbox')).toBe('');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-saved').waitFor();
    await shot('survey-editor');
  }, 40_000);

  it('imports a people CSV and shows it finish at 100%', async () => {
    await page.getByTestId('nav-imports').click();
    const csv = 'email,name,plan\nann@example.com,Ann Lee,pro\nben@example.com,Ben Ortiz,free\ncara@example.com,Cara Diaz,pro\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-mapping').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('import-map-email').inputValue()).toBe('email');
    expect(await page.getByTestId('import-map-plan').inputValue()).toBe('property:plan');
    await page.getByTestId('import-start').click();
    await expect.poll(async () => (await page.getByTestId('import-progress-text').textContent()) ?? '', { timeout: 20_000 }).toBe('100%');
    await expect.poll(async () => page.getByTestId('import-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('done');
    await page.getByTestId('imports-table').getByText('people.csv').first().waitFor();
    await shot('imports');
  }, 40_000);

  it('adds a webhook and shows its signing secret once', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByTestId('webhook-url').fill('https://hooks.example.com/clearloop');
    await page.getByTestId('webhook-event-response.updated').check();
    await page.getByTestId('webhook-create').click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor({ timeout: 10_000 });
    expect((await secret.inputValue()).length).toBeGreaterThan(16);
    await page.getByTestId('webhooks-list').getByText('https://hooks.example.com/clearloop').waitFor();
    await page.getByTestId('webhook-log-toggle').click();
    await page.getByTestId('webhook-deliveries').waitFor();
    await shot('webhooks');
  }, 30_000);

  it('saves a feedback rule', async () => {
    await page.getByRole('link', { name: 'Feedback rules' }).click();
    const minDays = page.getByTestId('rule-min-days');
    await minDays.waitFor();
    await minDays.fill('45');
    await page.getByTestId('rule-cap-on').check();
    await page.getByTestId('feedback-rules-save').click();
    await page.getByTestId('feedback-rules-saved').waitFor({ timeout: 10_000 });
    await shot('feedback-rules');
    const res = await page.evaluate(async () => (await fetch('/api/v1/settings')).json());
    expect(res).toMatchObject({ fatigue: { minDaysBetweenSurveys: 45 } });
    expect(errors).toEqual([]);
  }, 30_000);
});
