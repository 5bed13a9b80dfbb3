/**
 * Browser test of the overview's trend and comments: the buckets the range covers only in part (the current week,
 * a custom range starting mid-week) are marked in the chart (its data attribute, its tooltip, its description), and
 * "Latest comments" follows the survey picked in the filters and names it. Needs `npm run build:web` first; skipped
 * only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';
import { hoverBucket, utcDay, weekOf } from './charts.ts';

const DAY = 86_400_000;
const TREND_MARGINS = { left: 48, right: 52 };
const hover = (page: Page, index: number, count: number) => hoverBucket(page, 'trend-canvas', TREND_MARGINS, index, count);

describe.skipIf(!haveChromium)('browser: overview trend partial periods and comments', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;
  let pulse: { id: string };
  const COMMENT = 'Pulse survey comment: the new router arrived a day early.';

  beforeAll(async () => {
    server = await startDemo({ name: 'overview-partial' });
    url = server.url;
    browser = await launchChromium();
    // a second NPS survey whose comment is the newest of the workspace: on the old overview it headed "Latest comments"
    // whatever NPS survey the cards showed
    const auth: Auth = { workspaceId: server.workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
    pulse = await server.ctx.surveys.create(auth, { name: 'Router pulse', kind: 'nps' });
    await server.ctx.responses.ingest(auth, [{ surveyId: pulse.id, score: 10, comment: COMMENT }], { batch: false });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the current week as in progress, in the data attribute, the tooltip and the description', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, url);
    const canvas = page.getByTestId('trend-canvas');
    await canvas.locator('canvas').first().waitFor({ timeout: 20_000 });
    const now = Date.now();
    const { monday, daysSoFar } = weekOf(now);
    // the default period (90 days to today) ends in the current week: always partial, since today is not over
    const partial = ((await canvas.getAttribute('data-partial-periods')) ?? '').split(' ');
    expect(partial).toContain(monday);
    const label = (await canvas.locator('.echart').getAttribute('aria-label')) ?? '';
    expect(label).toContain(`week in progress — ${daysSoFar} of 7 days`);
    // 90 days starting on a Monday make 13 whole weeks; otherwise 14 buckets, the first one partial too
    const first = weekOf(now - 89 * DAY);
    const count = first.daysSoFar === 1 ? 13 : 14;
    if (first.daysSoFar !== 1) expect(partial).toContain(first.monday);
    expect(await hover(page, count - 1, count)).toContain(`Week in progress — ${daysSoFar} of 7 days`);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/overview-partial-week.png', fullPage: true });
    // a whole week in the middle says nothing of the kind
    expect(await hover(page, Math.floor(count / 2), count)).not.toMatch(/in progress|Partial/);
    await page.close();
  }, 90_000);

  it('marks the first week partial when a custom range starts mid-week', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, url);
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
    // Wednesday five weeks before this week's Monday, to the Sunday before it: 5 of 7 days, then 4 whole weeks
    const { monday } = weekOf(Date.now());
    const from = utcDay(Date.parse(`${monday}T00:00:00Z`) - 33 * DAY);
    const to = utcDay(Date.parse(`${monday}T00:00:00Z`) - DAY);
    await page.goto(`${url}/?period=custom&from=${from}&to=${to}`);
    const canvas = page.getByTestId('trend-canvas');
    await canvas.locator('canvas').first().waitFor({ timeout: 20_000 });
    const firstMonday = utcDay(Date.parse(`${monday}T00:00:00Z`) - 35 * DAY);
    await expect.poll(async () => canvas.getAttribute('data-partial-periods'), { timeout: 10_000 }).toBe(firstMonday);
    expect(await hover(page, 0, 5)).toContain('Partial week — 5 of 7 days in the range');
    await page.close();
  }, 90_000);

  it('shows the comments of the survey the charts show, and names it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, url);
    const comments = page.getByTestId('latest-comments');
    await comments.getByTestId('comment-item').first().waitFor({ timeout: 20_000 });
    // the cards show the demo's main NPS survey: so do the comments, without the other survey's newer one
    expect(await page.getByTestId('card-nps').textContent()).toContain('Relationship NPS');
    expect(await comments.getByTestId('comments-survey').textContent()).toContain('Relationship NPS');
    expect(await comments.textContent()).not.toContain(COMMENT);
    const ids = async () => (await comments.locator('a[href^="/responses/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!)));
    const surveysOf = async (responseIds: string[]) =>
      new Set((await server.ctx.database.db.selectFrom('response').select('survey_id').where('id', 'in', responseIds).execute()).map((r) => r.survey_id));
    const main = await server.ctx.database.db.selectFrom('survey').select('id').where('workspace_id', '=', server.workspaceId).where('name', '=', 'Relationship NPS').executeTakeFirstOrThrow();
    expect(await surveysOf(await ids())).toEqual(new Set([main.id]));

    // picking the other NPS survey moves the cards, the heading and the comments to it
    await page.getByTestId('filter-survey-nps').selectOption(pulse.id);
    await expect.poll(async () => (await comments.getByTestId('comments-survey').textContent()) ?? '', { timeout: 10_000 }).toContain('Router pulse');
    await expect.poll(async () => (await comments.textContent()) ?? '', { timeout: 10_000 }).toContain(COMMENT);
    expect(await comments.getByTestId('comment-item').count()).toBe(1);
    expect(await surveysOf(await ids())).toEqual(new Set([pulse.id]));
    await page.screenshot({ path: 'test-results/overview-comments-survey.png', fullPage: true });

    // the other filters apply too: a channel the pulse's answer did not come through leaves no comment
    await page.locator('#ov-channel').selectOption('email');
    await expect.poll(async () => (await comments.textContent()) ?? '', { timeout: 10_000 }).toContain('No comments on this survey in this period.');
    await page.close();
  }, 90_000);
});
