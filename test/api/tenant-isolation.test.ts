/**
 * No user or key of one workspace can read or change another workspace's data. Each resource is created in
 * workspace A and then read, listed, updated and deleted with workspace B's credentials.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: workspace isolation', (dialect) => {
  let t: TestApp;
  let a: TestWorkspace;
  let b: TestWorkspace;
  const ids: Record<string, string> = {};
  let surveyA: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await createWorkspace(t.ctx);
    b = await createWorkspace(t.ctx);
    surveyA = await createSurvey(t.app, a.key, 'nps');
    ids.surveys = surveyA;
    ids.teams = (await call(t.app, a.key, 'POST', '/api/v1/teams', { name: 'Secret team' })).json().id;
    ids.locations = (await call(t.app, a.key, 'POST', '/api/v1/locations', { name: 'Secret place' })).json().id;
    ids.employees = (await call(t.app, a.key, 'POST', '/api/v1/employees', { name: 'Secret agent', teamId: ids.teams })).json().id;
    ids.accounts = (await call(t.app, a.key, 'POST', '/api/v1/accounts', { name: 'Secret Corp' })).json().id;
    ids.people = (await call(t.app, a.key, 'POST', '/api/v1/people', { email: 'secret@a.example' })).json().id;
    ids.responses = (await call(t.app, a.key, 'POST', '/api/v1/responses', { surveyId: surveyA, score: 3, comment: 'secret comment' })).json().id;
    for (const [k, v] of Object.entries(ids)) if (!v) throw new Error(`setup failed for ${k}`);
  });
  afterAll(() => t.close());

  const resources = ['surveys', 'teams', 'locations', 'employees', 'accounts', 'people', 'responses'] as const;
  const patches: Record<string, unknown> = { surveys: { name: 'x' }, teams: { name: 'x' }, locations: { name: 'x' }, employees: { name: 'x' }, accounts: { name: 'x' }, people: { name: 'x' }, responses: { comment: 'x' } };

  it.each(resources)('%s: B cannot get, list, update or delete A’s record', async (resource) => {
    const id = ids[resource]!;
    expect((await call(t.app, b.key, 'GET', `/api/v1/${resource}/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, b.key, 'PATCH', `/api/v1/${resource}/${id}`, patches[resource])).statusCode).toBe(404);
    expect((await call(t.app, b.key, 'DELETE', `/api/v1/${resource}/${id}`)).statusCode).toBe(404);
    const list = (await call(t.app, b.key, 'GET', `/api/v1/${resource}?limit=200`)).json();
    expect(list.data.map((r: { id: string }) => r.id)).not.toContain(id);
    // A still has it, unchanged.
    const own = await call(t.app, a.key, 'GET', `/api/v1/${resource}/${id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().name ?? own.json().comment).not.toBe('x');
  });

  it('B cannot answer A’s survey, read its metrics or filter A’s responses into view', async () => {
    const post = await call(t.app, b.key, 'POST', '/api/v1/responses', { surveyId: surveyA, score: 10 });
    expect(post.statusCode).toBe(400);
    expect(post.json().error.fields[0].field).toBe('surveyId');
    expect((await call(t.app, b.key, 'GET', `/api/v1/metrics?surveyId=${surveyA}`)).statusCode).toBe(404);
    expect((await call(t.app, b.key, 'GET', `/api/v1/responses?surveyId=${surveyA}`)).json().data).toEqual([]);
    expect((await call(t.app, b.key, 'GET', `/api/v1/responses?q=secret`)).json().data).toEqual([]);
    expect((await call(t.app, a.key, 'GET', `/api/v1/metrics?surveyId=${surveyA}`)).json().total).toBe(1);
  });

  it('B cannot point its records at A’s records', async () => {
    const emp = await call(t.app, b.key, 'POST', '/api/v1/employees', { name: 'Mine', teamId: ids.teams });
    expect(emp.statusCode).toBe(400);
    expect(emp.json().error.fields[0].field).toBe('teamId');
    const person = await call(t.app, b.key, 'POST', '/api/v1/people', { email: 'x@b.example', accountId: ids.accounts });
    expect(person.statusCode).toBe(400);
    // The same name or email in two workspaces are two different records.
    expect((await call(t.app, b.key, 'POST', '/api/v1/teams', { name: 'Secret team' })).statusCode).toBe(201);
    expect((await call(t.app, b.key, 'POST', '/api/v1/people', { email: 'secret@a.example' })).statusCode).toBe(201);
  });

  it('users and API keys of B are invisible to A, and a session is bound to its workspace', async () => {
    const session = await login(t.app, b.ownerEmail, b.password);
    const cookieHeaders = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const keysB = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: cookieHeaders });
    const keysA = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: (await loginHeaders(a)) });
    const idsB = keysB.json().data.map((k: { id: string }) => k.id);
    const idsA = keysA.json().data.map((k: { id: string }) => k.id);
    expect(idsB.some((id: string) => idsA.includes(id))).toBe(false);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${idsA[0]}`, headers: cookieHeaders });
    expect(revoke.statusCode).toBe(404);
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: cookieHeaders });
    expect(users.json().data.map((u: { email: string }) => u.email)).toEqual([b.ownerEmail]);
    const removeA = await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${a.ownerId}`, headers: cookieHeaders });
    expect(removeA.statusCode).toBe(404);
    const sw = await t.app.inject({ method: 'POST', url: '/api/session/workspace', headers: cookieHeaders, payload: { workspaceId: a.workspaceId } });
    expect(sw.statusCode).toBe(404);
    const readA = await t.app.inject({ method: 'GET', url: `/api/v1/surveys/${surveyA}`, headers: cookieHeaders });
    expect(readA.statusCode).toBe(404);
  });

  async function loginHeaders(w: TestWorkspace) {
    const s = await login(t.app, w.ownerEmail, w.password);
    return { cookie: s.cookie, 'x-csrf-token': s.csrf };
  }
});
