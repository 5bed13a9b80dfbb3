/**
 * Browser test of the website widget in Chromium: a customer's page on ANOTHER origin (a tiny node:http server)
 * loads /widget.js from the Clearloop server; the widget is triggered by Clearloop.show(), by a delay and by page
 * views, answered through its shadow DOM by mouse and by keyboard; the answers land in the API; the host page's
 * aggressive CSS does not reach the widget and the widget's CSS does not reach the page; with the Clearloop server
 * stopped the page shows no errors. Screenshots go to test-results/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { visitorHash } from '../../src/modules/widget/widget-token.ts';
import { call, createSurvey, createTestApp, createWorkspace, type TestApp, type TestWorkspace } from '../harness.ts';
import { BUNDLE, buildWidget } from './build.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}`);

function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}

/** The host page's CSS is as hostile as real sites get. */
const HOSTILE_CSS = `
* { color: red !important; font-size: 40px !important; font-family: "Times New Roman", serif !important; line-height: 3 !important; box-sizing: content-box !important; }
button { display: none !important; }
div, p, span, label, textarea { margin: 30px !important; padding: 25px !important; border: 4px dashed lime !important; background: yellow !important; }
body > * { position: relative !important; transform: rotate(1deg); }
`;

function hostPage(config: Record<string, unknown>, server: string, extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host shop</title><style>${HOSTILE_CSS}</style></head>
<body>
<h1 id="host-h">Acme Shop</h1>
<p id="host-p" class="cl s x q in bar">Our products are great.</p>
<button id="host-btn">Buy</button>
<script>window.Clearloop=window.Clearloop||{q:[],init:function(o){this.q.push(["init",o])},show:function(){this.q.push(["show"])}};</script>
<script async src="${server}/widget.js"></script>
<script>Clearloop.init(${JSON.stringify(config)});</script>
${extra}
</body></html>`;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe.skipIf(!haveChromium)('browser: website widget on another origin', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let secret: string;
  let clearloop: string;
  let host: Server;
  let hostUrl: string;
  let browser: Browser;
  let identified: string;
  let open: string;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    buildWidget();
    t = await createTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    clearloop = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    ws = await createWorkspace(t.ctx);
    await t.ctx.settings.update(ws.auth, { branding: { color: '#4f46e5', companyName: 'Acme Shop' }, fatigue: { quietHours: null } });
    secret = (await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).signing_secret!;
    const followUp = { default: 'What is the main reason for your score?', positive: 'What did you love about Acme?', negative: 'What should we fix first?' };
    identified = await createSurvey(t.app, ws.key, 'nps', { status: 'active', followUp, question: 'How likely are you to recommend Acme Shop to a friend or colleague?' });
    open = await createSurvey(t.app, ws.key, 'nps', { status: 'active', followUp, publicLink: true, thankYou: { message: 'Thanks — every answer is read by our team.' } });

    // The customer's site: a different origin (another port, and "localhost" rather than 127.0.0.1).
    host = createServer((req, res) => {
      const html = pages.get((req.url ?? '/').split('?')[0]!);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html ?? 'not found');
    });
    hostUrl = `http://localhost:${await listen(host)}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => host?.close(r));
    await t?.close();
  });

  async function newPage(): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  }

  it('the bundle is at most 15 KB gzipped', () => {
    const size = gzipSync(readFileSync(BUNDLE), { level: 9 }).length;
    console.log(`widget bundle: ${readFileSync(BUNDLE).length} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(15 * 1024);
  });

  it('Clearloop.show(): an identified visitor answers score and comment; CSS stays isolated both ways', async () => {
    const userId = 'customer-42';
    pages.set('/show', hostPage({ server: clearloop, workspace: ws.workspaceId, survey: identified, user: { id: userId, name: 'Ada', hash: visitorHash(secret, userId) }, trigger: { manual: true } }, clearloop));
    const { page, errors } = await newPage();
    await page.goto(`${hostUrl}/show`);
    const before = await page.locator('#host-p').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize, position: s.position, background: s.backgroundColor };
    });
    await expect.poll(() => page.evaluate('typeof window.Clearloop.version')).toBe('string');
    expect(await page.evaluate('window.Clearloop.show()')).toBe(true);

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText('How likely are you to recommend Acme Shop').count()).toBe(1);
    const nine = dialog.getByRole('button', { name: '9', exact: true });
    // The page's `button { display: none !important }` and `* { color: red !important; font-size: 40px }` do not apply.
    const look = await nine.evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, color: s.color, fontSize: s.fontSize, family: s.fontFamily, margin: s.marginTop };
    });
    expect(look.display).toBe('flex');
    expect(look.color).toBe('rgb(15, 23, 42)');
    expect(look.fontSize).toBe('14px');
    expect(look.family).not.toMatch(/Times/);
    expect(look.margin).toBe('0px');
    const question = await page.locator('clearloop-widget').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.q')!).fontSize);
    expect(question).toBe('16px');
    const card = await page.locator('clearloop-widget').evaluate(async (el) => {
      const box = el.shadowRoot!.querySelector('.cl')!;
      await Promise.all(box.getAnimations().map((a) => a.finished));
      const r = box.getBoundingClientRect();
      return { right: window.innerWidth - r.right, bottom: window.innerHeight - r.bottom, width: r.width };
    });
    expect(card.right).toBeCloseTo(20, 0);
    expect(card.bottom).toBeCloseTo(20, 0);
    expect(card.width).toBeLessThanOrEqual(400);
    // And the widget's classes (.cl, .s, .x, .q …) change nothing on the page.
    const after = await page.locator('#host-p').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize, position: s.position, background: s.backgroundColor };
    });
    expect(after).toEqual(before);
    expect(after.color).toBe('rgb(255, 0, 0)');
    expect(await page.locator('#host-btn').isHidden()).toBe(true);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/widget-score.png' });
    await nine.hover();
    await nine.click();
    const comment = dialog.getByLabel('What did you love about Acme?');
    await comment.waitFor();
    await comment.fill('The delivery was fast and the support chat actually helped.');
    await page.screenshot({ path: 'test-results/widget-comment.png' });
    await dialog.getByRole('button', { name: 'Send feedback' }).click();
    await dialog.getByText('Thank you for your feedback!').waitFor();
    await page.screenshot({ path: 'test-results/widget-thanks.png' });

    await expect
      .poll(async () => (await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${identified}`)).json().data, { timeout: 10_000 })
      .toMatchObject([{ score: 9, comment: 'The delivery was fast and the support chat actually helped.', channel: 'widget', person: { externalId: userId, name: 'Ada' }, properties: { page: `${hostUrl}/show` } }]);
    await dialog.getByRole('button', { name: 'Close survey' }).click();
    expect(await page.locator('clearloop-widget').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('delay trigger: appears after the delay; answered by keyboard; Escape closes', async () => {
    pages.set('/delay', hostPage({ server: clearloop, workspace: ws.workspaceId, survey: open, trigger: { delaySeconds: 1.5 } }, clearloop));
    const { page, errors } = await newPage();
    await page.goto(`${hostUrl}/delay`);
    await page.waitForTimeout(500);
    expect(await page.locator('clearloop-widget').count()).toBe(0);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 5000 });
    // Not focus-stealing: the page keeps focus until the visitor goes to the widget.
    const zero = dialog.getByRole('button', { name: '0', exact: true });
    await zero.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter'); // score 9
    await expect.poll(() => page.evaluate('document.querySelector("clearloop-widget").shadowRoot.activeElement?.id')).toBe('cl-c');
    await page.keyboard.type('Great prices');
    await page.keyboard.press('Tab'); // Skip
    await page.keyboard.press('Tab'); // Send feedback
    await page.keyboard.press('Enter');
    await dialog.getByText('Thanks — every answer is read by our team.').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('clearloop-widget').count()).toBe(0);
    await expect
      .poll(async () => (await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${open}`)).json().data, { timeout: 10_000 })
      .toMatchObject([{ score: 9, comment: 'Great prices', channel: 'widget', person: null }]);
    // Answered: automatic triggers leave this browser alone on the next page.
    await page.goto(`${hostUrl}/delay`);
    await page.waitForTimeout(2500);
    expect(await page.locator('clearloop-widget').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('page-view trigger: shows on the third page view; data attributes work', async () => {
    pages.set(
      '/views',
      `<!doctype html><title>Views</title><p>Browse</p><script async src="${clearloop}/widget.js" data-workspace="${ws.workspaceId}" data-survey="${open}" data-page-views="3"></script>`,
    );
    const { page, errors } = await newPage();
    for (let i = 1; i <= 2; i++) {
      await page.goto(`${hostUrl}/views`);
      await expect.poll(() => page.evaluate('typeof window.Clearloop?.version')).toBe('string');
      await page.waitForTimeout(400);
      expect(await page.locator('clearloop-widget').count()).toBe(0);
    }
    await page.goto(`${hostUrl}/views`);
    await page.getByRole('dialog').waitFor({ timeout: 5000 });
    await page.getByRole('dialog').getByRole('button', { name: 'Close survey' }).click();
    expect(await page.locator('clearloop-widget').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('with the Clearloop server stopped, the page works and shows no errors', async () => {
    // A second Clearloop server that the page loads the script from, stopped after loading.
    const app2 = await buildApp(t.ctx);
    await app2.listen({ port: 0, host: '127.0.0.1' });
    const server2 = `http://127.0.0.1:${(app2.server.address() as AddressInfo).port}`;
    pages.set('/down', hostPage({ server: server2, workspace: ws.workspaceId, survey: open, trigger: { manual: true } }, server2, '<button id="ok" style="display:block!important" onclick="document.title=\'clicked\'">ok</button>'));
    const { page, errors } = await newPage();
    await page.goto(`${hostUrl}/down`);
    await expect.poll(() => page.evaluate('typeof window.Clearloop.version')).toBe('string');
    await app2.close();
    expect(await page.evaluate('window.Clearloop.show()')).toBe(false);
    await page.locator('#ok').click();
    expect(await page.title()).toBe('clicked');
    expect(await page.locator('clearloop-widget').count()).toBe(0);

    expect(errors).toEqual([]);
    await page.context().close();

    // The whole server away from the start (a fresh browser, nothing cached): the script never loads and the
    // queued calls stay harmless.
    const fresh = await newPage();
    await fresh.page.goto(`${hostUrl}/down`);
    await fresh.page.waitForLoadState('load');
    expect(await fresh.page.evaluate('window.Clearloop.show(), window.Clearloop.q.length')).toBe(2);
    await fresh.page.locator('#ok').click();
    expect(await fresh.page.title()).toBe('clicked');
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  }, 60_000);
});
