/**
 * Browser test of the survey actions a CX admin uses from the dashboard, on the demo: duplicating "Relationship NPS"
 * opens a draft "Copy of Relationship NPS"; its email subject (with {company}) and intro are edited beside the live
 * preview, which shows them (the intro's <script> as text), and they stay after saving; deleting a survey with
 * responses says how many go with it, offers to close it instead and asks for its name, while the copy (no
 * responses) goes after one confirmation; the Distribute page's sends table filters by channel. axe-core finds
 * nothing wrong in each state. Skipped only outside CI without Chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../src/modules/auth/policy.ts';
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

describe.skipIf(!haveChromium)('browser: duplicate a survey, edit its email texts, delete surveys, filter sends by channel', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let url: string;
  let company = '';
  let originalId = '';
  let copyUrl = '';
  const errors: string[] = [];

  const shot = async (name: string) => {
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/surveys-${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    server = await startDemo({
      name: 'surveys-actions',
      // Sends of two channels on the NPS survey for the channel filter: personal links, and an email that waits (no
      // worker runs, and the demo has no SMTP_URL).
      prepare: async (ctx, workspaceId) => {
        const survey = await ctx.database.db.selectFrom('survey').select('id').where('workspace_id', '=', workspaceId).where('name', '=', 'Relationship NPS').executeTakeFirstOrThrow();
        const auth: Auth = { workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
        await ctx.distribution.schedule(auth, survey.id, { people: [{ email: 'link.one@example.com' }, { email: 'link.two@example.com' }], channel: 'link' });
        await ctx.distribution.schedule(auth, survey.id, { people: [{ email: 'mail.one@example.com' }], channel: 'email' });
      },
    });
    url = server.url;
    const settings = await server.ctx.settings.forWorkspace(server.workspaceId);
    company = settings.branding.companyName ?? (await server.ctx.workspaces.get(server.workspaceId))!.name;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, url);
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('duplicates a demo survey from the list into a draft copy, opened in the editor', async () => {
    await page.goto(`${url}/surveys`);
    await page.getByTestId('surveys-table').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Duplicate Relationship NPS' }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    copyUrl = page.url();
    await page.getByTestId('survey-duplicated').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Copy of Relationship NPS');
    expect(await page.getByTestId('survey-name').inputValue()).toBe('Copy of Relationship NPS');
    expect(await page.getByTestId('survey-status').inputValue()).toBe('draft');
    const original = await server.ctx.database.db.selectFrom('survey').select(['id', 'question']).where('workspace_id', '=', server.workspaceId).where('name', '=', 'Relationship NPS').executeTakeFirstOrThrow();
    originalId = original.id;
    expect(await page.getByTestId('survey-question').inputValue()).toBe(original.question);
    expect(await axe(page)).toEqual([]);
  }, 40_000);

  it('shows the edited email subject and intro in the preview, escaped, and keeps them once saved', async () => {
    const subject = page.getByTestId('preview-email-subject');
    await expect.poll(() => subject.textContent(), { timeout: 10_000 }).toContain(company); // the standard subject first
    await page.getByTestId('survey-email-subject').fill('Two minutes for {company}?');
    await page.getByTestId('survey-email-intro').fill('Thanks for choosing us.\n<script>alert(1)</script>');
    await expect.poll(() => subject.textContent(), { timeout: 10_000 }).toBe(`Two minutes for ${company}?`);
    const frame = page.frameLocator('[data-testid="preview-email-frame"]');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 10_000 }).toContain('<script>alert(1)</script>');
    // shown as text: no script element in the email
    expect(await frame.locator('script').count()).toBe(0);
    await shot('email-preview');
    expect(await axe(page)).toEqual([]);

    // A subject with an unknown placeholder is refused, naming the field.
    await page.getByTestId('survey-email-reminder-subject').fill('Hello {name}');
    await page.getByTestId('survey-save').click();
    const reminderInput = page.getByTestId('survey-email-reminder-subject');
    await expect.poll(() => reminderInput.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(await page.locator(`#${(await reminderInput.getAttribute('aria-describedby'))!.split(' ').pop()}`).textContent()).toContain('{name}');
    await reminderInput.fill('');

    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-saved').waitFor({ timeout: 10_000 });
    const saved = await server.ctx.database.db.selectFrom('survey').select(['email_subject', 'email_intro', 'email_reminder_subject']).where('id', '=', copyUrl.split('/').pop()!).executeTakeFirstOrThrow();
    expect(saved).toEqual({ email_subject: 'Two minutes for {company}?', email_intro: 'Thanks for choosing us.\n<script>alert(1)</script>', email_reminder_subject: null });
    await page.reload();
    expect(await page.getByTestId('survey-email-subject').inputValue()).toBe('Two minutes for {company}?');
    await expect.poll(() => page.getByTestId('preview-email-subject').textContent(), { timeout: 10_000 }).toBe(`Two minutes for ${company}?`);
  }, 60_000);

  it('asks for the name before deleting a survey with responses, and offers to close it instead', async () => {
    await page.goto(`${url}/surveys/${originalId}`);
    await page.getByTestId('survey-delete').click();
    const dialog = page.getByTestId('survey-delete-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toMatch(/[\d,]+ responses/);
    const responses = (await server.ctx.database.db.selectFrom('response').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', originalId).executeTakeFirstOrThrow()).n;
    expect(await dialog.textContent()).toContain(`${Number(responses).toLocaleString('en-US')} responses`);
    const confirm = page.getByTestId('survey-delete-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('survey-delete-name').fill('Relationship');
    expect(await confirm.isDisabled()).toBe(true);
    expect(await page.getByTestId('survey-close-instead').isVisible()).toBe(true);
    await shot('delete-with-responses');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await server.ctx.database.db.selectFrom('survey').select('id').where('id', '=', originalId).executeTakeFirst()).toBeTruthy();
  }, 40_000);

  it('deletes the copy (no responses) after one confirmation and says so on the list', async () => {
    await page.goto(copyUrl);
    await page.getByTestId('survey-delete').click();
    const dialog = page.getByTestId('survey-delete-dialog');
    await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain('It has no responses.');
    expect(await page.getByTestId('survey-delete-name').count()).toBe(0);
    await page.getByTestId('survey-delete-confirm').click();
    await page.waitForURL(`${url}/surveys`, { timeout: 10_000 });
    await page.getByTestId('survey-deleted').waitFor();
    expect(await page.getByTestId('survey-deleted').textContent()).toBe('Deleted “Copy of Relationship NPS”.');
    await page.getByTestId('surveys-table').waitFor();
    expect(await page.getByRole('link', { name: 'Copy of Relationship NPS' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
  }, 40_000);

  it('filters the Distribute page’s sends by channel', async () => {
    await page.goto(`${url}/surveys/${originalId}/distribute`);
    const table = page.getByTestId('sends-table');
    await table.waitFor({ timeout: 15_000 });
    const channels = () => table.locator('tbody tr td:nth-child(2)').allTextContents();
    await expect.poll(async () => (await channels()).sort(), { timeout: 10_000 }).toEqual(['Email', 'Link', 'Link']);
    await page.getByTestId('sends-channel').selectOption('link');
    await expect.poll(channels, { timeout: 10_000 }).toEqual(['Link', 'Link']);
    await page.getByTestId('sends-channel').selectOption('email');
    await expect.poll(channels, { timeout: 10_000 }).toEqual(['Email']);
    await page.getByTestId('sends-channel').selectOption('widget');
    await expect.poll(() => table.locator('tbody').textContent(), { timeout: 10_000 }).toContain('No website widget sends for this survey.');
    await shot('sends-channel');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 40_000);
});
