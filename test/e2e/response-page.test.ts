/**
 * Browser test: a response's page as a manager about to call the customer back. The demo owner opens a demo
 * detractor's response that has a follow-up case and earlier answers from the same customer: the "Customer history"
 * lists those answers (newest first, each opening its own page) and the cases; then adds a tag, which is still
 * there after a reload (and in the database), and the tag links to the responses list filtered by it. An anonymous
 * response says it has no history. Skipped only outside CI when Chromium is not installed (see overview.test.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: response page — customer history and tags', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemo({ name: 'response-page', demo: { taxonomy: null } });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the customer’s other responses and cases, and keeps a tag added there', async () => {
    mkdirSync('test-results', { recursive: true });
    const db = server.ctx.database.db;
    const ws = server.workspaceId;
    // a demo response with a case whose customer answered at least three times
    const pick = await db
      .selectFrom('followup_case')
      .innerJoin('response', 'response.id', 'followup_case.response_id')
      .select(['response.id', 'response.person_id', (eb) => eb.selectFrom('response as other').select(sql<number>`count(*)`.as('n')).whereRef('other.person_id', '=', 'response.person_id').as('answers')])
      .where('followup_case.workspace_id', '=', ws)
      .where('response.person_id', 'is not', null)
      .orderBy('answers', 'desc')
      .executeTakeFirstOrThrow();
    expect(Number(pick.answers)).toBeGreaterThanOrEqual(3);
    const others = await db
      .selectFrom('response')
      .select(['id', 'created_at'])
      .where('person_id', '=', pick.person_id)
      .where('id', '!=', pick.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, server.url);
    await page.getByTestId('nav-cases').waitFor({ timeout: 20_000 });
    await page.goto(`${server.url}/responses/${pick.id}`);
    await page.getByTestId('response-history-responses').waitFor({ timeout: 20_000 });

    // the other responses, newest first, each a link to its page: the first five, then up to 20 on request
    const links = page.getByTestId('response-history-response');
    expect(await links.count()).toBe(Math.min(others.length, 5));
    await page.screenshot({ path: 'test-results/response-page.png', fullPage: true });
    if (others.length > 5) await page.getByTestId('response-history-expand').click();
    expect(await links.count()).toBe(Math.min(others.length, 20));
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(others.slice(0, 20).map((o) => `/responses/${o.id}`));
    expect(await page.getByTestId('response-history-more').count()).toBe(others.length > 20 ? 1 : 0);
    // the case about this response is among the customer's cases
    const caseId = (await db.selectFrom('followup_case').select('id').where('response_id', '=', pick.id).executeTakeFirstOrThrow()).id;
    const caseHrefs = await page.getByTestId('response-history-case').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(caseHrefs).toContain(`/cases/${caseId}`);
    await page.getByTestId('response-history').screenshot({ path: 'test-results/response-history.png' });

    // a history row opens that response's page, with its own history
    await links.first().click();
    await page.waitForURL(`${server.url}/responses/${others[0]!.id}`);
    await page.getByTestId('response-history-responses').waitFor();
    await page.goBack();
    await page.waitForURL(`${server.url}/responses/${pick.id}`);

    // a tag added here stays after a reload
    await page.getByTestId('response-tag-input').fill('  Call back today ');
    await page.getByTestId('response-tag-add').click();
    await page.getByTestId('response-tag').filter({ hasText: 'Call back today' }).waitFor();
    expect(await page.getByTestId('response-tag-input').inputValue()).toBe('');
    // too long a tag is refused at the field, before any request
    await page.getByTestId('response-tag-input').fill('x'.repeat(41));
    await page.getByTestId('response-tag-add').click();
    await expect.poll(async () => (await page.getByTestId('response-tag-error').textContent()) ?? '').toMatch(/at most 40 characters/);
    await page.getByTestId('response-tag-input').fill('');
    await page.reload();
    await page.getByTestId('response-tag').filter({ hasText: 'Call back today' }).waitFor({ timeout: 20_000 });
    const stored = await db.selectFrom('response').select('tags').where('id', '=', pick.id).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.tags)).toContain('Call back today');
    await page.getByTestId('response-tags').screenshot({ path: 'test-results/response-tags.png' });

    // the tag leads to the responses with it
    await page.getByTestId('response-tag').filter({ hasText: 'Call back today' }).getByRole('link').click();
    await page.waitForURL(/\/responses\?tag=Call(\+|%20)back(\+|%20)today$/);
    await expect.poll(async () => page.getByTestId('response-link').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('responses-filter-tag').inputValue()).toBe('Call back today');

    // an anonymous response has no history, and says so
    const system = { workspaceId: ws, via: 'api_key' as const, role: null, scope: 'write' as const, userId: null, apiKeyId: null };
    const surveyId = (await db.selectFrom('survey').select('id').where('workspace_id', '=', ws).executeTakeFirstOrThrow()).id;
    const anonymousId = ((await server.ctx.responses.ingest(system, [{ surveyId, score: 6, comment: 'No name given' }], { batch: false })).body as { id: string }).id;
    await page.goto(`${server.url}/responses/${anonymousId}`);
    await page.getByTestId('response-history-anonymous').waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
  }, 120_000);
});
