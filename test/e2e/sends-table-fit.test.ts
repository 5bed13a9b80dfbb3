/**
 * Browser test of the Distribute page's Sends table width: with a personal link and a scheduled email in the table,
 * at 1280 px the whole table fits (the link's Copy button and the Actions column are not cut off) and the page does
 * not scroll sideways; at 390 px the page does not scroll sideways either (the table box may scroll on its own).
 * The link shows truncated, but its field still holds the full address to copy. Skipped outside CI without Chromium.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: the sends table fits the Distribute page', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let surveyId = '';
  let link = '';

  beforeAll(async () => {
    server = await startDemo({
      name: 'sends-fit',
      prepare: async (ctx, workspaceId) => {
        const auth: Auth = { workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
        const survey = await ctx.database.db.selectFrom('survey').select('id').where('workspace_id', '=', workspaceId).where('status', '=', 'active').where('purpose', '=', 'survey').orderBy('created_at').executeTakeFirstOrThrow();
        surveyId = survey.id;
        // A long name and address, a personal link (Copy button) and a scheduled email (Cancel button).
        const made = await ctx.distribution.schedule(auth, surveyId, { channel: 'link', people: [{ email: 'maximilian.alexander.long-surname@subsidiary.example-enterprise.com', name: 'Maximilian Alexander Long-Surname' }] });
        link = made.sends[0]!.link!;
        await ctx.distribution.schedule(auth, surveyId, { channel: 'email', at: new Date(Date.now() + 7 * 86_400_000).toISOString(), people: [{ email: 'later.reader@example.com' }] });
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, server.url);
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Widths of the page and the table box, and whether the link's Copy button and the Cancel button are inside the box. */
  const measure = () =>
    page.evaluate(() => {
      const wrap = document.querySelector('[data-testid="sends-table"]')!.closest('.table-wrap')!;
      const box = wrap.getBoundingClientRect();
      const inside = (el: Element | null) => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1 && r.right <= window.innerWidth;
      };
      const copy = document.querySelector('[data-testid="send-link"]')?.closest('.copy-row')?.querySelector('button') ?? null;
      return {
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
        wrapScrolls: wrap.scrollWidth > wrap.clientWidth + 1,
        copyVisible: inside(copy),
        cancelVisible: inside(document.querySelector('[data-testid="send-cancel"]')),
      };
    });

  it('at 1280 px the whole table fits: link, Copy and Cancel visible, no sideways scrolling', async () => {
    await page.goto(`${server.url}/surveys/${surveyId}/distribute`);
    await page.getByTestId('send-link').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('send-cancel').first().waitFor();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/sends-table-1280.png', fullPage: true });
    expect(await measure()).toEqual({ pageScrolls: false, wrapScrolls: false, copyVisible: true, cancelVisible: true });
    // Shown truncated, but the field holds the whole link, which Copy copies.
    expect(await page.getByTestId('send-link').first().inputValue()).toBe(link);
  }, 60_000);

  it('at 390 px the page does not scroll sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/surveys/${surveyId}/distribute`);
    await page.getByTestId('send-link').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'test-results/sends-table-390.png', fullPage: true });
    expect((await measure()).pageScrolls).toBe(false);
  }, 60_000);
});
