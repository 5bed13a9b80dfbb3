/**
 * Browser test: themes. The demo owner opens Top problems, chooses the telecom starter from the empty state, waits
 * for the background re-analysis, opens the most harmful theme (matched words highlighted), then runs discovery in
 * the taxonomy editor and sees suggestions. Skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: themes (top problems, theme page, taxonomy editor)', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    // without the demo's taxonomy: this flow starts from the empty state
    server = await startDemo({ name: 'themes', worker: { pollMs: 50 }, demo: { taxonomy: null } });
    url = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('chooses a starter, ranks top problems, shows a theme with highlights and discovers suggestions', async () => {
    mkdirSync('test-results', { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await loginAsDemo(page, url);
    await page.getByTestId('nav-problems').click();

    // Empty state: no taxonomy yet; choose the telecom starter.
    await page.getByTestId('problems-empty').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/themes-empty.png', fullPage: true });
    await page.getByTestId('themes-starter-select').selectOption('telecom');
    await page.getByTestId('themes-starter-use').click();

    // The ranking appears once the worker has re-analysed the demo's comments.
    const rows = page.getByTestId('problems-row');
    await rows.first().waitFor({ timeout: 45_000 });
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await expect.poll(async () => (await rows.first().textContent()) ?? '').toMatch(/−\d/);
    // themes whose responses score significantly above the rest are strengths, listed apart: a problem row above the
    // rest (vs rest > 0) is only one whose difference is not significant, every strength above it
    for (const cell of await rows.getByTestId('theme-relative-nps').all()) {
      if (/^\+/.test((await cell.textContent()) ?? '')) expect(await cell.getAttribute('data-standing')).toBe('neutral');
    }
    const strengths = page.getByTestId('strengths-row');
    await expect.poll(() => strengths.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    for (const text of await strengths.getByTestId('theme-relative-nps').allTextContents()) expect(text).toMatch(/^\+\d/);
    await page.getByTestId('problems-emerging').waitFor();
    await page.screenshot({ path: 'test-results/themes-top-problems.png', fullPage: true });

    // The most harmful theme's page: trend chart, breakdowns and comments with the matched words marked.
    const topLabel = ((await rows.first().getByTestId('problems-theme-link').textContent()) ?? '').trim();
    await rows.first().getByTestId('problems-theme-link').click();
    await expect.poll(async () => (await page.getByTestId('theme-title').textContent()) ?? '', { timeout: 20_000 }).toBe(topLabel);
    await page.getByTestId('theme-comment').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('theme-comments').locator('mark').count()).toBeGreaterThan(0);
    await page.getByTestId('theme-trend').locator('canvas').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('theme-by-team').locator('tbody tr').count()).toBeGreaterThan(0);
    // the demo's customers write in four languages: the theme's mentions per language
    expect(await page.getByTestId('theme-by-language').locator('tbody th').allTextContents()).toEqual(expect.arrayContaining(['English', 'Spanish']));
    const responsesHref = await page.getByTestId('theme-responses-link').getAttribute('href');
    expect(responsesHref).toMatch(/^\/responses\?theme=/);
    await page.screenshot({ path: 'test-results/themes-theme-page.png', fullPage: true });

    // The responses list filtered by the theme.
    await page.getByTestId('theme-responses-link').click();
    await page.getByTestId('responses-table').waitFor({ timeout: 20_000 });
    const themeSelect = page.getByTestId('responses-filter-theme');
    await themeSelect.waitFor({ timeout: 10_000 });
    expect(await themeSelect.inputValue()).toBe(new URLSearchParams(responsesHref!.split('?')[1]).get('theme'));
    // one of those responses: its page names the theme it was counted under, with the comment's sentiment
    await page.getByTestId('response-link').first().click();
    await expect.poll(async () => (await page.getByTestId('response-themes').textContent()) ?? '', { timeout: 20_000 }).toContain(topLabel);
    expect(await page.getByTestId('response-sentiment').textContent()).toMatch(/^(Positive|Neutral|Negative)$/);
    await page.goBack();

    // The responses list by the language each comment was read in (stored by the re-analysis): the demo's French ones.
    await page.goto(`${url}/responses`);
    await page.getByTestId('responses-table').waitFor({ timeout: 20_000 });
    await page.getByTestId('responses-filter-language').selectOption('fr');
    await expect.poll(() => new URL(page.url()).searchParams.get('language')).toBe('fr');
    // the list shows the previous rows until the filtered ones arrive: wait for rows that are all French
    const french = /[éèêàç]|\b(le|la|les|de|du|des|pas|mais|très|trop|cher|parfait|inadmissible|je|on)\b/i;
    const cells = page.getByTestId('responses-table').locator('.comment-cell');
    await expect
      .poll(async () => {
        const comments = await cells.allTextContents();
        return comments.length > 0 && comments.every((c) => french.test(c)) ? 'all French' : comments.slice(0, 3).join(' | ');
      }, { timeout: 20_000 })
      .toBe('all French');
    await page.getByTestId('responses-table').getByTestId('response-link').first().click();
    await expect.poll(async () => (await page.getByTestId('response-language').textContent()) ?? '', { timeout: 20_000 }).toBe('French');
    await page.screenshot({ path: 'test-results/themes-responses-french.png', fullPage: true });

    // Taxonomy editor: the starter's tree, then discovery.
    await page.goto(`${url}/settings/themes`);
    await page.getByTestId('taxonomy-editor').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('taxonomy-tree-item').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.getByTestId('suggestions-discover').click();
    await page.getByTestId('suggestion-item').first().waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('suggestion-item').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/themes-editor.png', fullPage: true });

    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
