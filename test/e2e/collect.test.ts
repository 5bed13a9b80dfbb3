/**
 * Browser test of the collection screens: Debian's Chromium (driven by playwright-core) creates a survey in the
 * editor and sees the live email preview follow the typed question, imports a small people CSV to 100 %, adds a
 * webhook (its signing secret is shown once) and saves a feedback rule. Skipped only outside CI without Chromium.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: surveys, imports, webhooks and feedback rules', () => {
  let server: DemoServer;
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
    // Only imports run in the background here: nothing should try to reach the webhook's made-up URL.
    server = await startDemo({ name: 'collect', worker: { names: ['import.run'], pollMs: 200 } });
    url = server.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, url);
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
