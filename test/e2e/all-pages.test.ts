/**
 * Browser test: every page of the dashboard, as each of the four demo colleagues (owner, manager, agent, viewer).
 * One Chromium, one context per role, the roles side by side, each moving through the app as a person clicking
 * does (history navigation after the first load). On each route (static pages and detail pages: a response, a
 * theme, a survey and its distribution, a case; then one link of each kind found on the pages) it records what a
 * person would trip over:
 *   - console errors and uncaught page errors;
 *   - failed requests and API answers of 400 or more (none is expected: a page must not ask for what the role
 *     cannot have, nor offer an action the role cannot perform);
 *   - error alerts, blank pages, spinners that never finish, "not found" pages, unexpected redirects;
 *   - pages wider than the window at 1280 px and at 390 px (phone), outside the scrolling table wrappers;
 *   - write actions offered to a viewer, or to an agent outside their cases; buttons cut off by a narrow layout;
 *   - links to detail pages (every one seen, checked against the API) that the role cannot open;
 *   - accessibility: axe-core (WCAG 2.1 A/AA) once per route and on the login page, as the owner, at 1280 and 390 px (every
 *     violation, with its rule, impact and a few of the elements, is a problem).
 * A second test opens mistyped links: each must say "not found", offer a way back, not an error to retry, and pass axe.
 * Set ALL_PAGES_SHOTS=/some/dir to also save a full-page screenshot of each page at both widths.
 * Skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { type DemoServer, haveChromium, launchChromium, startDemo } from './browser.ts';

const ROLES = [
  { role: 'owner', email: DEMO_EMAIL },
  { role: 'manager', email: 'manager@clearloop.dev' },
  { role: 'agent', email: 'agent@clearloop.dev' },
  { role: 'viewer', email: 'viewer@clearloop.dev' },
] as const;
type RoleName = (typeof ROLES)[number]['role'];

const STATIC_ROUTES = [
  '/',
  '/responses',
  '/problems',
  '/cases',
  '/cases?view=board',
  '/cases?view=metrics',
  '/feed',
  '/scoreboard',
  '/surveys',
  '/surveys/new',
  '/distribute',
  '/imports',
  '/settings',
  '/settings/users',
  '/settings/directory',
  '/settings/feedback',
  '/settings/alert-rules',
  '/settings/webhooks',
  '/settings/jobs',
  '/settings/api-keys',
  '/settings/themes',
  '/settings/account',
];

/** Routes that send elsewhere on purpose (/distribute opens the first survey's page). */
const REDIRECTS: Record<string, string> = { '/settings': '/settings/users' };

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.ALL_PAGES_SHOTS ?? '';

/**
 * axe-core's source, evaluated in the page through the DevTools protocol: the dashboard's Content-Security-Policy
 * (script-src 'self') rightly blocks a <script> tag with it, but not the test driver's own evaluation, so the pages
 * are checked under their real policy.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The role whose pass runs axe (once per route is enough: the roles see the same components). */
const AXE_ROLE: RoleName = 'owner';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Labels of buttons and links that change data: a viewer must not be offered any, nor an agent outside their cases. */
const WRITE_ACTION =
  /^(new|create|add|save|delete|remove|revoke|send|import|upload|edit|assign|close|reopen|retry|run|use|start|discover|train|accept|merge|dismiss|enable|disable|cancel send|invite|change role|log (a )?call|send test)/i;

interface Problem {
  role: RoleName;
  route: string;
  what: string;
}

/** The router's pattern of a link (ids as placeholders), so that one link of each kind is followed. */
function pattern(href: string): string {
  const p = new URL(href, 'http://x').pathname;
  const detail = /^\/(problems|cases|surveys|responses)\/(?!new$)[^/]+(\/distribute)?$/.exec(p);
  return detail ? `/${detail[1]}/:id${detail[2] ?? ''}` : p;
}

/** The API request behind a detail page's link, to check the role may open it. */
function apiOf(href: string): string | null {
  const m = /^\/(problems|cases|surveys|responses)\/([^/?#]+)/.exec(href);
  if (!m || m[2] === 'new') return null;
  const id = m[2]!;
  return { problems: `/api/v1/themes/${id}`, cases: `/api/v1/cases/${id}`, surveys: `/api/v1/surveys/${id}`, responses: `/api/v1/responses/${id}` }[m[1] as 'cases'];
}

describe.skipIf(!haveChromium)('browser: every page, every role', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    // Theme analysis runs in the background (the demo starts with the telecom taxonomy), so Top problems and
    // the theme pages have results; other jobs are not needed to look at the pages.
    server = await startDemo({ name: 'all-pages', worker: { pollMs: 100, names: ['themes.analyze', 'themes.reanalyze'] } });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Signs in from the login page; `onLoginPage` looks at that page first. */
  async function login(context: BrowserContext, email: string, onLoginPage?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    if (onLoginPage) {
      await page.getByTestId('login-email').waitFor();
      await onLoginPage(page);
    }
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => u.pathname === '/', { timeout: 15_000 });
    return page;
  }

  async function api<T>(page: Page, url: string): Promise<T> {
    const res = await page.request.get(`${server.url}${url}`);
    if (!res.ok()) throw new Error(`GET ${url}: ${res.status()}`);
    return (await res.json()) as T;
  }

  /** Waits until the page shows no spinner (false when one is still there after `ms`). */
  async function settled(page: Page, ms: number): Promise<boolean> {
    try {
      await page.waitForLoadState('load');
      await page.waitForTimeout(150);
      await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"] .spinner'), null, { timeout: ms, polling: 100 });
      // Lazy parts (charts, second queries) may start a spinner right after the first one ends.
      await page.waitForTimeout(250);
      await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: ms, polling: 100 });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Elements sticking out of the window on the right (a broken layout). Content that a scrolling box clips (a
   * table in its wrapper) is fine; an absolutely positioned element escapes the clipping of a box that is not its
   * containing block, e.g. visually hidden text in a table cell, and widens the page.
   */
  function overflow(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width + 1) return [];
      const clipped = (el: HTMLElement): boolean => {
        let position = getComputedStyle(el).position;
        if (position === 'fixed') return false;
        let waitForPositioned = position === 'absolute';
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const cs = getComputedStyle(p);
          const clips = cs.overflowX !== 'visible';
          if (waitForPositioned && cs.position === 'static') continue;
          if (clips) return true;
          waitForPositioned = cs.position === 'absolute';
          position = cs.position;
          if (position === 'fixed') return false;
        }
        return false;
      };
      const out: string[] = [];
      const offenders = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => {
        const r = el.getBoundingClientRect();
        return (r.width > 0 || r.height > 0) && r.right > width + 1 && !clipped(el);
      });
      for (const el of offenders) {
        // the outermost offender only
        if (el.parentElement && offenders.includes(el.parentElement)) continue;
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
        const label = (el.innerText || el.textContent || '').trim().split('\n')[0]!.slice(0, 30);
        out.push(`${name}${label ? ` "${label}"` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
        if (out.length >= 3) break;
      }
      return out.length ? out : [`page ${document.documentElement.scrollWidth} px wide`];
    });
  }

  /** axe-core's WCAG 2.1 A/AA violations on the page as it is (injected once per document). */
  async function axeViolations(page: Page): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    return page.evaluate(async (tags) => {
      const { axe } = window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> } };
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    }, AXE_TAGS);
  }

  /** The page's axe violations as problems: one per rule, with a few of the elements (their selectors). */
  async function axe(page: Page): Promise<string[]> {
    return (await axeViolations(page)).map((v) => {
      const targets = v.nodes.map((n) => n.target.map(String).join(' '));
      const shown = targets.slice(0, 3).join(', ') + (targets.length > 3 ? ` and ${targets.length - 3} more` : '');
      return `axe ${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${shown}`;
    });
  }

  /** Buttons and button groups too narrow for their labels (cut off, as in a squeezed filter bar). */
  function clippedControls(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#main .tabs, #main button, #main a.btn'))
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `"${(el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 40)}" (${el.scrollWidth} px of content in ${el.clientWidth} px)`),
    );
  }

  it('shows every page to every role without errors, blank pages, endless spinners or dead links', async () => {
    const problems: Problem[] = [];
    const started = Date.now();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });

    // Wait for the theme analysis of the demo comments, so theme pages have something to show.
    {
      const context = await browser.newContext({ viewport: WIDE });
      const page = await login(context, DEMO_EMAIL);
      await expect
        .poll(async () => (await api<{ themes: unknown[] }>(page, '/api/v1/themes/analysis')).themes.length, { timeout: 60_000, interval: 500 })
        .toBeGreaterThan(0);
      await context.close();
    }
    const analysed = Date.now();
    const pages: Partial<Record<RoleName, number>> = {};
    let axeMs = 0;
    let axeRuns = 0;

    // The roles look around side by side, each in its own browser context (its own session cookie).
    const visitAll = async (role: RoleName, email: string) => {
      const context = await browser.newContext({ viewport: WIDE });
      const axeLoginPage = async (p: Page) => {
        for (const found of await axe(p)) problems.push({ role, route: '/login', what: found });
      };
      const page = await login(context, email, role === AXE_ROLE ? axeLoginPage : undefined);
      let route = '(login)';
      const note = (what: string) => problems.push({ role, route, what });
      page.on('pageerror', (e) => note(`page error: ${e.message}`));
      page.on('console', (m) => {
        // a failed request is logged too; those are reported from the response below
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) note(`console error: ${m.text()}`);
      });
      page.on('requestfailed', (r) => {
        const failure = r.failure()?.errorText ?? '';
        // requests cancelled by leaving the page (React Query aborts them) are not failures
        if (failure.includes('ERR_ABORTED')) return;
        note(`request failed: ${r.method()} ${r.url().replace(server.url, '')} ${failure}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && r.url().startsWith(server.url)) note(`HTTP ${r.status()}: ${r.request().method()} ${r.url().replace(server.url, '')}`);
      });

      // Detail pages: the first of each kind this role can see.
      const surveys = await api<{ data: { id: string }[] }>(page, '/api/v1/surveys?limit=5');
      const cases = await api<{ data: { id: string }[] }>(page, '/api/v1/cases?limit=5');
      const analysis = await api<{ themes: { id: string }[] }>(page, '/api/v1/themes/analysis');
      const responses = await api<{ data: { id: string }[] }>(page, '/api/v1/responses?limit=1');
      const details: string[] = [];
      for (const s of surveys.data.slice(0, 2)) details.push(`/surveys/${s.id}`, `/surveys/${s.id}/distribute`);
      if (responses.data[0]) details.push(`/responses/${responses.data[0].id}`);
      if (cases.data[0]) details.push(`/cases/${cases.data[0].id}`);
      else if (role !== 'viewer') note('no case to look at (the demo gives every role one)');
      if (analysis.themes[0]) details.push(`/problems/${analysis.themes[0].id}`, `/responses?theme=${analysis.themes[0].id}`);

      const visited = new Set<string>();
      const links = new Map<string, string>(); // pattern -> first href seen
      const detailLinks = new Map<string, string>(); // every href seen -> the page it was on
      const routes = [...STATIC_ROUTES, ...details];
      for (let i = 0; i < routes.length; i++) {
        route = routes[i]!;
        visited.add(pattern(route));
        await page.setViewportSize(WIDE);
        // Within the app, as a person clicking through (a full reload per page costs the CPU more than the page).
        await page.evaluate((to) => {
          window.history.pushState({}, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, route);
        if (!(await settled(page, 12_000))) note('spinner still showing after 12 s');

        const main = page.locator('#main');
        const text = ((await main.count()) ? await main.innerText() : await page.locator('body').innerText()).trim();
        if (text.length < 20) note(`blank page (${JSON.stringify(text)})`);
        if (/page not found|\bnot found\b/i.test((await page.locator('h1').allInnerTexts()).join(' '))) note('shows a "not found" page');
        const landed = new URL(page.url()).pathname;
        if (landed !== (REDIRECTS[route] ?? new URL(route, server.url).pathname) && !(route === '/distribute' && /^\/surveys\/[^/]+\/distribute$/.test(landed))) {
          note(`ended up on ${landed}`);
        }

        for (const text of await page.locator('#main .alert-error').allInnerTexts()) note(`shows an error: ${text.trim().split('\n')[0]}`);
        for (const o of await overflow(page)) note(`wider than the window at 1280 px: ${o}`);
        for (const c of await clippedControls(page)) note(`control cut off at 1280 px: ${c}`);
        if (role === AXE_ROLE) {
          const t0 = Date.now();
          for (const found of await axe(page)) note(found);
          axeMs += Date.now() - t0;
          axeRuns++;
        }

        // Viewers only read; agents work their cases but change nothing else.
        if (role === 'viewer' || (role === 'agent' && !route.startsWith('/cases/'))) {
          const offered = await page.evaluate((re) => {
            const rx = new RegExp(re, 'i');
            return Array.from(document.querySelectorAll<HTMLElement>('#main button, #main a.btn, #main input[type=submit]'))
              .filter((el) => el.offsetParent !== null && !el.matches(':disabled'))
              .map((el) => (el.innerText || el.getAttribute('aria-label') || '').trim())
              .filter((t) => rx.test(t));
          }, WRITE_ACTION.source);
          for (const label of offered) note(`offers the ${role} "${label}"`);
        }

        // file downloads (a[download], e.g. the responses CSV) are not pages; the overview test downloads one. Nor is
        // the API reference (/api/docs, Swagger UI's own page)
        for (const href of await page.locator('#main a[href^="/"]:not([download]):not([href^="/api/"])').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          const p = pattern(href);
          if (!links.has(p)) links.set(p, href);
          if (!detailLinks.has(href)) detailLinks.set(href, route);
        }

        if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${role}-${route.replace(/[/?=&]+/g, '_') || 'home'}-1280.png`), fullPage: true });
        await page.setViewportSize(PHONE);
        await page.waitForTimeout(150);
        for (const o of await overflow(page)) note(`wider than the window at 390 px: ${o}`);
        for (const c of await clippedControls(page)) note(`control cut off at 390 px: ${c}`);
        if (role === AXE_ROLE) {
          // a phone's layout has its own problems: tables that scroll sideways must be reachable by keyboard
          const t0 = Date.now();
          for (const found of await axe(page)) note(`at 390 px: ${found}`);
          axeMs += Date.now() - t0;
          axeRuns++;
        }
        if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${role}-${route.replace(/[/?=&]+/g, '_') || 'home'}-390.png`), fullPage: true });

        // Links found on the pages: follow one of each kind not visited yet.
        if (i === routes.length - 1) {
          for (const [p, href] of links) {
            if (visited.has(p)) continue;
            visited.add(p);
            routes.push(href);
          }
        }
      }
      pages[role] = routes.length;
      // Every link to a detail page (only one of each kind was opened above) must lead to something this role
      // may see: ask the API behind each one.
      const toCheck = [...detailLinks].filter(([href]) => apiOf(href) !== null);
      for (let k = 0; k < toCheck.length; k += 10) {
        await Promise.all(
          toCheck.slice(k, k + 10).map(async ([href, from]) => {
            const url = apiOf(href)!;
            const res = await page.request.get(`${server.url}${url}`);
            if (!res.ok()) problems.push({ role, route: from, what: `links to ${href}, which answers ${res.status()} (GET ${url})` });
          }),
        );
      }
      await context.close();
    };
    await Promise.all(ROLES.map(({ role, email }) => visitAll(role, email)));

    const seconds = (t: number) => Math.round((t - started) / 1000);
    console.log(`all-pages: theme analysis ready after ${seconds(analysed)} s; ${ROLES.length} roles looked around until ${seconds(Date.now())} s (${JSON.stringify(pages)} pages; axe on ${axeRuns} pages took ${Math.round(axeMs / 1000)} s); ${problems.length} problems`);
    expect(problems.map((p) => `${p.role} ${p.route}: ${p.what}`).sort()).toEqual([]);
  }, 240_000);

  it('answers an old or mistyped link with "not found" and a way back, not an error to retry', async () => {
    const context = await browser.newContext({ viewport: WIDE });
    const page = await login(context, DEMO_EMAIL);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
    });
    for (const route of ['/no-such-page', '/problems/no-such-theme', '/surveys/no-such-survey', '/surveys/no-such-survey/distribute', '/cases/no-such-case', '/responses/no-such-response']) {
      await page.goto(`${server.url}${route}`);
      if (!(await settled(page, 12_000))) problems.push(`${route}: spinner still showing`);
      for (const found of await axe(page)) problems.push(`${route}: ${found}`);
      const heading = (await page.locator('#main h1').allInnerTexts()).join(' ');
      if (!/not found/i.test(heading)) problems.push(`${route}: heading "${heading}" does not say "not found"`);
      if ((await page.locator('#main a[href^="/"]:visible').count()) === 0) problems.push(`${route}: no link back`);
      if (await page.getByRole('button', { name: 'Try again' }).count()) problems.push(`${route}: offers to try again`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
