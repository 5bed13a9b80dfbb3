/**
 * Browser test: acting on a discovery suggestion shows its words with the comments each adds, and applies only the
 * ticked ones (merge starts with none ticked, accept with all); while discovery runs the panel shows only its
 * progress; a theme page's tab title is the theme's name. Skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaxonomyJson, ThemeJson } from '../../src/modules/themes/engine/index.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: themes (choosing a suggestion’s words, discovery progress, theme page title)', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemo({ name: 'themes-suggestions', worker: { pollMs: 50, names: ['themes.discover', 'themes.reanalyze', 'themes.analyze'] } });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const taxonomy = async (): Promise<TaxonomyJson> => {
    const row = await server.ctx.database.db.selectFrom('workspace_taxonomy').select('taxonomy').where('workspace_id', '=', server.workspaceId).executeTakeFirstOrThrow();
    return JSON.parse(row.taxonomy) as TaxonomyJson;
  };
  const flat = (themes: ThemeJson[]): ThemeJson[] => themes.flatMap((t) => [t, ...flat(t.themes ?? [])]);

  it('merges and accepts only the ticked words, shows only progress while discovering, titles the theme page', async () => {
    mkdirSync('test-results', { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, server.url);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    await page.goto(`${server.url}/settings/themes`);
    await page.getByTestId('suggestions-panel').waitFor({ timeout: 20_000 });
    // from now on, note whether "no suggestions yet" ever shows beside the progress of a discovery
    await page.evaluate(() => {
      const w = window as unknown as { bothSeen: boolean; progressSeen: boolean };
      w.bothSeen = false;
      w.progressSeen = false;
      const check = () => {
        const progress = document.querySelector('[data-testid="suggestions-panel"] [role="status"]') !== null || /Discovering themes/.test(document.body.textContent ?? '');
        if (progress) w.progressSeen = true;
        if (progress && document.querySelector('[data-testid="suggestions-empty"]')) w.bothSeen = true;
      };
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('suggestions-discover').click();
    await page.getByTestId('suggestion-item').first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { bothSeen: boolean }).bothSeen)).toBe(false);

    // Merge: nothing ticked until the user ticks; the merge adds exactly the ticked word.
    const before = await taxonomy();
    const target = flat(before.themes)[0]!;
    const first = page.getByTestId('suggestion-item').first();
    await first.getByTestId('suggestion-merge-open').click();
    await first.getByLabel('Merge into').selectOption(target.id);
    const words = first.getByTestId('suggestion-words');
    await words.waitFor({ timeout: 30_000 });
    const boxes = words.getByTestId('suggestion-word');
    expect(await boxes.count()).toBeGreaterThan(1);
    for (let i = 0; i < (await boxes.count()); i++) expect(await boxes.nth(i).isChecked()).toBe(false);
    expect(await words.textContent()).toMatch(/\+\d+ comments?/);
    expect(await first.getByTestId('suggestion-merge').isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/themes-suggestion-merge.png', fullPage: true });
    const picked = await boxes.first().getAttribute('value');
    await boxes.first().check();
    const count = await page.getByTestId('suggestion-item').count();
    await first.getByTestId('suggestion-merge').click();
    await expect.poll(() => page.getByTestId('suggestion-item').count(), { timeout: 20_000 }).toBe(count - 1);
    const merged = flat((await taxonomy()).themes).find((t) => t.id === target.id)!;
    const added = [...(merged.match?.topics ?? []), ...(merged.match?.terms ?? [])].filter((w) => ![...(target.match?.topics ?? []), ...(target.match?.terms ?? [])].includes(w));
    expect(added).toEqual([picked]);

    // Accept: every word ticked at first; untick all but one and the new theme has only that one.
    const next = page.getByTestId('suggestion-item').first();
    await next.getByTestId('suggestion-accept-open').click();
    await next.getByLabel('New theme name').fill('Chosen words');
    const acceptBoxes = next.getByTestId('suggestion-words').getByTestId('suggestion-word');
    await acceptBoxes.first().waitFor({ timeout: 30_000 });
    const n = await acceptBoxes.count();
    for (let i = 0; i < n; i++) expect(await acceptBoxes.nth(i).isChecked()).toBe(true);
    for (let i = 1; i < n; i++) await acceptBoxes.nth(i).uncheck();
    const kept = await acceptBoxes.first().getAttribute('value');
    await next.getByTestId('suggestion-accept').click();
    await expect.poll(async () => flat((await taxonomy()).themes).find((t) => t.id === 'chosen-words')?.match, { timeout: 20_000 }).toBeDefined();
    const accepted = flat((await taxonomy()).themes).find((t) => t.id === 'chosen-words')!;
    expect([...(accepted.match?.topics ?? []), ...(accepted.match?.terms ?? [])]).toEqual([kept]);

    // The theme page's tab title is the theme's name.
    await page.goto(`${server.url}/problems/${encodeURIComponent(target.id)}`);
    await page.getByTestId('theme-title').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe(`${target.label} – Clearloop`);

    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});
