/**
 * Browser test of the Sends table's CSV, on the demo (no SMTP_URL): its "Download CSV" is a link to the server's
 * export (GET /api/v1/sends/export) with the table's survey and channel filter, and the file holds every send, not
 * only the 50 the table has loaded; a viewer's file has no links. And the case page, on the same server without a
 * mail server, shows the Re-survey button disabled and says why. Skipped only outside CI without Chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import type { Auth } from '../../src/modules/auth/policy.ts';
import type { SENDS_CSV_COLUMNS } from '../../src/modules/distribution/sends-csv-export.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations on the page as it is now: "rule: selectors". */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** More link sends than the table's first page (50), so a CSV of the loaded rows would fall short. */
const LINKS = 120;

type Row = Record<(typeof SENDS_CSV_COLUMNS)[number], string>;

describe.skipIf(!haveChromium)('browser: the sends CSV comes from the server; re-survey without a mail server', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let surveyId: string;
  const errors: string[] = [];

  const shot = async (p: Page, name: string) => {
    mkdirSync('test-results', { recursive: true });
    await p.screenshot({ path: `test-results/sends-export-${name}.png`, fullPage: true });
  };
  /** Follows the Download CSV link and returns the file's name and rows. */
  const download = async (p: Page): Promise<{ name: string; rows: Row[] }> => {
    const [file] = await Promise.all([p.waitForEvent('download'), p.getByTestId('sends-export').click()]);
    return { name: file.suggestedFilename(), rows: parse(readFileSync(await file.path(), 'utf8'), { columns: true }) as Row[] };
  };

  beforeAll(async () => {
    server = await startDemo({ name: 'sends-export' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, server.url);
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
    await page.goto(`${server.url}/distribute`);
    await page.waitForURL(/\/surveys\/[^/]+\/distribute$/, { timeout: 15_000 });
    surveyId = /\/surveys\/([^/]+)\/distribute$/.exec(page.url())![1]!;
    // Personal links for the survey the page shows, made as the send API makes them.
    const auth: Auth = { workspaceId: server.workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
    const people = Array.from({ length: LINKS }, (_, i) => ({ email: `csv.${i}@example.com`, name: i === 0 ? '=SUM(1,2)' : `Csv Person ${i}` }));
    await server.ctx.distribution.schedule(auth, surveyId, { people, channel: 'link' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links the Download CSV to the server’s export with the table’s filters, and the file holds every send', async () => {
    await page.reload();
    await page.getByTestId('sends-table').waitFor({ timeout: 15_000 });
    const link = page.getByTestId('sends-export');
    await link.waitFor();
    expect(await link.evaluate((a) => a.tagName)).toBe('A');
    expect(await link.getAttribute('download')).not.toBeNull();
    expect(await link.getAttribute('href')).toBe(`/api/v1/sends/export?surveyId=${surveyId}`);

    await page.getByTestId('sends-channel').selectOption('link');
    await expect.poll(() => page.getByTestId('sends-table').getAttribute('data-channel')).toBe('link');
    await expect.poll(() => link.getAttribute('href')).toBe(`/api/v1/sends/export?surveyId=${surveyId}&channel=link`);
    expect(await page.getByTestId('sends-table').getByTestId('send-link').count()).toBe(50); // one page loaded
    expect(await page.getByTestId('sends-load-more').count()).toBe(1);

    const file = await download(page);
    expect(file.name).toMatch(/^sends-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows).toHaveLength(LINKS);
    expect(file.rows.every((r) => r.channel === 'link' && r.survey_id === surveyId && r.link.startsWith(`${server.ctx.config.publicUrl}/s/`))).toBe(true);
    expect(file.rows.find((r) => r.email === 'csv.0@example.com')!.name).toBe("'=SUM(1,2)");
    await shot(page, 'owner');
    expect(await axe(page)).toEqual([]);

    await page.getByTestId('sends-channel').selectOption('');
    await expect.poll(() => link.getAttribute('href')).toBe(`/api/v1/sends/export?surveyId=${surveyId}`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('gives a viewer the same download without the links', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    try {
      const viewer = await context.newPage();
      await viewer.goto(`${server.url}/login`);
      await viewer.getByTestId('login-email').fill('viewer@clearloop.dev');
      await viewer.getByTestId('login-password').fill(DEMO_PASSWORD);
      await viewer.getByTestId('login-submit').click();
      await viewer.waitForURL((u) => u.pathname === '/', { timeout: 15_000 });
      await viewer.goto(`${server.url}/surveys/${surveyId}/distribute`);
      await viewer.getByTestId('sends-table').waitFor({ timeout: 15_000 });
      expect(await viewer.locator('#sends-export-hint').textContent()).toMatch(/personal links are left out/);
      const file = await download(viewer);
      expect(file.rows.length).toBeGreaterThanOrEqual(LINKS);
      expect(file.rows.every((r) => r.link === '')).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shows the Re-survey button disabled on a case, saying the server cannot send email', async () => {
    const c = await server.ctx.database.db
      .selectFrom('followup_case')
      .innerJoin('person', 'person.id', 'followup_case.person_id')
      .select('followup_case.id')
      .where('followup_case.workspace_id', '=', server.workspaceId)
      .where('person.email', 'is not', null)
      .executeTakeFirstOrThrow();
    await page.goto(`${server.url}/cases/${c.id}`);
    const button = page.getByTestId('case-resurvey');
    await button.waitFor({ timeout: 15_000 });
    expect(await button.isDisabled()).toBe(true);
    const why = page.getByTestId('case-resurvey-unavailable');
    expect(await why.textContent()).toMatch(/not available: this server cannot send email.*SMTP_URL/);
    expect(await button.getAttribute('aria-describedby')).toContain('case-resurvey-unavailable');
    await button.scrollIntoViewIfNeeded();
    await shot(page, 'case-resurvey');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
