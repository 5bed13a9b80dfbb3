/**
 * Website widget endpoints on both databases: eligibility (identity hashes, anonymous visitors, fatigue skip
 * reasons recorded as widget sends), answers (score, then the comment updating the same response), CORS,
 * rate limits, hostile input, the bundle route and the admin snippet endpoint.
 */
import { createHmac } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireAuth } from '../../src/http/auth.ts';
import { SESSION_COOKIE } from '../../src/modules/auth/session.service.ts';
import { errorHandler } from '../../src/http/errors.ts';
import { registerWidgetAdminRoutes } from '../../src/modules/widget/widget-admin.routes.ts';
import { makeWidgetToken, visitorHash } from '../../src/modules/widget/widget-token.ts';
import type { WorkspaceSettings } from '../../src/modules/workspaces/settings.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { buildWidget } from './build.ts';

interface Eligibility {
  show: boolean;
  reason?: string;
  token?: string;
  survey?: { question: string; followUp: Record<string, string>; kind: string; color: string; scale: { min: number; max: number } };
}

let ip = 0;
/** Each test calls from its own client address, so the per-client rate limit never leaks between tests. */
function client(): string {
  ip += 1;
  return `10.1.${Math.floor(ip / 250)}.${ip % 250}`;
}

function post(app: FastifyInstance, url: string, body: unknown, remoteAddress: string, contentType = 'text/plain;charset=UTF-8'): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, remoteAddress, headers: { 'content-type': contentType, origin: 'https://shop.example' }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
}

beforeAll(() => buildWidget(), 60_000);

describe.each(DIALECTS)('%s: website widget', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let secret: string;

  async function secretOf(workspaceId: string): Promise<string> {
    const row = await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', workspaceId).executeTakeFirstOrThrow();
    return row.signing_secret!;
  }
  /** A workspace whose fatigue rules never get in the way, unless a test sets them. */
  async function freshWorkspace(fatigue: Partial<WorkspaceSettings['fatigue']> = {}): Promise<{ ws: TestWorkspace; secret: string }> {
    const w = await createWorkspace(t.ctx);
    await t.ctx.settings.update(w.auth, { branding: { color: '#0f766e' }, fatigue: { quietHours: null, ...fatigue } });
    return { ws: w, secret: await secretOf(w.workspaceId) };
  }
  const activeSurvey = (w: TestWorkspace, extra: Record<string, unknown> = {}) =>
    createSurvey(t.app, w.key, 'nps', { status: 'active', followUp: { default: 'Why?', positive: 'What did you love?', negative: 'What went wrong?' }, ...extra });
  const sends = (workspaceId: string) => t.ctx.database.db.selectFrom('survey_send').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
  const responses = async (key: string, surveyId: string) =>
    (await call(t.app, key, 'GET', `/api/v1/responses?surveyId=${surveyId}`)).json().data as { id: string; score: number; comment: string | null; channel: string; person: { id: string; externalId: string | null; email: string | null } | null; properties: Record<string, unknown> }[];
  function user(s: string, id = unique('user'), extra: { email?: string; name?: string } = {}): { id: string; hash: string; email?: string; name?: string } {
    return { id, hash: visitorHash(s, id), ...extra };
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ ws, secret } = await freshWorkspace());
  });
  afterAll(() => t.close());

  it('identified visitor: shown once, score then comment update one response; the send is recorded', async () => {
    const surveyId = await activeSurvey(ws);
    const from = client();
    const u = user(secret, unique('cust'), { email: `${unique('v')}@example.com`, name: 'Vera Visitor' });
    const res = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: u, timeZone: 'Europe/Berlin' }, from);
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const e = res.json() as Eligibility;
    expect(e.show).toBe(true);
    expect(e.survey).toMatchObject({ kind: 'nps', color: '#0f766e', scale: { min: 0, max: 10 }, followUp: { positive: 'What did you love?', negative: 'What went wrong?' } });
    expect(e.survey!.question).toMatch(/recommend/);

    const s1 = await post(t.app, '/api/widget/responses', { token: e.token, score: 9, page: 'https://shop.example/checkout' }, from);
    expect(s1.statusCode).toBe(200);
    const s2 = await post(t.app, '/api/widget/responses', { token: s1.json().token, comment: '  Fast delivery  ' }, from);
    expect(s2.statusCode).toBe(200);
    expect(s2.json().responseId).toBe(s1.json().responseId);

    const list = await responses(ws.key, surveyId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ score: 9, comment: 'Fast delivery', channel: 'widget', person: { externalId: u.id, email: u.email }, properties: { page: 'https://shop.example/checkout' } });
    const person = await t.ctx.database.db.selectFrom('person').selectAll().where('id', '=', list[0]!.person!.id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: 'Vera Visitor', time_zone: 'Europe/Berlin' });

    const rows = (await sends(ws.workspaceId)).filter((r) => r.survey_id === surveyId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'widget', status: 'responded', response_id: list[0]!.id, person_id: person.id });

    // The original token (without the response in it) also updates the same response, never a second one.
    const again = await post(t.app, '/api/widget/responses', { token: e.token, score: 10 }, from);
    expect(again.statusCode).toBe(200);
    expect((await responses(ws.key, surveyId)).map((r) => r.score)).toEqual([10]);
  });

  it('rejects a wrong identity hash, naming the field; a hash for another user does not pass', async () => {
    const surveyId = await activeSurvey(ws);
    const from = client();
    const bad = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: 'alice', hash: 'f'.repeat(64) } }, from);
    expect(bad.statusCode).toBe(403);
    expect(bad.json().error.fields).toEqual([{ field: 'user/hash', message: 'does not match user/id' }]);
    const other = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: 'alice', hash: visitorHash(secret, 'bob') } }, from);
    expect(other.statusCode).toBe(403);
    // Another workspace's secret is no good either.
    const { secret: otherSecret } = await freshWorkspace();
    const cross = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: 'alice', hash: visitorHash(otherSecret, 'alice') } }, from);
    expect(cross.statusCode).toBe(403);
    // Upper-case hex is accepted.
    const ok = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: 'alice', hash: visitorHash(secret, 'alice').toUpperCase() } }, from);
    expect(ok.json().show).toBe(true);
    expect((await sends(ws.workspaceId)).filter((r) => r.survey_id === surveyId)).toHaveLength(1);
  });

  it("an unverified email never links a visitor to the person who owns that address", async () => {
    const surveyId = await activeSurvey(ws);
    const from = client();
    const ownerEmail = `${unique('owner')}@example.com`;
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId, score: 3, person: { email: ownerEmail } });
    const e = (await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: user(secret, unique('mallory'), { email: ownerEmail }) }, from)).json() as Eligibility;
    await post(t.app, '/api/widget/responses', { token: e.token, score: 0, comment: 'spoofed?' }, from);
    const widgetOnes = (await responses(ws.key, surveyId)).filter((r) => r.channel === 'widget');
    expect(widgetOnes).toHaveLength(1);
    expect(widgetOnes[0]!.person!.email).toBeNull();
  });

  it('anonymous visitors only when the survey allows a public link; their comment updates the same response', async () => {
    const from = client();
    const closed = await activeSurvey(ws);
    const no = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: closed }, from);
    expect(no.json()).toEqual({ show: false, reason: 'anonymous_not_allowed' });

    const open = await activeSurvey(ws, { publicLink: true });
    const e = (await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: open }, from)).json() as Eligibility;
    expect(e.show).toBe(true);
    const s1 = await post(t.app, '/api/widget/responses', { token: e.token, score: 4 }, from);
    const s2 = await post(t.app, '/api/widget/responses', { token: s1.json().token, comment: 'Checkout kept failing' }, from);
    expect(s2.statusCode).toBe(200);
    const list = await responses(ws.key, open);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ score: 4, comment: 'Checkout kept failing', channel: 'widget', person: null });
    // No sends are recorded for anonymous visitors.
    expect((await sends(ws.workspaceId)).filter((r) => r.survey_id === open || r.survey_id === closed)).toEqual([]);
  });

  it('fatigue: recently surveyed, unsubscribed, sampled out, daily cap, quiet hours, survey not active — each recorded once a day as a skipped widget send', async () => {
    const from = client();
    const ask = (w: TestWorkspace, surveyId: string, u: { id: string; hash: string }, timeZone?: string) =>
      post(t.app, '/api/widget/eligibility', { workspace: w.workspaceId, survey: surveyId, user: u, ...(timeZone ? { timeZone } : {}) }, from).then((r) => r.json() as Eligibility);

    // Recently surveyed: answered once, asked again (any survey of the workspace) → skipped, one row however often.
    const a = await freshWorkspace();
    const s1 = await activeSurvey(a.ws);
    const s2 = await activeSurvey(a.ws);
    const u = user(a.secret);
    const first = await ask(a.ws, s1, u);
    await post(t.app, '/api/widget/responses', { token: first.token, score: 8 }, from);
    expect(await ask(a.ws, s2, u)).toEqual({ show: false, reason: 'recently_surveyed' });
    expect(await ask(a.ws, s2, u)).toEqual({ show: false, reason: 'recently_surveyed' });
    const rows = await sends(a.ws.workspaceId);
    expect(rows.map((r) => [r.survey_id, r.status, r.skip_reason])).toEqual([
      [s1, 'responded', null],
      [s2, 'skipped', 'recently_surveyed'],
    ]);

    // A shown but unanswered widget is shown again (same send) while the visitor moves between pages.
    const u2 = user(a.secret);
    const shown = await ask(a.ws, s1, u2);
    const resumed = await ask(a.ws, s1, u2);
    expect(resumed.show).toBe(true);
    expect((await sends(a.ws.workspaceId)).filter((r) => r.status === 'sent')).toHaveLength(1);
    expect(shown.token).toBe(resumed.token);

    // Unsubscribed people are never asked.
    const uu = user(a.secret);
    await ask(a.ws, s1, uu); // creates the person (and a send)
    const person = await t.ctx.database.db.selectFrom('person').select('id').where('external_id', '=', uu.id).executeTakeFirstOrThrow();
    await t.ctx.database.db.deleteFrom('survey_send').where('person_id', '=', person.id).execute();
    await t.ctx.distribution.unsubscribePerson(a.ws.workspaceId, person.id, 'x@example.com', 'test');
    expect(await ask(a.ws, s1, uu)).toEqual({ show: false, reason: 'unsubscribed' });

    const b = await freshWorkspace({ samplingPercent: 0 });
    const sb = await activeSurvey(b.ws);
    expect(await ask(b.ws, sb, user(b.secret))).toEqual({ show: false, reason: 'sampled_out' });

    const c = await freshWorkspace({ dailySendCap: 1 });
    const sc = await activeSurvey(c.ws);
    expect((await ask(c.ws, sc, user(c.secret))).show).toBe(true);
    expect(await ask(c.ws, sc, user(c.secret))).toEqual({ show: false, reason: 'daily_cap' });

    // Quiet hours in the person's time zone (from the browser when the person has none).
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: 'numeric', hourCycle: 'h23' }).format(new Date()));
    const d = await freshWorkspace({ quietHours: { start: hour, end: (hour + 2) % 24 } });
    const sd = await activeSurvey(d.ws);
    expect(await ask(d.ws, sd, user(d.secret), 'Asia/Tokyo')).toEqual({ show: false, reason: 'quiet_hours' });
    // Los Angeles is 16 or 17 hours behind Tokyo: outside the two quiet hours.
    expect((await ask(d.ws, sd, user(d.secret), 'America/Los_Angeles')).show).toBe(true);

    const draft = await createSurvey(t.app, d.ws.key, 'nps', { status: 'draft' });
    expect(await ask(d.ws, draft, user(d.secret), 'UTC')).toEqual({ show: false, reason: 'survey_not_active' });

    const reasons = [...(await sends(b.ws.workspaceId)), ...(await sends(c.ws.workspaceId)), ...(await sends(d.ws.workspaceId))].filter((r) => r.status === 'skipped').map((r) => r.skip_reason);
    expect(reasons.sort()).toEqual(['daily_cap', 'quiet_hours', 'sampled_out', 'survey_not_active']);
    expect((await sends(a.ws.workspaceId)).filter((r) => r.skip_reason === 'unsubscribed')).toHaveLength(1);
  });

  it('unknown workspace or survey, or a survey of another workspace: 404', async () => {
    const from = client();
    const other = await freshWorkspace();
    const foreign = await activeSurvey(other.ws, { publicLink: true });
    for (const body of [
      { workspace: 'nope', survey: foreign },
      { workspace: ws.workspaceId, survey: 'nope' },
      { workspace: ws.workspaceId, survey: foreign },
    ]) {
      const res = await post(t.app, '/api/widget/eligibility', body, from);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('CORS: preflight answered, headers on every answer including errors; application/json works too', async () => {
    const pre = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/widget/eligibility',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toContain('POST');
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase()).toContain('content-type');
    expect(pre.headers['access-control-max-age']).toBe('86400');
    const pre2 = await t.app.inject({ method: 'OPTIONS', url: '/api/widget/responses', headers: { origin: 'https://x.example' } });
    expect(pre2.statusCode).toBe(204);

    const surveyId = await activeSurvey(ws, { publicLink: true });
    const json = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId }, client(), 'application/json');
    expect(json.json().show).toBe(true);
    const err = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId }, client());
    expect(err.statusCode).toBe(400);
    expect(err.headers['access-control-allow-origin']).toBe('*');
    expect(err.json().error.fields[0].field).toBe('survey');
    // No cookies are ever set or read.
    expect(json.headers['set-cookie']).toBeUndefined();
    expect(json.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('rate limits each client', async () => {
    const from = client();
    const surveyId = await activeSurvey(ws, { publicLink: true });
    const codes: number[] = [];
    for (let i = 0; i < 65; i++) codes.push((await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId }, from)).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 200)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    const limited = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId }, from);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    // Another client is not affected.
    expect((await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId }, client())).statusCode).toBe(200);
  });

  it('hostile input: never a 5xx, always the error shape naming the field', async () => {
    const from = client();
    const surveyId = await activeSurvey(ws, { publicLink: true });
    const e = (await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId }, from)).json() as Eligibility;
    const other = await freshWorkspace();
    const otherSurvey = await activeSurvey(other.ws, { publicLink: true });
    const [body, sig] = e.token!.split('.') as [string, string];
    const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), s: otherSurvey })).toString('base64url');
    const cases: [string, unknown, number, string?][] = [
      ['/api/widget/eligibility', '{', 400, '(body)'],
      ['/api/widget/eligibility', 'null', 400],
      ['/api/widget/eligibility', '[]', 400],
      ['/api/widget/eligibility', '"x"', 400],
      ['/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, extra: 1 }, 400, 'extra'],
      ['/api/widget/eligibility', { workspace: { $gt: '' }, survey: surveyId }, 400, 'workspace'],
      ['/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: 'a' } }, 400, 'user/hash'],
      ['/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: 'x'.repeat(5000), hash: 'h' } }, 400, 'user/id'],
      ['/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, timeZone: 'Mars/Olympus' }, 200],
      ['/api/widget/eligibility', { workspace: "' OR 1=1 --", survey: surveyId }, 404],
      ['/api/widget/eligibility', { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }, 400],
      ['/api/widget/responses', { token: 'garbage', score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: `${tampered}.${sig}`, score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: `${body}.${sig}.x`, score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: makeWidgetToken('not-the-secret', { w: ws.workspaceId, s: surveyId, d: null, r: null, e: 4e9 }), score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: makeWidgetToken(secret, { w: ws.workspaceId, s: surveyId, d: null, r: null, e: 1000 }), score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: makeWidgetToken(secret, { w: ws.workspaceId, s: surveyId, d: 'nope', r: null, e: 4e9 }), score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: makeWidgetToken(secret, { w: ws.workspaceId, s: surveyId, d: null, r: 'nope', e: 4e9 }), score: 5 }, 403, 'token'],
      ['/api/widget/responses', { token: e.token, score: 11 }, 400, 'score'],
      ['/api/widget/responses', { token: e.token, score: '9; DROP TABLE response' }, 400, 'score'],
      ['/api/widget/responses', { token: e.token, comment: 'no score first' }, 400, 'score'],
      ['/api/widget/responses', { token: e.token }, 400, 'score'],
      ['/api/widget/responses', { token: e.token, score: 5, comment: 'x'.repeat(5001) }, 400, 'comment'],
      ['/api/widget/responses', { token: 'x'.repeat(2000), score: 5 }, 400, 'token'],
      ['/api/widget/responses', { token: e.token, score: 5, comment: 'x'.repeat(9000) }, 413],
    ];
    const failures: string[] = [];
    for (const [url, payload, status, field] of cases) {
      const res = await post(t.app, url, payload, from);
      const label = `${url} ${JSON.stringify(payload)?.slice(0, 80)}`;
      if (res.statusCode !== status) failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (status >= 400) {
        const err = res.json().error;
        if (!err?.code || !err.message) failures.push(`${label}: no error shape`);
        if (field && !err.fields?.some((f: { field: string }) => f.field === field)) failures.push(`${label}: fields ${JSON.stringify(err.fields)} do not name ${field}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await responses(ws.key, surveyId)).toEqual([]);
    expect(await responses(other.ws.key, otherSurvey)).toEqual([]);
  });

  it('a closed survey refuses answers', async () => {
    const from = client();
    const surveyId = await activeSurvey(ws, { publicLink: true });
    const e = (await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId }, from)).json() as Eligibility;
    await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${surveyId}`, { status: 'closed' });
    t.ctx.responses.invalidateCaches();
    const res = await post(t.app, '/api/widget/responses', { token: e.token, score: 7 }, from);
    expect(res.statusCode).toBe(409);
  });

  it('serves the bundle with caching headers and the JavaScript content type', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body).toContain('Clearloop');
    const etag = res.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.app.inject({ method: 'GET', url: '/widget.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  describe('admin: GET /api/v1/widget', () => {
    let api: FastifyInstance;
    beforeAll(async () => {
      // The same wiring as the /api/v1 scope of http/app.ts (authentication, error shape).
      api = Fastify({ ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } } });
      api.decorateRequest('auth', null as never);
      api.decorateRequest('session', null);
      api.setErrorHandler(errorHandler);
      await api.register(cookie);
      api.addHook('preHandler', requireAuth(t.ctx));
      registerWidgetAdminRoutes(api, t.ctx);
      await api.ready();
    });
    afterAll(() => api.close());

    it('gives the snippet with the public URL to any member; the secret only to owners and admins', async () => {
      const surveyId = await activeSurvey(ws);
      const res = await call(api, ws.readKey, 'GET', `/api/v1/widget?surveyId=${surveyId}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.scriptUrl).toBe(`${t.ctx.config.publicUrl}/widget.js`);
      expect(body.snippet).toContain(`workspace: "${ws.workspaceId}"`);
      expect(body.snippet).toContain(`survey: "${surveyId}"`);
      expect(body.snippet).toContain(`<script async src="${t.ctx.config.publicUrl}/widget.js"></script>`);
      expect(body.identity.secret).toBeNull();
      expect(body.identity.examples.node).toContain("createHmac('sha256'");

      const keyAsk = await call(api, ws.key, 'GET', `/api/v1/widget?surveyId=${surveyId}&includeSecret=true`);
      expect(keyAsk.statusCode).toBe(403);

      const owner = await t.ctx.sessions.create(ws.ownerId, ws.workspaceId);
      const asOwner = await api.inject({ method: 'GET', url: `/api/v1/widget?surveyId=${surveyId}&includeSecret=true`, headers: { cookie: `${SESSION_COOKIE}=${owner.token}` } });
      expect(asOwner.statusCode).toBe(200);
      expect(asOwner.json().identity.secret).toBe(secret);

      // The dashboard's "Reveal signing secret" (owners and admins): a manager or viewer session is refused it, but
      // still gets the snippet; the revealed secret computes the hashes the eligibility endpoint accepts.
      for (const role of ['manager', 'viewer'] as const) {
        const member = await t.ctx.workspaces.addMember(ws.auth, { email: `${unique(role)}@example.com`, role, password: 'correct horse battery' });
        const s = await t.ctx.sessions.create(member.id, ws.workspaceId);
        const headers = { cookie: `${SESSION_COOKIE}=${s.token}` };
        const refused = await api.inject({ method: 'GET', url: `/api/v1/widget?surveyId=${surveyId}&includeSecret=true`, headers });
        expect(refused.statusCode, role).toBe(403);
        expect(refused.json().error.message).toMatch(/owner's or admin's session/);
        const plain = await api.inject({ method: 'GET', url: `/api/v1/widget?surveyId=${surveyId}`, headers });
        expect(plain.statusCode, role).toBe(200);
        expect(plain.json().identity.secret).toBeNull();
      }
      const revealed = asOwner.json().identity.secret as string;
      const visitor = unique('visitor');
      const hash = createHmac('sha256', revealed).update(String(visitor), 'utf8').digest('hex'); // the dashboard's Node.js line
      const shown = await post(t.app, '/api/widget/eligibility', { workspace: ws.workspaceId, survey: surveyId, user: { id: visitor, hash } }, client());
      expect(shown.json(), shown.body).toMatchObject({ show: true });

      expect((await call(api, ws.key, 'GET', '/api/v1/widget?surveyId=nope')).statusCode).toBe(404);
      expect((await call(api, ws.key, 'GET', '/api/v1/widget')).statusCode).toBe(400);
      expect((await api.inject({ method: 'GET', url: `/api/v1/widget?surveyId=${surveyId}` })).statusCode).toBe(401);
    });
  });
});

