/**
 * Tags on a response: set with PATCH, added with POST /tags, removed with DELETE /tags/{tag}; checked (trimmed,
 * 1–40 characters, at most 20, repeats in any case count once) with a 400 naming the item; only those who may
 * change data may change them; the list filters by tag; a change of tags alone reaches webhooks as
 * response.updated but does not run alert rules again (which would put back a tag a manager removed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

describe.each(DIALECTS)('%s: response tags', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let survey: string;
  const headers: Record<string, Record<string, string>> = {};

  const as = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: headers[who]!, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const respond = async (body: Record<string, unknown> = {}) => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 3, comment: 'Slow refund', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; tags: string[] };
  };
  const tagsOf = async (id: string) => (await call(t.app, ws.key, 'GET', `/api/v1/responses/${id}`)).json().tags as string[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    survey = await createSurvey(t.app, ws.key, 'nps');
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    headers.owner = { cookie: owner.cookie, 'x-csrf-token': owner.csrf };
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const email = `${unique(role)}@example.com`;
      const m = await t.ctx.workspaces.addMember(ws.auth, { email, role, password: 'password-123' });
      if (role === 'agent') await t.ctx.named.create(ws.auth, 'employee', { name: 'Ann Agent', userId: m.id });
      const s = await login(t.app, email, 'password-123');
      headers[role] = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    }
  });
  afterAll(() => t.close());

  it('sets tags with PATCH: trimmed, repeats in any case once (first spelling kept), the rest of the response untouched', async () => {
    const r = await respond();
    const res = await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags: ['  VIP ', 'Refund', 'vip', 'REFUND', 'churn risk'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ tags: ['VIP', 'Refund', 'churn risk'], score: 3, comment: 'Slow refund' });
    expect(await tagsOf(r.id)).toEqual(['VIP', 'Refund', 'churn risk']);
    // replaces the whole list; an empty one clears it
    expect((await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags: ['billing'] })).json().tags).toEqual(['billing']);
    expect((await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags: [] })).json().tags).toEqual([]);
  });

  it('refuses bad tags with a 400 naming the item, or `tags` for too many, and writes nothing', async () => {
    const r = await respond();
    await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags: ['keep'] });
    const cases: [unknown, string, RegExp][] = [
      [['ok', '   '], 'tags/1', /empty/],
      [['x'.repeat(41)], 'tags/0', /at most 40/],
      [['fine', 'tab\there'], 'tags/1', /control characters/],
      [Array.from({ length: 21 }, (_, i) => `t${i}`), 'tags', /at most 20/],
      [['ok', 7], 'tags/1', /string/],
      ['vip', 'tags', /array/],
    ];
    for (const [tags, field, message] of cases) {
      const res = await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags });
      expect(res.statusCode, `${JSON.stringify(tags)}: ${res.body}`).toBe(400);
      const problem = res.json().error.fields.find((f: { field: string }) => f.field === field);
      expect(problem, res.body).toBeTruthy();
      expect(problem.message).toMatch(message);
    }
    // exactly 40 characters and 20 tags (21 written, two the same) are fine
    const twenty = [...Array.from({ length: 19 }, (_, i) => `t${i}`), 'x'.repeat(40), 'T0'];
    const ok = await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags: twenty });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().tags).toHaveLength(20);
    // the same checks on POST /tags
    const bad = await as('manager', 'POST', `/api/v1/responses/${r.id}/tags`, { tags: [''] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ field: 'tags/0', message: 'must not be empty' }]);
    expect(await tagsOf(r.id)).toHaveLength(20);
  });

  it('adds and removes single tags without overwriting the others, case ignored', async () => {
    const r = await respond();
    const added = await as('manager', 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['Refund'] });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().tags).toEqual(['Refund']);
    // two colleagues adding at once both keep theirs
    const [a, b] = await Promise.all([
      as('manager', 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['call back'] }),
      as('owner', 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['Billing / Invoices', 'REFUND'] }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect((await tagsOf(r.id)).sort()).toEqual(['Billing / Invoices', 'Refund', 'call back'].sort());
    // removing: matched regardless of case, URL-encoded (a slash and spaces inside)
    const removed = await as('manager', 'DELETE', `/api/v1/responses/${r.id}/tags/${encodeURIComponent('billing / invoices')}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().tags.sort()).toEqual(['Refund', 'call back'].sort());
    // a tag it does not have: nothing changes, not even updatedAt
    const before = (await call(t.app, ws.key, 'GET', `/api/v1/responses/${r.id}`)).json();
    const absent = await as('manager', 'DELETE', `/api/v1/responses/${r.id}/tags/nope`);
    expect(absent.statusCode).toBe(200);
    expect(absent.json()).toMatchObject({ tags: before.tags, updatedAt: before.updatedAt });
    // past 20 in all: 400 naming tags, nothing added
    const many = Array.from({ length: 19 }, (_, i) => `extra ${i}`);
    const over = await as('manager', 'POST', `/api/v1/responses/${r.id}/tags`, { tags: many });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields[0]).toMatchObject({ field: 'tags', message: expect.stringMatching(/at most 20 tags \(this would make 21\)/) });
    expect(await tagsOf(r.id)).toHaveLength(2);
    // an unknown response, or one of another workspace: 404
    const other = await createWorkspace(t.ctx);
    expect((await call(t.app, other.key, 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['x'] })).statusCode).toBe(404);
    expect((await call(t.app, other.key, 'DELETE', `/api/v1/responses/${r.id}/tags/Refund`)).statusCode).toBe(404);
    expect((await as('manager', 'POST', '/api/v1/responses/no-such-response/tags', { tags: ['x'] })).statusCode).toBe(404);
  });

  it('lets agents and viewers read tags but not change them (403), nor a read-only API key', async () => {
    const r = await respond({ employee: 'Ann Agent' });
    await as('manager', 'PATCH', `/api/v1/responses/${r.id}`, { tags: ['vip'] });
    for (const who of ['agent', 'viewer']) {
      const read = await as(who, 'GET', `/api/v1/responses/${r.id}`);
      expect(read.statusCode, `${who}: ${read.body}`).toBe(200);
      expect(read.json().tags).toEqual(['vip']);
      for (const [method, url, body] of [
        ['PATCH', `/api/v1/responses/${r.id}`, { tags: ['mine'] }],
        ['POST', `/api/v1/responses/${r.id}/tags`, { tags: ['mine'] }],
        ['DELETE', `/api/v1/responses/${r.id}/tags/vip`, undefined],
      ] as const) {
        const res = await as(who, method, url, body);
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    expect((await call(t.app, ws.readKey, 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['mine'] })).statusCode).toBe(403);
    expect((await call(t.app, ws.key, 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['from the CRM'] })).json().tags).toEqual(['vip', 'from the CRM']);
    expect(await tagsOf(r.id)).toEqual(['vip', 'from the CRM']);
  });

  it('filters the list (and the CSV export) by tag: a whole tag, case ignored, within what the caller may see', async () => {
    const w = await createWorkspace(t.ctx);
    const s = await createSurvey(t.app, w.key, 'nps');
    const ids: Record<string, string> = {};
    for (const [name, tags] of [
      ['vip', ['VIP']],
      ['notvip', ['not vip']],
      ['both', ['refund', 'vip']],
      ['pct', ['50% off_deal']],
      ['quote', ['say "hi"']],
      ['none', []],
    ] as const) {
      const r = (await call(t.app, w.key, 'POST', '/api/v1/responses', { surveyId: s, score: 5 })).json();
      if (tags.length) expect((await call(t.app, w.key, 'POST', `/api/v1/responses/${r.id}/tags`, { tags })).statusCode).toBe(200);
      ids[name] = r.id;
    }
    const found = async (tag: string) =>
      ((await call(t.app, w.key, 'GET', `/api/v1/responses?tag=${encodeURIComponent(tag)}`)).json().data as { id: string }[]).map((r) => r.id).sort();
    expect(await found('vip')).toEqual([ids.vip, ids.both].sort());
    expect(await found(' Vip ')).toEqual([ids.vip, ids.both].sort());
    expect(await found('vi')).toEqual([]);
    expect(await found('not vip')).toEqual([ids.notvip]);
    // LIKE wildcards and JSON quoting are plain characters here
    expect(await found('50% off_deal')).toEqual([ids.pct]);
    expect(await found('50_ off%deal')).toEqual([]);
    expect(await found('say "hi"')).toEqual([ids.quote]);
    expect(await found('hi')).toEqual([]);
    const csv = (await call(t.app, w.key, 'GET', '/api/v1/responses/export?tag=refund')).body;
    expect(csv.split('\n').filter((l) => l.trim() !== '')).toHaveLength(2);
    expect(csv).toContain(ids.both);
    expect((await call(t.app, w.key, 'GET', `/api/v1/responses?tag=${'x'.repeat(101)}`)).statusCode).toBe(400);
    // an agent finds only their own feedback with the tag
    const tag = unique('shared');
    const anns = await respond({ employee: 'Ann Agent' });
    const others = await respond({ employee: 'Oli Other' });
    for (const id of [anns.id, others.id]) await call(t.app, ws.key, 'POST', `/api/v1/responses/${id}/tags`, { tags: [tag] });
    const list = async (who: string) => ((await as(who, 'GET', `/api/v1/responses?tag=${tag}`)).json().data as { id: string }[]).map((r) => r.id).sort();
    expect(await list('manager')).toEqual([anns.id, others.id].sort());
    expect(await list('agent')).toEqual([anns.id]);
  });

  it('announces a change of tags to webhooks as response.updated, without running alert rules again', async () => {
    const w = await createWorkspace(t.ctx);
    const s = await createSurvey(t.app, w.key, 'nps');
    const o = await login(t.app, w.ownerEmail, w.password);
    const h = { cookie: o.cookie, 'x-csrf-token': o.csrf };
    const hook = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: h, payload: { url: 'http://127.0.0.1:9/hook', events: ['response.updated'] } });
    expect(hook.statusCode, hook.body).toBe(201);
    const rule = await t.app.inject({ method: 'POST', url: '/api/v1/alert-rules', headers: h, payload: { name: 'Flag detractors', conditions: { scoreGroups: ['detractor'] }, actions: { addTags: ['detractor'] } } });
    expect(rule.statusCode, rule.body).toBe(201);
    t.ctx.alertRules.touch(w.workspaceId);
    const worker = new Worker(t.ctx, { names: ['alerts.evaluate'], workspaceIds: [w.workspaceId] });
    const r = (await call(t.app, w.key, 'POST', '/api/v1/responses', { surveyId: s, score: 2, comment: 'Rude staff' })).json();
    await worker.drain();
    expect((await call(t.app, w.key, 'GET', `/api/v1/responses/${r.id}`)).json().tags).toEqual(['detractor']);

    const db = t.ctx.database.db;
    const deliveries = async () => (await db.selectFrom('webhook_delivery').select('payload').where('workspace_id', '=', w.workspaceId).execute()).map((d) => JSON.parse(d.payload));
    const evaluations = async () => (await db.selectFrom('job').select('id').where('workspace_id', '=', w.workspaceId).where('name', '=', 'alerts.evaluate').execute()).length;
    const evaluated = await evaluations();

    // a manager decides the tag does not fit: it stays removed, since the rule does not run again
    expect((await call(t.app, w.key, 'DELETE', `/api/v1/responses/${r.id}/tags/detractor`)).json().tags).toEqual([]);
    expect((await call(t.app, w.key, 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['Reviewed'] })).statusCode).toBe(200);
    expect((await call(t.app, w.key, 'PATCH', `/api/v1/responses/${r.id}`, { tags: ['Reviewed', 'call back'] })).statusCode).toBe(200);
    await worker.drain();
    expect(await evaluations()).toBe(evaluated);
    expect((await call(t.app, w.key, 'GET', `/api/v1/responses/${r.id}`)).json().tags).toEqual(['Reviewed', 'call back']);
    const sent = await deliveries();
    expect(sent.map((d) => [d.type, d.data.tags])).toEqual([
      ['response.updated', []],
      ['response.updated', ['Reviewed']],
      ['response.updated', ['Reviewed', 'call back']],
    ]);
    // adding a tag it has already changes nothing and announces nothing
    await call(t.app, w.key, 'POST', `/api/v1/responses/${r.id}/tags`, { tags: ['reviewed'] });
    expect(await deliveries()).toHaveLength(3);

    // whereas a change of what the customer said runs the rules again (the control: this test can see a run)
    expect((await call(t.app, w.key, 'PATCH', `/api/v1/responses/${r.id}`, { comment: 'Rude staff, twice' })).statusCode).toBe(200);
    expect(await evaluations()).toBe(evaluated + 1);
    await worker.drain();
    expect((await call(t.app, w.key, 'GET', `/api/v1/responses/${r.id}`)).json().tags).toEqual(['Reviewed', 'call back', 'detractor']);
  });
});
