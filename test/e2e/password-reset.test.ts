/**
 * Browser test: a user who forgot their password follows "Forgot your password?" from the login page, asks for a
 * link, opens the link from the email the server sent (a real SMTP server in-process, test/smtp.ts), chooses a new
 * password (a mismatch is caught in the browser, tied to its input) and signs in with it; the used link then says
 * so and offers a new one. Without SMTP_URL the forgot-password page shows the server's message. axe-core (WCAG 2.1
 * A/AA) checks each state of both pages. Skipped only outside CI when Chromium is not installed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { buildApp } from '../../src/http/app.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';
import { haveChromium, launchChromium } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page as it is (evaluated by the driver: the page's CSP stays on). */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Server {
  ctx: AppContext;
  app: FastifyInstance;
  url: string;
}

/** The app on a fresh SQLite folder, on a known port so that the emailed links point at it. */
async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'cl-e2e-reset-'));
  const ctx = await openContext(loadConfig({ CLEARLOOP_DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port), ...env }));
  const app = await buildApp(ctx);
  await app.listen({ port, host: '127.0.0.1' });
  return { ctx, app, url: `http://127.0.0.1:${port}` };
}

/** What a screen reader takes from an input: aria-invalid, and the text of what aria-describedby names. */
function described(input: Locator): Promise<{ invalid: string | null; text: string }> {
  return input.evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    text: (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  }));
}

describe.skipIf(!haveChromium)('browser: forgot password', () => {
  let smtp: TestSmtp;
  let server: Server;
  let browser: Browser;
  const email = 'forgetful@example.com';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await start({ SMTP_URL: smtp.url });
    await server.ctx.workspaces.createWithOwner({ workspace: 'Forgetful Co', name: 'Fran', email, password: 'the old password' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    await server?.ctx.close();
    await smtp?.close();
  });

  it('asks for a link from the login page, sets a new password with the emailed link, and signs in with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const problems: string[] = [];
    const check = async (state: string) => problems.push(...(await axe(page)).map((v) => `${state}: ${v}`));

    await page.goto(`${server.url}/login`);
    await page.getByTestId('forgot-password-link').click();
    await page.waitForURL(`${server.url}/forgot-password`);
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await check('forgot-password');
    await page.getByTestId('forgot-email').fill(email);
    await page.getByTestId('forgot-submit').click();
    const sent = page.getByTestId('forgot-sent');
    await sent.waitFor({ timeout: 10_000 });
    expect(await sent.textContent()).toBe('If an account exists for that address, we have emailed a link to reset the password. It works for an hour.');
    await check('forgot-password, sent');

    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Reset your Clearloop password');
    const link = /http:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail!.text ?? '')?.[0];
    expect(link, mail!.text).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/reset-password\\?token=`));

    await page.goto(link!);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await check('reset-password');
    // the two passwords differ: said at the second field, in the browser, before anything is sent
    await page.getByTestId('reset-password').fill('my new password');
    await page.getByTestId('reset-confirm').fill('my new passwrod');
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => described(page.getByTestId('reset-confirm'))).toEqual({ invalid: 'true', text: 'The two passwords differ.' });
    await check('reset-password, mismatch');
    await page.getByTestId('reset-confirm').fill('my new password');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-done').waitFor({ timeout: 10_000 });
    await check('reset-password, done');

    await page.getByTestId('reset-login').click();
    await page.waitForURL(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('my new password');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.url}/`, { timeout: 20_000 });
    const me = await page.evaluate(async () => ((await (await fetch('/api/session')).json()) as { user: { email: string } }).user.email);
    expect(me).toBe(email);
    const old = await page.evaluate(
      async (e) => (await fetch('/api/session/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: e, password: 'the old password' }) })).status,
      email,
    );
    expect(old).toBe(401);

    // the link works once: used again, it says so and offers a new one
    await page.goto(link!);
    await page.getByTestId('reset-password').fill('yet another password');
    await page.getByTestId('reset-confirm').fill('yet another password');
    await page.getByTestId('reset-submit').click();
    await page.getByRole('alert').filter({ hasText: 'no longer works' }).waitFor({ timeout: 10_000 });
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await check('reset-password, used link');

    // without a token, the page says what it needs
    await page.goto(`${server.url}/reset-password`);
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await check('reset-password, no token');

    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the server’s message when the server cannot send email', async () => {
    const noMail = await start({});
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${noMail.url}/forgot-password`);
      await page.getByTestId('forgot-email').fill(email);
      await page.getByTestId('forgot-submit').click();
      const error = page.getByRole('alert').filter({ hasText: 'SMTP_URL' });
      await error.waitFor({ timeout: 10_000 });
      expect(await error.textContent()).toMatch(/clearloop user password/);
      expect(await page.getByTestId('forgot-sent').count()).toBe(0);
      expect(await axe(page)).toEqual([]);
      await page.close();
    } finally {
      await noMail.app.close();
      await noMail.ctx.close();
    }
  }, 60_000);
});
