/**
 * Browser test of the Distribute page and the webhooks settings, on the demo (which has no SMTP_URL): the heading
 * reads "Distribute" (the survey's status beside its picker); the email section warns that email is not set up and
 * its button is disabled; personal links are made, downloaded as CSV, and found again with a Copy button and a CSV
 * (the server's export of every send) in the Sends table; the owner reveals the widget's signing secret and the Node.js line shown computes the hash the
 * server expects; a viewer is offered neither links nor the secret; a new webhook has both events ticked and can
 * be edited. Skipped only outside CI without Chromium.
 */
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { visitorHash } from '../../src/modules/widget/widget-token.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

/** axe-core, evaluated through the DevTools protocol as in all-pages.test.ts (which sees only each page's first state). */
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

/** A CSV as rows of cells (RFC 4180 quoting; the byte-order mark dropped). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe.skipIf(!haveChromium)('browser: distribute (links, email warning, widget secret) and webhooks', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;
  let page: Page;
  let distributeUrl: string;
  const links: string[] = [];
  const errors: string[] = [];

  const shot = async (name: string) => {
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/distribute-${name}.png`, fullPage: true });
  };
  /** Downloads what a button offers and returns it as CSV rows. */
  const download = async (button: Locator): Promise<{ name: string; rows: string[][] }> => {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: file.suggestedFilename(), rows: parseCsv(readFileSync(await file.path(), 'utf8')) };
  };

  beforeAll(async () => {
    // No background jobs: nothing is sent, and nothing should try to reach the webhook's made-up URL.
    server = await startDemo({ name: 'distribute' });
    url = server.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, url);
    await page.getByTestId('card-nps').waitFor({ timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads "Distribute" with the status beside the survey, and warns that email is not set up', async () => {
    await page.goto(`${url}/distribute`);
    await page.waitForURL(/\/surveys\/[^/]+\/distribute$/, { timeout: 15_000 });
    distributeUrl = page.url();
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe('Distribute');
    expect(await page.getByTestId('distribute-survey-status').textContent()).toMatch(/^Survey status: (active|draft|paused|closed)$/);

    const warning = page.getByTestId('email-not-configured');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toContain('SMTP_URL');
    const submit = page.getByTestId('send-email-submit');
    expect(await submit.isDisabled()).toBe(true);
    expect(await submit.getAttribute('aria-describedby')).toBe('send-email-unavailable');
    // Personal links need no mail server.
    expect(await page.getByTestId('send-link-submit').isDisabled()).toBe(false);
  }, 30_000);

  it('creates personal links, downloads them as CSV, and finds them again in the Sends table', async () => {
    await page.getByTestId('send-link-list').fill('Ann Lee <ann.links@example.com>\nben.links@example.com');
    await page.getByTestId('send-link-submit').click();
    await page.getByTestId('send-links-table').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('send-link-result').textContent()).toContain('2 personal links created');

    const fresh = await download(page.getByTestId('send-links-download'));
    expect(fresh.name).toMatch(/-new-links-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(fresh.rows[0]).toEqual(['name', 'email', 'external_id', 'link', 'expires_at', 'status']);
    const body = fresh.rows.slice(1);
    expect(body).toHaveLength(2);
    const ann = body.find((r) => r[1] === 'ann.links@example.com')!;
    expect(ann[0]).toBe('Ann Lee');
    expect(body.find((r) => r[1] === 'ben.links@example.com')).toBeTruthy();
    for (const r of body) {
      expect(r[3]!.startsWith(`${server.ctx.config.publicUrl}/s/`)).toBe(true);
      expect(new URL(r[3]!).pathname).toMatch(/^\/s\/[\w-]+\.[\w-]+$/);
      expect(Date.parse(r[4]!)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
      expect(r[5]).toBe('sent');
      links.push(r[3]!);
    }
    // The link opens the survey page.
    expect((await page.request.get(`${url}${new URL(links[0]!).pathname}`)).status()).toBe(200);
    expect(await axe(page)).toEqual([]); // the email warning, the disabled button, the new links and their download

    // Later: the Sends table lists each link with a Copy button, and downloads them all.
    await page.reload();
    const listed = page.getByTestId('sends-table').getByTestId('send-link');
    await expect.poll(() => listed.count(), { timeout: 10_000 }).toBe(2);
    const values = await listed.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(values.sort()).toEqual([...links].sort());
    const copy = page.getByRole('button', { name: /^Copy personal link for Ann Lee$/i });
    expect(await copy.count()).toBe(1);
    // (the Sends table's CSV is the server's export: test/e2e/sends-export.test.ts)
    const all = await download(page.getByTestId('sends-export'));
    expect(all.name).toMatch(/^sends-\d{4}-\d{2}-\d{2}\.csv$/);
    const linkColumn = all.rows[0]!.indexOf('link');
    expect(all.rows.slice(1).map((r) => r[linkColumn]).filter(Boolean).sort()).toEqual([...links].sort());
    await shot('links');
    expect(await axe(page)).toEqual([]);
  }, 40_000);

  it('reveals the widget signing secret to the owner, with a Node.js line that computes the visitor hash', async () => {
    const panel = page.getByTestId('widget-panel');
    await panel.waitFor();
    expect(await page.getByTestId('widget-secret').count()).toBe(0); // hidden until asked for
    await page.getByTestId('widget-secret-reveal').click();
    const field = page.getByTestId('widget-secret');
    await field.waitFor({ timeout: 10_000 });
    const secret = await field.inputValue();
    const row = await server.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', server.workspaceId).executeTakeFirstOrThrow();
    expect(secret).toBe(row.signing_secret);
    expect(await page.getByRole('button', { name: 'Copy workspace signing secret' }).count()).toBe(1);

    // The example is one line, and it computes what the server checks (visitorHash), for any user id.
    const example = await page.getByTestId('widget-hash-example').inputValue();
    expect(example.split('\n')).toHaveLength(1);
    const run = new Function('createHmac', 'process', 'user', `${example}\nreturn hash;`) as (h: typeof createHmac, p: { env: Record<string, string> }, u: { id: unknown }) => string;
    for (const id of ['42', 'ümlaut-ユーザー', 7]) expect(run(createHmac, { env: { CLEARLOOP_SIGNING_SECRET: secret } }, { id })).toBe(visitorHash(secret, String(id)));
    await shot('widget-secret');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('widget-secret-hide').click();
    expect(await page.getByTestId('widget-secret').count()).toBe(0);
  }, 30_000);

  it('offers a viewer neither the personal links nor the signing secret', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    try {
      const viewer = await context.newPage();
      await viewer.goto(`${url}/login`);
      await viewer.getByTestId('login-email').fill('viewer@clearloop.dev');
      await viewer.getByTestId('login-password').fill(DEMO_PASSWORD);
      await viewer.getByTestId('login-submit').click();
      await viewer.waitForURL((u) => u.pathname === '/', { timeout: 15_000 });
      // Signed in, nothing the viewer's pages ask for is refused (the secret is never requested).
      const refused: string[] = [];
      viewer.on('response', (r) => {
        if (r.url().includes('/api/') && r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
      });
      await viewer.goto(distributeUrl);
      await viewer.getByTestId('widget-panel').waitFor({ timeout: 15_000 });
      await viewer.getByTestId('sends-table').waitFor();
      await expect.poll(() => viewer.getByTestId('sends-table').locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      expect(await viewer.getByTestId('widget-secret-reveal').count()).toBe(0);
      expect(await viewer.getByTestId('send-link').count()).toBe(0);
      expect(await viewer.locator('#sends-export-hint').textContent()).toMatch(/personal links are left out/); // its CSV has none
      expect(await viewer.getByText('Personal link', { exact: true }).count()).toBe(0);
      // The server gives a viewer no links either.
      const sends = (await viewer.evaluate(async () => (await fetch(`/api/v1/sends?limit=200`)).json())) as { data: { link: string | null }[] };
      expect(sends.data.length).toBeGreaterThanOrEqual(2);
      expect(sends.data.every((s) => s.link === null)).toBe(true);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  }, 40_000);

  it('ticks both webhook events by default, saying why, and edits a webhook’s URL and events', async () => {
    await page.goto(`${url}/settings/webhooks`);
    const created = page.getByTestId('webhook-event-response.created');
    await created.waitFor({ timeout: 10_000 });
    expect(await created.isChecked()).toBe(true);
    expect(await page.getByTestId('webhook-event-response.updated').isChecked()).toBe(true);
    const hint = await created.getAttribute('aria-describedby');
    expect(await page.locator(`#${hint}`).textContent()).toMatch(/comment.*response\.updated/);

    await page.getByTestId('webhook-url').fill('https://hooks.example.com/first');
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-secret').waitFor({ timeout: 10_000 });
    const item = page.getByTestId('webhook-item').filter({ hasText: 'https://hooks.example.com/first' });
    await item.waitFor();
    expect(await item.textContent()).toContain('response.created, response.updated');

    await item.getByTestId('webhook-edit').click();
    const form = item.getByTestId('webhook-edit-form');
    await form.waitFor();
    expect(await form.getByTestId('webhook-edit-url').inputValue()).toBe('https://hooks.example.com/first');
    expect(await axe(page)).toEqual([]);
    await form.getByTestId('webhook-edit-url').fill('https://hooks.example.com/second');
    await form.getByTestId('webhook-edit-event-response.created').uncheck();
    await form.getByTestId('webhook-edit-save').click();
    const edited = page.getByTestId('webhook-item').filter({ hasText: 'https://hooks.example.com/second' });
    await edited.waitFor({ timeout: 10_000 });
    await form.waitFor({ state: 'detached' });
    expect(await edited.textContent()).not.toContain('response.created');
    const hooks = (await page.evaluate(async () => (await fetch('/api/v1/webhooks')).json())) as { data: { url: string; events: string[] }[] };
    expect(hooks.data.find((h) => h.url === 'https://hooks.example.com/second')).toMatchObject({ events: ['response.updated'] });
    expect(hooks.data.some((h) => h.url === 'https://hooks.example.com/first')).toBe(false);

    // Unticking every event is caught before anything is sent.
    await edited.getByTestId('webhook-edit').click();
    await edited.getByTestId('webhook-edit-event-response.updated').uncheck();
    await edited.getByTestId('webhook-edit-save').click();
    await edited.getByText('Choose at least one event.').first().waitFor();
    await shot('webhooks');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 40_000);
});
