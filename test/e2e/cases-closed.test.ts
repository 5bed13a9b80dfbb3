/**
 * Browser test of cases that cannot (or can no longer) be worked: a closed case is read-only on its page — owner,
 * priority and status disabled, no contact form, no re-survey — with a Reopen button that makes it workable again;
 * a case on an anonymous response says why there is nobody to contact and has no first-contact deadline, and its
 * timeline does not claim anyone "was told" on a server without email (the demo has none); the rule editor offers
 * "Also anonymous responses without a comment". Needs `npm run build:web` first; skipped only outside CI when
 * Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: closed and anonymous cases', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemo({ name: 'cases-closed' });
    browser = await launchChromium();
    mkdirSync('test-results', { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const system = (): Auth => ({ workspaceId: server.workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null });

  it('shows a closed case read-only, and Reopen makes it workable again', async () => {
    const { db } = server.ctx.database;
    // the demo closes some of its cases (after a call, so they reopen in progress)
    const closed = await db.selectFrom('followup_case').select(['id', 'first_contacted_at']).where('workspace_id', '=', server.workspaceId).where('status', '=', 'closed').executeTakeFirstOrThrow();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, server.url);
    await page.getByTestId('nav-cases').waitFor({ timeout: 20_000 });
    await page.goto(`${server.url}/cases/${closed.id}`);
    await page.getByTestId('case-read-only').waitFor({ timeout: 10_000 });
    for (const id of ['case-owner', 'case-priority-select', 'case-status-select']) {
      expect(await page.getByTestId(id).isDisabled(), id).toBe(true);
      expect(await page.getByTestId(id).getAttribute('aria-describedby'), id).toBe('case-closed-note');
    }
    expect(await page.getByTestId('contact-form').count()).toBe(0);
    expect(await page.getByTestId('case-contact-closed').textContent()).toMatch(/closed: reopen it to contact the customer/);
    expect(await page.getByTestId('case-resurvey').isDisabled()).toBe(true);
    expect(await page.getByTestId('case-resurvey-unavailable').textContent()).toMatch(/while the case is closed/);
    expect(await page.getByTestId('case-close').count()).toBe(0);
    await page.screenshot({ path: 'test-results/cases-closed-read-only.png', fullPage: true });

    await page.getByTestId('case-reopen').click();
    await expect.poll(async () => (await page.getByTestId('case-status').first().textContent()) ?? '', { timeout: 10_000 }).toBe(closed.first_contacted_at ? 'In progress' : 'Open');
    expect(await page.getByTestId('case-read-only').count()).toBe(0);
    for (const id of ['case-owner', 'case-priority-select', 'case-status-select']) expect(await page.getByTestId(id).isDisabled(), id).toBe(false);
    await page.getByTestId('contact-form').waitFor();
    expect(await page.getByTestId('case-close').count()).toBe(1);
    const row = await db.selectFrom('followup_case').select(['status', 'outcome']).where('id', '=', closed.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: closed.first_contacted_at ? 'in_progress' : 'open', outcome: null });
    await page.close();
  }, 60_000);

  it('says why an anonymous case has nobody to contact, and whom an unowned case would be told to without email', async () => {
    const { ctx, workspaceId } = server;
    const nps = await ctx.database.db.selectFrom('survey').select('id').where('workspace_id', '=', workspaceId).where('kind', '=', 'nps').executeTakeFirstOrThrow();
    const anon = (await ctx.responses.ingest(system(), [{ surveyId: nps.id, score: 1, comment: 'Nobody ever answers the chat.' }], { batch: false })).body as { id: string };
    // as a rule whose assignment found no one would open it (the demo's teams all have managers)
    const { caseRow } = await ctx.database.db.transaction().execute((trx) => ctx.cases.open(trx, workspaceId, { responseId: anon.id, priority: 'high', noOwner: { reason: 'no_team', teamId: null } }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, server.url);
    await page.getByTestId('nav-cases').waitFor({ timeout: 20_000 });
    await page.goto(`${server.url}/cases/${caseRow.id}`);
    await page.getByTestId('case-no-contact').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('case-no-contact').textContent()).toMatch(/anonymous.*nobody to contact/);
    expect(await page.getByTestId('deadline-first-contact').textContent()).toMatch(/None: the customer cannot be reached/);
    expect(await page.getByTestId('timeline-no-contact').textContent()).toMatch(/No first-contact deadline/);
    const told = (await page.getByTestId('timeline-no-owner').textContent()) ?? '';
    expect(told).toMatch(/Nobody was emailed.*once email is set up, Demo Owner would be told/);
    expect(told).not.toMatch(/was told/);
    await page.screenshot({ path: 'test-results/cases-anonymous.png', fullPage: true });
    await page.close();
  }, 60_000);

  it('offers "Also anonymous responses without a comment" in the rule editor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAsDemo(page, server.url);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-nav-alert-rules').click();
    await page.getByTestId('alert-rule-new').click();
    await page.getByTestId('rule-name').fill('Every detractor, anonymous too');
    const box = page.getByTestId('rule-include-anonymous');
    expect(await box.isChecked()).toBe(false);
    expect(await page.locator('#rule-include-anonymous-hint').textContent()).toMatch(/opens no case/);
    await box.check();
    await page.getByTestId('rule-save').click();
    await page.getByTestId('alert-rule-saved').waitFor({ timeout: 10_000 });
    const saved = await server.ctx.database.db.selectFrom('alert_rule').select('actions').where('workspace_id', '=', server.workspaceId).where('name', '=', 'Every detractor, anonymous too').executeTakeFirstOrThrow();
    expect(JSON.parse(saved.actions)).toMatchObject({ openCase: { includeAnonymous: true } });
    await expect.poll(async () => (await page.getByTestId('alert-rule').filter({ hasText: 'Every detractor, anonymous too' }).textContent()) ?? '').toMatch(/anonymous responses without a comment too/);
    await page.close();
  }, 60_000);
});
