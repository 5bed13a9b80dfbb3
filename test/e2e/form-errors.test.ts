/**
 * Browser test: a message about a form field is tied to its input (WCAG 2.1 SC 1.3.1, 3.3.1, 4.1.2), so that a
 * screen reader tabbing back to the field says what is wrong with it. For forms the server rejects naming a field
 * (a webhook with an ftp:// URL, a user with an address the server does not take and then without the password a
 * new user needs, a survey with a blank name, a taxonomy with a theme without a label and a topic of only "*") and
 * for a check the form makes itself (a webhook without events): the input gets aria-invalid="true" and an
 * aria-describedby that resolves to the element showing exactly the server's (or the form's) message, next to any
 * hint it was already described by; the message is announced once (one role="alert" holds it: the form's general
 * message only says to check the highlighted fields); the focus goes to the first invalid input; axe-core finds
 * nothing wrong in that state; and once the value is corrected and saved, both attributes are gone (the hint stays).
 * Skipped only outside CI when Chromium is not installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Described {
  invalid: string | null;
  /** The ids in aria-describedby, each with the text and role of the element it names (null: no such element). */
  described: { id: string; text: string | null; role: string | null }[];
}

/** What a screen reader takes from the input: aria-invalid, and the elements aria-describedby names. */
function describedBy(input: Locator): Promise<Described> {
  return input.evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    described: (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const target = document.getElementById(id);
        return { id, text: target?.textContent ?? null, role: target?.getAttribute('role') ?? null };
      }),
  }));
}

/** Submits with `submit` and returns the server's field problems from the (rejected) answer to `method path`. */
async function rejected(page: Page, method: string, path: string, submit: () => Promise<void>): Promise<{ status: number; fields: { field: string; message: string }[] }> {
  const answer = page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname === path);
  await submit();
  const res = await answer;
  const body = (await res.json()) as { error?: { fields?: { field: string; message: string }[] } };
  return { status: res.status(), fields: body.error?.fields ?? [] };
}

function messageOf(fields: { field: string; message: string }[], field: string): string {
  const found = fields.find((f) => f.field === field);
  if (!found) throw new Error(`the server named no problem with "${field}": ${JSON.stringify(fields)}`);
  return found.message;
}

/** The texts of the elements with role="alert" that hold `text` (an element inside another counts on its own). */
function alertsWith(page: Page, text: string): Promise<string[]> {
  return page.evaluate((t) => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? '').filter((s) => s.includes(t)), text);
}

/** The texts of all the elements with role="alert" on the page. */
function alerts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? ''));
}

function hasFocus(input: Locator): Promise<boolean> {
  return input.evaluate((el) => el === document.activeElement);
}

/** Waits until the input is marked invalid, then returns what describes it. */
async function whenInvalid(input: Locator): Promise<Described> {
  await expect.poll(() => input.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
  return describedBy(input);
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

describe.skipIf(!haveChromium)('browser: field errors are tied to their inputs', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemo({ name: 'form-errors', demo: { taxonomy: null } });
    url = server.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await loginAsDemo(page, url);
    await page.getByTestId('nav-settings').waitFor({ timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('webhook: the URL the server refuses, then the events the form asks for', async () => {
    await page.goto(`${url}/settings/webhooks`);
    const input = page.getByTestId('webhook-url');
    await input.waitFor({ timeout: 20_000 });
    expect(await describedBy(input)).toEqual({ invalid: null, described: [] });

    // ftp:// passes the browser's own URL check; the server wants http(s)
    await input.fill('ftp://example.com/clearloop');
    const answer = await rejected(page, 'POST', '/api/v1/webhooks', () => page.getByTestId('webhook-create').click());
    expect(answer.status).toBe(400);
    const message = messageOf(answer.fields, 'url');
    const state = await whenInvalid(input);
    expect(state.described).toHaveLength(1);
    expect(state.described[0]).toMatchObject({ text: message, role: 'alert' });
    expect(await page.locator('.field-error', { hasText: message }).getAttribute('id')).toBe(state.described[0]!.id);
    // announced once: by the message at the input; the general message only says where to look
    expect(await alertsWith(page, message)).toEqual([message]);
    expect(await alerts(page)).toEqual(['Check the highlighted field.', message]);
    // the disabled button dropped the focus: it is on the input now, which reads its message as its description
    expect(await hasFocus(input)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // corrected and saved: the webhook exists and the input is no longer described by a message
    await input.fill('http://127.0.0.1:9/clearloop');
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-created').waitFor({ timeout: 10_000 });
    expect(await describedBy(input)).toEqual({ invalid: null, described: [] });
    expect(await page.locator(`[id="${state.described[0]!.id}"]`).count()).toBe(0);
    const hooks = await server.ctx.database.db.selectFrom('webhook').select('url').where('workspace_id', '=', server.workspaceId).execute();
    expect(hooks.map((h) => h.url)).toEqual(['http://127.0.0.1:9/clearloop']);
    await page.getByRole('button', { name: 'I have stored the secret' }).click();

    // the form's own check (no event ticked) is tied to the event checkboxes the same way, before any request
    const event = page.getByTestId('webhook-event-response.created');
    // both events are ticked for a new webhook (the comment arrives as response.updated): untick both
    await event.uncheck();
    await page.getByTestId('webhook-event-response.updated').uncheck();
    await input.fill('http://127.0.0.1:9/second');
    await page.getByTestId('webhook-create').click();
    const local = await whenInvalid(event);
    // after the events' hint, which says why both are ticked
    expect(local.described).toEqual([expect.objectContaining({ id: 'webhook-events-hint', role: null }), expect.objectContaining({ text: 'Choose at least one event.', role: 'alert' })]);
    expect(await describedBy(page.getByTestId('webhook-event-response.updated'))).toEqual(local);
    expect(await describedBy(input)).toEqual({ invalid: null, described: [] });
    await event.check();
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-created').waitFor({ timeout: 10_000 });
    expect(await describedBy(event)).toEqual({ invalid: null, described: [expect.objectContaining({ id: 'webhook-events-hint' })] });
  });

  it('adding a user: the address the server refuses, then the password a new user needs, beside its hint', async () => {
    await page.goto(`${url}/settings/users`);
    const email = page.getByTestId('member-email');
    const password = page.locator('#member-password');
    await email.waitFor({ timeout: 20_000 });
    const hint = { id: 'member-password-hint', text: 'Needed for someone without a Clearloop login yet.', role: null };
    expect(await describedBy(password)).toEqual({ invalid: null, described: [hint] });

    // "someone@localhost" is an email address to the browser, not to the server (no dot in the domain)
    await email.fill('someone@localhost');
    let answer = await rejected(page, 'POST', '/api/v1/users', () => page.getByTestId('member-add').click());
    expect(answer.status).toBe(400);
    const emailState = await whenInvalid(email);
    expect(emailState.described).toEqual([expect.objectContaining({ text: messageOf(answer.fields, 'email'), role: 'alert' })]);
    expect(await alertsWith(page, messageOf(answer.fields, 'email'))).toEqual([messageOf(answer.fields, 'email')]);
    expect(await hasFocus(email)).toBe(true);
    expect(await describedBy(password)).toEqual({ invalid: null, described: [hint] });
    expect(await axeViolations(page)).toEqual([]);

    // a good address for someone new, without a password: now the password is wrong, described by its hint and then the message
    await email.fill('new.colleague@example.com');
    answer = await rejected(page, 'POST', '/api/v1/users', () => page.getByTestId('member-add').click());
    expect(answer.status).toBe(400);
    const passwordState = await whenInvalid(password);
    expect(passwordState.described).toEqual([hint, expect.objectContaining({ text: messageOf(answer.fields, 'password'), role: 'alert' })]);
    expect(await alerts(page)).toEqual(['Check the highlighted field.', messageOf(answer.fields, 'password')]);
    expect(await hasFocus(password)).toBe(true);
    expect(await describedBy(email)).toEqual({ invalid: null, described: [] });
    expect(await page.locator(`[id="${emailState.described[0]!.id}"]`).count()).toBe(0);

    await password.fill('a long enough password');
    await page.getByTestId('member-add').click();
    await page.getByText('new.colleague@example.com was added to the workspace.').waitFor({ timeout: 10_000 });
    expect(await describedBy(password)).toEqual({ invalid: null, described: [hint] });
    expect(await describedBy(email)).toEqual({ invalid: null, described: [] });
  });

  it('new survey: a blank name, after its own hint and kept apart from the hint of the next field', async () => {
    await page.goto(`${url}/surveys/new`);
    const name = page.getByTestId('survey-name');
    await name.waitFor({ timeout: 20_000 });
    const nameHint = { id: 'survey-name-hint', text: 'Only your team sees the name.', role: null };
    expect(await describedBy(name)).toEqual({ invalid: null, described: [nameHint] });
    const kindBefore = await describedBy(page.getByTestId('survey-kind'));
    expect(kindBefore.invalid).toBeNull();
    expect(kindBefore.described.map((d) => d.id)).toEqual(['survey-kind-hint']);

    // spaces satisfy the browser's "required"; the form sends the name trimmed, which the server refuses
    await name.fill('   ');
    const answer = await rejected(page, 'POST', '/api/v1/surveys', () => page.getByTestId('survey-save').click());
    expect(answer.status).toBe(400);
    const state = await whenInvalid(name);
    expect(state.described).toEqual([nameHint, expect.objectContaining({ text: messageOf(answer.fields, 'name'), role: 'alert' })]);
    expect(await alertsWith(page, messageOf(answer.fields, 'name'))).toEqual([messageOf(answer.fields, 'name')]);
    // the general message is under the form here
    expect(await alerts(page)).toEqual([messageOf(answer.fields, 'name'), 'Check the highlighted field.']);
    expect(await hasFocus(name)).toBe(true);
    expect(await describedBy(page.getByTestId('survey-kind'))).toEqual(kindBefore);

    await name.fill('Form errors NPS');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-saved').waitFor({ timeout: 10_000 });
    expect(await describedBy(page.getByTestId('survey-name'))).toEqual({ invalid: null, described: [nameHint] });
    expect(pageErrors).toEqual([]);
  });

  it('taxonomy editor: a theme without a label and a topic of only "*", each tied to its input by the path the server names', async () => {
    await page.goto(`${url}/settings/themes`);
    await page.getByTestId('taxonomy-editor').waitFor({ timeout: 20_000 });
    const label = page.getByTestId('taxonomy-theme-label');
    const topics = page.getByTestId('taxonomy-topics').getByRole('textbox');
    const topicsHint = (id: string) => ({ id, text: expect.stringContaining('Things people talk about'), role: null });

    // a good theme first, then one with two problems; the good one is on show when saving
    await page.getByTestId('taxonomy-add').click();
    await label.fill('Billing');
    await topics.fill('invoice');
    await topics.press('Enter');
    await page.getByTestId('taxonomy-add').click();
    await label.fill('');
    await topics.fill('*');
    await topics.press('Enter');
    const topicsId = await topics.getAttribute('id');
    expect(await describedBy(topics)).toEqual({ invalid: null, described: [topicsHint(`${topicsId}-hint`)] });
    await page.getByTestId('taxonomy-tree-item').first().click();
    expect(await label.inputValue()).toBe('Billing');

    const answer = await rejected(page, 'PUT', '/api/v1/themes/taxonomy', () => page.getByTestId('taxonomy-save').click());
    expect(answer.status).toBe(400);
    expect(answer.fields.map((f) => f.field)).toEqual(['taxonomy.themes[1].label', 'taxonomy.themes[1].match.topics']);
    const labelMessage = messageOf(answer.fields, 'taxonomy.themes[1].label');
    const topicMessage = messageOf(answer.fields, 'taxonomy.themes[1].match.topics');
    expect(labelMessage).toBe('"label" must be a non-empty string');
    expect(topicMessage).toBe('"*" has no word to match (or starts with *)');

    // the editor shows the theme with the problems, its inputs marked and described by exactly the server's messages
    const labelState = await whenInvalid(label);
    expect(await label.inputValue()).toBe('');
    expect(labelState.described).toEqual([expect.objectContaining({ text: labelMessage, role: 'alert' })]);
    const topicsState = await whenInvalid(topics);
    expect(topicsState.described).toEqual([topicsHint(`${topicsId}-hint`), expect.objectContaining({ text: topicMessage, role: 'alert' })]);
    expect(await describedBy(page.getByTestId('taxonomy-theme-id'))).toEqual({ invalid: null, described: [expect.objectContaining({ role: null })] });
    // each message announced once; the general message says where to look, and lists the theme
    expect(await alertsWith(page, labelMessage)).toEqual([labelMessage]);
    expect(await alertsWith(page, topicMessage)).toEqual([topicMessage]);
    expect(await page.getByTestId('taxonomy-save-error').getByRole('alert').textContent()).toBe('The taxonomy was not saved. Check the 2 highlighted fields.');
    expect(await page.getByTestId('taxonomy-tree-item').nth(1).textContent()).toContain('(has a problem)');
    expect(await page.getByTestId('taxonomy-tree-item').first().textContent()).not.toContain('(has a problem)');
    expect(await hasFocus(label)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // corrected and saved: no message, no mark, the hint stays
    await label.fill('Delivery');
    await page.getByRole('button', { name: 'Remove “*” from topics' }).click();
    await topics.fill('parcel');
    await topics.press('Enter');
    await page.getByTestId('taxonomy-save').click();
    await page.getByTestId('taxonomy-saved').waitFor({ timeout: 10_000 });
    expect(await describedBy(label)).toEqual({ invalid: null, described: [] });
    expect(await describedBy(topics)).toEqual({ invalid: null, described: [topicsHint(`${topicsId}-hint`)] });
    expect(await page.getByTestId('taxonomy-save-error').count()).toBe(0);
    const saved = (await server.ctx.database.db.selectFrom('workspace_taxonomy').select('taxonomy').where('workspace_id', '=', server.workspaceId).executeTakeFirstOrThrow()).taxonomy;
    expect((JSON.parse(saved) as { themes: { label: string; match: { topics: string[] } }[] }).themes.map((t) => [t.label, t.match.topics])).toEqual([
      ['Billing', ['invoice']],
      ['Delivery', ['parcel']],
    ]);
    expect(pageErrors).toEqual([]);
  });
  it('import: a responses file with no column mapped to the score is stopped before upload, with the fix beside the mapping', async () => {
    await page.goto(`${url}/imports`);
    await page.getByTestId('import-kind-responses').check();
    const survey = page.getByTestId('import-survey');
    await survey.selectOption({ index: 1 });
    await page.getByTestId('import-file').setInputFiles({ name: 'stars.csv', mimeType: 'text/csv', buffer: Buffer.from('Stars,Note\n9,Quick\n3,Slow\n') });
    await page.getByTestId('import-mapping').waitFor({ timeout: 10_000 });
    let posted = false;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/imports') posted = true;
    });
    await page.getByTestId('import-start').click();
    const message = page.getByTestId('import-mapping-error');
    await message.waitFor({ timeout: 10_000 });
    expect(await message.textContent()).toMatch(/none is mapped to Score/);
    expect(await alerts(page)).toEqual([await message.textContent()]);
    expect(posted).toBe(false);
    // mapped by hand, the same file goes
    await page.getByTestId('import-map-Stars').selectOption('score');
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/imports');
    await page.getByTestId('import-start').click();
    expect((await answer).status()).toBeLessThan(300);
    expect(await message.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
