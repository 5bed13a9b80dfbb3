/**
 * Every API route, called with malformed, oversized and hostile input, answers 4xx with the error shape: never a
 * 500, never a crash. Routes are taken from the OpenAPI document so a new route is covered automatically.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

const BODIES: unknown[] = [
  '{',
  '"just a string"',
  '12',
  '[]',
  'null',
  { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
  { name: { $gt: '' }, kind: ['nps'], email: 7, score: '9; DROP TABLE response', surveyId: "' OR 1=1 --" },
  { name: 'x'.repeat(5000), email: `${'a'.repeat(300)}@x.example`, properties: 'not an object', responses: 'nope' },
  { responses: [null, 1, 'x'] },
];

describe.each(DIALECTS)('%s: hostile input on every route', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let routes: { method: string; path: string }[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    await createSurvey(t.app, ws.key, 'nps');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })));
  });
  afterAll(() => t.close());

  it('never answers 5xx', async () => {
    expect(routes.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const { method, path } of routes) {
      if (path === '/api/session/logout') continue;
      const urls = [path.replace('{id}', 'does-not-exist'), path.replace('{id}', 'x'.repeat(500)), `${path.replace('{id}', '%00%ff')}?limit=abc&cursor=%%%&from=2026-99-99&surveyId[]=1`];
      for (const url of urls) {
        const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : BODIES;
        for (const body of bodies) {
          const res = await call(t.app, ws.key, method as 'GET', url, body);
          if (res.statusCode >= 500) failures.push(`${method} ${url} ${JSON.stringify(body)?.slice(0, 60)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          else if (res.statusCode >= 400 && res.statusCode !== 404) {
            const err = res.json().error;
            if (!err?.code || !err?.message) failures.push(`${method} ${url}: error without code/message: ${res.body.slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  }, 120_000);
  it('answers file paths the dashboard does not have with 404, not its HTML, and keeps crawlers out', async () => {
    for (const url of ['/favicon.ico', '/wp-login.php', '/.env', '/sitemap.xml']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('not_found');
    }
    const robots = await t.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body).toBe('User-agent: *\nDisallow: /\n');
    // a dashboard path may end in a theme id with a dot: still the app
    const page = await t.app.inject({ method: 'GET', url: '/problems/billing.refunds' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });
});
