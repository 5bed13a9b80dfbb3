/**
 * Browser test of the cases inbox's default: /cases lists the cases still to do (open or in progress), not the
 * closed ones; "Any status" is one click away and kept in the URL; the links into the inbox (the digest's team
 * link, the overdue ones) land on what they promise. The demo opens 12 cases and closes 4 of them. Needs
 * `npm run build:web` first; skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamCasesLink } from '../../src/modules/loop/links.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: the cases inbox shows the open cases by default', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = await startDemo({ name: 'cases-default' });
    url = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cases = () => server.ctx.database.db.selectFrom('followup_case').select(['id', 'status', 'team_id']).where('workspace_id', '=', server.workspaceId).execute();
  const isOpen = (status: string) => status === 'open' || status === 'in_progress';

  it('lists the open cases, shows any status in one click, and keeps the choice in the URL', async () => {
    const all = await cases();
    const open = all.filter((c) => isOpen(c.status));
    // the demo has both kinds, or this test could not tell the default from "any status"
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(all.length);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, url);
    await page.getByTestId('nav-cases').click();
    const count = page.getByTestId('cases-count');
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 20_000 }).toBe(`${open.length} cases`);
    const shownIds = async () => (await page.getByTestId('case-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id')!))).sort();
    expect(await shownIds()).toEqual(open.map((c) => c.id).sort());
    expect(await page.getByTestId('case-filter-status').inputValue()).toBe('');
    expect(await page.locator('#case-filter-status option:checked').textContent()).toBe('Open or in progress');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/cases-default.png', fullPage: true });

    // one click for every status, kept in the URL (a reload shows the same list)
    await page.getByTestId('case-filter-status-toggle').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('any');
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 10_000 }).toBe(`${all.length} cases`);
    await page.reload();
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 10_000 }).toBe(`${all.length} cases`);
    expect(await page.getByTestId('case-filter-status').inputValue()).toBe('any');
    // and one click back to the working list
    await page.getByTestId('case-filter-status-toggle').click();
    await expect.poll(() => new URL(page.url()).searchParams.has('status')).toBe(false);
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 10_000 }).toBe(`${open.length} cases`);
    // a single status from the list
    await page.getByTestId('case-filter-status').selectOption('closed');
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 10_000 }).toBe(`${all.length - open.length} cases`);
    await page.close();
  }, 90_000);

  it('lands the links into the inbox on what they promise', async () => {
    const all = await cases();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, url);
    await page.getByTestId('nav-cases').waitFor({ timeout: 20_000 });
    const count = page.getByTestId('cases-count');

    // the weekly digest: "N open cases, M overdue. Open the inbox" for a team with a closed case too
    const team = [...new Set(all.map((c) => c.team_id))].find((id) => id && all.some((c) => c.team_id === id && isOpen(c.status)) && all.some((c) => c.team_id === id && !isOpen(c.status)));
    expect(team).toBeTruthy();
    const openOfTeam = all.filter((c) => c.team_id === team && isOpen(c.status)).length;
    const link = new URL(teamCasesLink(server.ctx.config.publicUrl, team!));
    await page.goto(`${url}${link.pathname}${link.search}`);
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 10_000 }).toBe(`${openOfTeam} ${openOfTeam === 1 ? 'case' : 'cases'}`);

    // "overdue": every overdue case is an open one, so the default hides none; the API's own overdue list agrees
    await server.ctx.database.db.updateTable('followup_case').set({ resolution_due_at: '2000-01-01T00:00:00.000Z' }).where('workspace_id', '=', server.workspaceId).execute();
    const overdue = all.filter((c) => isOpen(c.status)).length;
    await page.goto(`${url}/cases?overdue=1`);
    await expect.poll(async () => (await count.textContent()) ?? '', { timeout: 10_000 }).toBe(`${overdue} cases`);
    await page.close();
  }, 90_000);
});
