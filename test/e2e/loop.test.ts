/**
 * Browser test: closing the loop. The demo owner creates an alert rule in the dashboard (detractors → open a case
 * for the owner), a detractor answers, the rule opens a case (a job worker runs the rules), and the owner finds the
 * case in the inbox, adds a note with a mention and closes it with an outcome and a root cause; then the
 * scoreboard ranks teams. Along the way: the rule editor warns of teams without a manager, the case page starts
 * on "Log a call" when the server cannot send email, and the links the server puts in emails (a response, a team's
 * cases) open the right page with the right filter. Skipped only outside CI when Chromium is not installed (see
 * overview.test.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.ts';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { responseLink, teamCasesLink } from '../../src/modules/loop/links.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: alert rule, case inbox, case page, scoreboard', () => {
  let server: DemoServer;
  let ctx: AppContext;
  let browser: Browser;
  let url: string;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startDemo({
      name: 'loop',
      // Only the loop's jobs: the rules run within a moment, without analysing the whole demo in the background.
      worker: { pollMs: 50, names: ['alerts.evaluate', 'alerts.notify', 'cases.notify'] },
      // This flow builds its own rule and case from scratch: clear the demo's example rule and cases.
      prepare: async (c, ws) => {
        await c.database.db.deleteFrom('followup_case').where('workspace_id', '=', ws).execute();
        await c.database.db.deleteFrom('alert_rule').where('workspace_id', '=', ws).execute();
        c.alertRules.touch(ws);
      },
    });
    ({ ctx, url, workspaceId } = server);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a rule, opens the case it made, notes, closes it, and sees the scoreboard', async () => {
    mkdirSync('test-results', { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Every demo team has a manager, so the demo's rule ("detractors → the team manager") always finds someone.
    const demoTeams = await ctx.database.db.selectFrom('team').select(['name', 'manager_user_id']).where('workspace_id', '=', workspaceId).execute();
    expect(demoTeams.length).toBeGreaterThanOrEqual(4);
    expect(demoTeams.filter((t) => !t.manager_user_id).map((t) => t.name)).toEqual([]);
    // …and a team added without one is named by the rule editor's warning.
    await ctx.named.create({ workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null }, 'team', { name: 'Night Owls' });

    await loginAsDemo(page, url);
    await page.getByTestId('nav-cases').waitFor({ timeout: 20_000 });

    // An alert rule, made in the dashboard: detractors → open a case for a named member (the owner).
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-nav-alert-rules').click();
    await page.getByTestId('alert-rules-empty').waitFor({ timeout: 10_000 });
    await page.getByTestId('alert-rule-new').click();
    await page.getByTestId('rule-name').fill('Detractors to the owner');
    expect(await page.getByTestId('rule-group-detractor').isChecked()).toBe(true);
    expect(await page.getByTestId('rule-open-case').isChecked()).toBe(true);
    // assigned to the team manager (the default): the teams without one are listed
    expect(await page.getByTestId('rule-assign').inputValue()).toBe('team_manager');
    await expect.poll(async () => (await page.getByTestId('rule-teams-without-manager').textContent({ timeout: 10_000 })) ?? '').toMatch(/^1 team has no manager: Night Owls\./);
    await page.getByTestId('rule-teams-without-manager').screenshot({ path: 'test-results/loop-rule-no-manager.png' });
    await page.getByTestId('rule-assign').selectOption('user');
    expect(await page.getByTestId('rule-teams-without-manager').count()).toBe(0);
    // Saving without the member shows the light client-side check.
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-error-actions-openCase-userId').waitFor();
    await page.getByTestId('rule-assign-user').selectOption({ label: 'Demo Owner (owner)' });
    await page.getByTestId('rule-priority').selectOption('high');
    await page.screenshot({ path: 'test-results/loop-rule-editor.png', fullPage: true });
    await page.getByTestId('rule-save').click();
    await page.getByTestId('alert-rule-saved').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await page.getByTestId('alert-rule').textContent()) ?? '').toMatch(/Detractor.*Demo Owner/s);
    await page.screenshot({ path: 'test-results/loop-rules.png', fullPage: true });

    // A detractor answers; the worker runs the rule and opens a case.
    const nps = await ctx.database.db.selectFrom('survey').select('id').where('workspace_id', '=', workspaceId).where('kind', '=', 'nps').executeTakeFirstOrThrow();
    const auth: Auth = { workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
    const comment = 'The technician never showed up and nobody called to explain.';
    await ctx.responses.ingest(
      auth,
      [{ surveyId: nps.id, score: 2, comment, team: 'Field Technicians', person: { email: 'dana.detractor@example.com', name: 'Dana Detractor' } }],
      { batch: false },
    );
    await expect
      .poll(async () => (await ctx.database.db.selectFrom('followup_case').select('id').where('workspace_id', '=', workspaceId).execute()).length, { timeout: 15_000 })
      .toBe(1);

    // The inbox lists it with its priority and due time.
    await page.getByTestId('nav-cases').click();
    const row = page.getByTestId('case-row').filter({ hasText: 'Dana Detractor' });
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain(comment);
    expect(await row.getByTestId('case-priority').textContent()).toBe('High');
    expect(await row.getByTestId('case-due').textContent()).toMatch(/First contact due in (23|24) h/);
    await page.screenshot({ path: 'test-results/loop-inbox.png', fullPage: true });

    // The board shows the card in the Open column.
    await page.getByTestId('cases-view-board').click();
    await page.getByTestId('board-column-open').getByTestId('board-card').first().waitFor();
    await page.screenshot({ path: 'test-results/loop-board.png', fullPage: true });
    await page.getByTestId('cases-view-list').click();

    // The case page: the response, a note with a mention, then closing with an outcome and root cause.
    await page.getByTestId('case-row').filter({ hasText: 'Dana Detractor' }).getByTestId('case-link').click();
    await page.getByTestId('case-page').waitFor();
    expect(await page.getByTestId('case-response').textContent()).toContain(comment);
    expect(await page.getByTestId('case-customer').textContent()).toContain('Dana Detractor');
    await page.getByTestId('timeline-created').waitFor();
    await page.getByTestId('note-body').fill('Called Dana, rebooking the visit. @manager@clearloop.dev please check the route planning.');
    await page.getByTestId('note-submit').click();
    await page.getByTestId('timeline-note').getByTestId('mention').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('timeline-note').getByTestId('mention').textContent()).toBe('@manager@clearloop.dev');

    // This server has no mail server: the contact form starts on "Log a call" and says why.
    expect(await page.getByTestId('contact-kind-call').isChecked()).toBe(true);
    expect(await page.getByTestId('contact-email-unconfigured').textContent()).toMatch(/cannot send email/);
    expect(await page.getByTestId('contact-kind-email').getAttribute('aria-describedby')).toContain('contact-kind-hint');
    // A template fills the email to the customer with their name.
    await page.getByTestId('contact-kind-email').check();
    await page.getByTestId('contact-template').selectOption('sorry');
    expect(await page.getByTestId('contact-subject').inputValue()).toBe('Sorry about your experience, Dana Detractor');

    await page.getByTestId('case-close').click();
    await page.getByTestId('close-submit').click();
    await page.getByText('Choose the outcome.').waitFor();
    await page.getByTestId('close-outcome').selectOption('won_back');
    await page.getByTestId('close-root-cause').selectOption('Wait time');
    await page.getByTestId('close-submit').click();
    await expect.poll(async () => (await page.getByTestId('case-status').first().textContent()) ?? '', { timeout: 10_000 }).toBe('Closed');
    await page.getByTestId('case-outcome').waitFor();
    expect(await page.getByTestId('case-outcome').textContent()).toMatch(/Won back.*Wait time/s);
    await expect.poll(async () => (await page.getByTestId('case-timeline').textContent()) ?? '').toMatch(/to Closed.*Won back.*Wait time/s);
    await page.screenshot({ path: 'test-results/loop-case.png', fullPage: true });

    const closed = await ctx.database.db.selectFrom('followup_case').select(['status', 'outcome', 'root_cause']).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    expect(closed).toEqual({ status: 'closed', outcome: 'won_back', root_cause: 'Wait time' });

    // The response page links to its case; another detractor's response offers to open one.
    const caseRow = await ctx.database.db.selectFrom('followup_case').select(['id', 'response_id']).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    await page.goto(`${url}/responses/${caseRow.response_id}`);
    await page.getByTestId('response-case-link').click();
    await page.waitForURL(`${url}/cases/${caseRow.id}`);
    await page.getByTestId('case-page').waitFor();
    const another = (await ctx.responses.ingest(auth, [{ surveyId: nps.id, score: 9, comment: 'Fine, thanks.' }], { batch: false })).body as { id: string };
    await page.goto(`${url}/responses/${another.id}`);
    await page.getByTestId('response-open-case').click();
    await page.getByTestId('response-case-link').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('response-case-link').textContent()).toBe('Case · Open');

    // The links the server puts in emails, Slack messages and the Delighted API's permalink open the right page.
    const path = (link: string) => {
      const u = new URL(link);
      return `${u.pathname}${u.search}`;
    };
    await page.goto(`${url}${path(responseLink(ctx.config.publicUrl, caseRow.response_id))}`);
    await page.getByTestId('response-case-link').waitFor({ timeout: 10_000 });
    // the weekly digest's "N open cases … Open the inbox": the team's open cases, with the team chosen in the filter;
    // Dana's case, closed above, is one click away
    const field = await ctx.database.db.selectFrom('team').select('id').where('workspace_id', '=', workspaceId).where('name', '=', 'Field Technicians').executeTakeFirstOrThrow();
    const billing = await ctx.database.db.selectFrom('team').select('id').where('workspace_id', '=', workspaceId).where('name', '=', 'Billing').executeTakeFirstOrThrow();
    await page.goto(`${url}${path(teamCasesLink(ctx.config.publicUrl, field.id))}`);
    await expect.poll(async () => page.getByTestId('case-filter-team').inputValue(), { timeout: 10_000 }).toBe(field.id);
    await expect.poll(async () => (await page.getByTestId('cases-count').textContent()) ?? '', { timeout: 10_000 }).toBe('0 cases');
    await page.getByTestId('case-filter-status-toggle').click();
    await page.getByTestId('case-row').filter({ hasText: 'Dana Detractor' }).waitFor({ timeout: 10_000 });
    await page.goto(`${url}${path(teamCasesLink(ctx.config.publicUrl, billing.id))}`);
    await expect.poll(async () => page.getByTestId('case-filter-team').inputValue(), { timeout: 10_000 }).toBe(billing.id);
    await expect.poll(async () => (await page.getByTestId('cases-count').textContent()) ?? '', { timeout: 10_000 }).toBe('0 cases');
    // the owner filter offers the unassigned cases (the case opened by hand on the response page has no owner)
    await page.getByTestId('case-filter-team').selectOption('');
    await page.getByTestId('case-filter-owner').selectOption('none');
    await expect.poll(() => page.url()).toContain('owner=none');
    await expect.poll(async () => (await page.getByTestId('cases-count').textContent()) ?? '', { timeout: 10_000 }).toBe('1 case');
    expect(await page.getByTestId('case-row').filter({ hasText: 'Dana Detractor' }).count()).toBe(0);
    expect(await page.getByTestId('case-row').filter({ hasText: 'Fine, thanks.' }).count()).toBe(1);
    await page.screenshot({ path: 'test-results/loop-unassigned.png', fullPage: true });

    // Follow-up metrics with counts.
    await page.goto(`${url}/cases?view=metrics`);
    await expect.poll(async () => (await page.getByTestId('metric-cases').textContent()) ?? '', { timeout: 10_000 }).toMatch(/1/);
    await page.screenshot({ path: 'test-results/loop-metrics.png', fullPage: true });

    // The scoreboard ranks teams with enough responses.
    await page.getByTestId('nav-scoreboard').click();
    await page.getByTestId('scoreboard-ranked-row').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('scoreboard-ranked-row').first().textContent()).toMatch(/^1/);
    await page.getByTestId('praise-list').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: 'test-results/loop-scoreboard.png', fullPage: true });

    // A rule for the team manager on a response of the team without one: the case opens unassigned, the owners
    // and admins are told, and the timeline says so.
    const demoOwner = await ctx.database.db.selectFrom('app_user').select('id').where('email', '=', 'demo@clearloop.dev').executeTakeFirstOrThrow();
    const ownerAuth: Auth = { workspaceId, via: 'session', role: 'owner', scope: 'write', userId: demoOwner.id, apiKeyId: null };
    // (the rule made above, for the owner, would take it first)
    for (const r of await ctx.alertRules.list(ownerAuth)) await ctx.alertRules.update(ownerAuth, r.id, { enabled: false });
    await ctx.alertRules.create(
      ownerAuth,
      { name: 'Night Owls detractors', conditions: { scoreGroups: ['detractor'], words: ['owl'] }, actions: { openCase: { assign: 'team_manager' } } },
    );
    const night = (await ctx.responses.ingest(auth, [{ surveyId: nps.id, score: 1, comment: 'The owl shift never answered.', team: 'Night Owls' }], { batch: false })).body as { id: string };
    await expect
      .poll(async () => (await ctx.database.db.selectFrom('followup_case').select('id').where('response_id', '=', night.id).executeTakeFirst())?.id ?? null, { timeout: 15_000 })
      .not.toBeNull();
    const nightCase = await ctx.database.db.selectFrom('followup_case').select(['id', 'owner_user_id']).where('response_id', '=', night.id).executeTakeFirstOrThrow();
    expect(nightCase.owner_user_id).toBeNull();
    await page.goto(`${url}/cases/${nightCase.id}`);
    await page.getByTestId('timeline-no-owner').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('timeline-no-owner').textContent()).toMatch(
      // the demo has no mail server: nobody was emailed, so the timeline names who would be told
      /Nobody was assigned: the team has no manager\. Nobody was emailed, as this server has no mail server set up; once email is set up, Demo Owner would be told/,
    );

    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
