/**
 * Browser test of a theme page's trend (/problems/:themeId): the buckets the range covers only in part are marked as
 * on the overview's trend (test/e2e/overview-partial.test.ts) — the current week in the chart's data attribute, its
 * tooltip and its description; a custom range starting mid-week marks its first week; a range over 180 days counts
 * months. Needs `npm run build:web` first; skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';
import { hoverBucket, utcDay, weekOf } from './charts.ts';

const DAY = 86_400_000;
const TREND_MARGINS = { left: 44, right: 48 };
const hover = (page: Page, index: number, count: number) => hoverBucket(page, 'theme-trend-canvas', TREND_MARGINS, index, count);

describe.skipIf(!haveChromium)('browser: a theme’s trend marks partial periods', () => {
  let server: DemoServer;
  let browser: Browser;
  let themeId: string;

  beforeAll(async () => {
    // the demo starts with the telecom taxonomy; the worker analyses its comments
    server = await startDemo({ name: 'theme-trend-partial', worker: { pollMs: 50, names: ['themes.analyze', 'themes.reanalyze'] } });
    browser = await launchChromium();
    const auth: Auth = { workspaceId: server.workspaceId, via: 'api_key', role: null, scope: 'read', userId: null, apiKeyId: null };
    // the analysis of the demo's comments has finished (expect.poll is for tests only)
    for (let waited = 0; !(await server.ctx.themes.status(auth)).runs.every((r) => r.status === 'done' || r.status === 'failed'); waited += 250) {
      if (waited > 60_000) throw new Error('the demo’s comments were not analysed within a minute');
      await new Promise((r) => setTimeout(r, 250));
    }
    const analysis = await server.ctx.themes.analysis(auth, {});
    themeId = [...analysis.themes].sort((a, b) => b.count - a.count)[0]!.id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openTheme(search = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, server.url);
    await page.waitForURL((u) => u.pathname === '/', { timeout: 15_000 });
    await page.goto(`${server.url}/problems/${encodeURIComponent(themeId)}${search}`);
    await page.getByTestId('theme-trend-canvas').locator('canvas').first().waitFor({ timeout: 20_000 });
    return page;
  }

  it('marks the current week as in progress, in the data attribute, the tooltip and the description', async () => {
    const page = await openTheme();
    const canvas = page.getByTestId('theme-trend-canvas');
    const now = Date.now();
    const { monday, daysSoFar } = weekOf(now);
    const partial = ((await canvas.getAttribute('data-partial-periods')) ?? '').split(' ');
    expect(partial).toContain(monday);
    const label = (await canvas.locator('.echart').getAttribute('aria-label')) ?? '';
    expect(label).toContain(`week in progress — ${daysSoFar} of 7 days`);
    // 90 days starting on a Monday make 13 whole weeks; otherwise 14 buckets, the first one partial too
    const first = weekOf(now - 89 * DAY);
    const count = first.daysSoFar === 1 ? 13 : 14;
    expect(partial).toHaveLength(first.daysSoFar === 1 ? 1 : 2);
    expect(await hover(page, count - 1, count)).toContain(`Week in progress — ${daysSoFar} of 7 days`);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/theme-trend-partial-week.png', fullPage: true });
    // a whole week in the middle says nothing of the kind
    expect(await hover(page, Math.floor(count / 2), count)).not.toMatch(/in progress|Partial/);
    await page.close();
  }, 90_000);

  it('marks the first week partial when a custom range starts mid-week, and only that one', async () => {
    // Wednesday five weeks before this week's Monday, to the Sunday before it: 5 of 7 days, then 4 whole weeks
    const { monday } = weekOf(Date.now());
    const mondayMs = Date.parse(`${monday}T00:00:00Z`);
    const from = utcDay(mondayMs - 33 * DAY);
    const to = utcDay(mondayMs - DAY);
    const page = await openTheme(`?period=custom&from=${from}&to=${to}`);
    const canvas = page.getByTestId('theme-trend-canvas');
    await expect.poll(async () => canvas.getAttribute('data-partial-periods'), { timeout: 10_000 }).toBe(utcDay(mondayMs - 35 * DAY));
    expect(await hover(page, 0, 5)).toContain('Partial week — 5 of 7 days in the range');
    await page.close();
  }, 90_000);

  it('counts months over a 12-month range, the current one in progress', async () => {
    const page = await openTheme('?period=12m');
    const canvas = page.getByTestId('theme-trend-canvas');
    const now = new Date();
    const month = `${utcDay(now.getTime()).slice(0, 7)}-01`;
    const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
    await expect.poll(async () => ((await canvas.getAttribute('data-partial-periods')) ?? '').split(' '), { timeout: 10_000 }).toContain(month);
    const label = (await canvas.locator('.echart').getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^Monthly comments mentioning /);
    expect(label).toContain(`month in progress — ${now.getUTCDate()} of ${daysInMonth} days`);
    await page.close();
  }, 90_000);
});
