import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

describe.each(DIALECTS)('%s: teams, locations, employees, accounts, people', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  it('does full CRUD on teams and rejects duplicate names', async () => {
    const team = (await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: ' Night shift ' })).json();
    expect(team.name).toBe('Night shift');
    expect((await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: 'Night shift' })).statusCode).toBe(409);
    const upd = await call(t.app, ws.key, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Day shift' });
    expect(upd.json().name).toBe('Day shift');
    expect((await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: '' })).statusCode).toBe(400);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: 'x'.repeat(201) })).statusCode).toBe(400);
    expect((await call(t.app, ws.key, 'DELETE', `/api/v1/teams/${team.id}`)).statusCode).toBe(204);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/teams/${team.id}`)).statusCode).toBe(404);
  });

  it('links employees to a team, a location and a user', async () => {
    const team = (await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: 'Care' })).json();
    const loc = (await call(t.app, ws.key, 'POST', '/api/v1/locations', { name: 'Lyon' })).json();
    const emp = await call(t.app, ws.key, 'POST', '/api/v1/employees', { name: 'Zoé', email: 'zoe@example.com', teamId: team.id, locationId: loc.id, userId: ws.ownerId });
    expect(emp.statusCode).toBe(201);
    expect(emp.json()).toMatchObject({ teamId: team.id, locationId: loc.id, userId: ws.ownerId });
    const list = (await call(t.app, ws.key, 'GET', `/api/v1/employees?teamId=${team.id}`)).json().data;
    expect(list.map((e: { name: string }) => e.name)).toEqual(['Zoé']);
    const badUser = await call(t.app, ws.key, 'POST', '/api/v1/employees', { name: 'Max', userId: 'someone-else' });
    expect(badUser.json().error.fields[0].field).toBe('userId');
    // Deleting the team keeps the employee, unlinked.
    await call(t.app, ws.key, 'DELETE', `/api/v1/teams/${team.id}`);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/employees/${emp.json().id}`)).json().teamId).toBeNull();
  });

  it('lets only owners, admins and write keys link users: a manager cannot make themselves a team manager', async () => {
    const email = `${unique('mgr')}@example.com`;
    const mgr = await t.ctx.workspaces.addMember(ws.auth, { email, role: 'manager', password: 'password-123' });
    const s = await login(t.app, email, 'password-123');
    const asManager = (method: 'POST' | 'PATCH', url: string, payload: object) => t.app.inject({ method, url, payload, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    const team = (await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: unique('Billing') })).json();

    // managers still keep the directory: names, teams, locations
    const own = await asManager('POST', '/api/v1/teams', { name: unique('Returns') });
    expect(own.statusCode, own.body).toBe(201);
    const emp = await asManager('POST', '/api/v1/employees', { name: unique('Eve'), teamId: team.id });
    expect(emp.statusCode, emp.body).toBe(201);

    for (const [method, url, body, field] of [
      ['PATCH', `/api/v1/teams/${team.id}`, { managerUserId: mgr.id }, 'managerUserId'],
      ['POST', '/api/v1/teams', { name: unique('Sneaky'), managerUserId: mgr.id }, 'managerUserId'],
      ['PATCH', `/api/v1/employees/${emp.json().id}`, { userId: mgr.id }, 'userId'],
      ['PATCH', `/api/v1/employees/${emp.json().id}`, { userId: null }, 'userId'],
    ] as const) {
      const res = await asManager(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.fields[0].field).toBe(field);
    }
    expect((await call(t.app, ws.key, 'GET', `/api/v1/teams/${team.id}`)).json().managerUserId).toBeNull();
    expect((await call(t.app, ws.key, 'GET', '/api/v1/teams')).json().data.some((x: { name: string }) => x.name.startsWith('Sneaky'))).toBe(false);

    // the owner (a session) may
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    const ok = await t.app.inject({ method: 'PATCH', url: `/api/v1/teams/${team.id}`, payload: { managerUserId: mgr.id }, headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().managerUserId).toBe(mgr.id);
  });

  it('clears nullable fields with an explicit null (not coerced to "" or 0)', async () => {
    const team = (await call(t.app, ws.key, 'POST', '/api/v1/teams', { name: unique('Nulls') })).json();
    const emp = (await call(t.app, ws.key, 'POST', '/api/v1/employees', { name: unique('Noor'), email: 'noor@example.com', teamId: team.id, userId: ws.ownerId })).json();
    const res = await call(t.app, ws.key, 'PATCH', `/api/v1/employees/${emp.id}`, { email: null, teamId: null, userId: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ email: null, teamId: null, userId: null });
    // a wrong type is still named, in words
    const bad = await call(t.app, ws.key, 'PATCH', `/api/v1/employees/${emp.id}`, { teamId: { id: team.id } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toEqual({ field: 'teamId', message: 'must be string or null' });
  });

  it('keeps people unique by email and external id, merging properties on update', async () => {
    const acc = (await call(t.app, ws.key, 'POST', '/api/v1/accounts', { name: 'Globex', externalId: 'A-1', properties: { seats: 50 } })).json();
    expect(acc.properties).toEqual({ seats: 50 });
    const p = await call(t.app, ws.key, 'POST', '/api/v1/people', { email: 'Kim@Example.com', externalId: 'c-1', name: 'Kim', properties: { plan: 'Pro', city: 'Oslo' }, accountId: acc.id });
    expect(p.statusCode).toBe(201);
    expect(p.json()).toMatchObject({ email: 'kim@example.com', accountId: acc.id });
    expect((await call(t.app, ws.key, 'POST', '/api/v1/people', { email: 'kim@example.com' })).statusCode).toBe(409);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/people', { externalId: 'c-1' })).statusCode).toBe(409);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/people', { name: 'Nobody' })).statusCode).toBe(400);
    const upd = await call(t.app, ws.key, 'PATCH', `/api/v1/people/${p.json().id}`, { properties: { plan: 'Basic', city: null } });
    expect(upd.json().properties).toEqual({ plan: 'Basic' });
    const found = (await call(t.app, ws.key, 'GET', '/api/v1/people?email=KIM@example.com')).json().data;
    expect(found).toHaveLength(1);
    expect((await call(t.app, ws.key, 'GET', '/api/v1/people?q=ki')).json().data.length).toBeGreaterThan(0);
    expect((await call(t.app, ws.key, 'DELETE', `/api/v1/people/${p.json().id}`)).statusCode).toBe(204);
  });

  it('publishes an OpenAPI 3 document generated from the route schemas, and browsable docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    // OpenAPI 3.0 has no type arrays: nullable fields are `nullable: true`
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/"type":\[/);
    const employee = doc.paths['/api/v1/employees/{id}'].patch.requestBody.content['application/json'].schema.properties;
    expect(employee.teamId).toMatchObject({ type: 'string', nullable: true });
    for (const p of ['/api/v1/surveys', '/api/v1/responses', '/api/v1/metrics', '/api/v1/people/{id}', '/api/v1/teams', '/api/v1/api-keys']) expect(doc.paths[p], p).toBeDefined();
    const post = doc.paths['/api/v1/surveys'].post;
    expect(post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['name', 'kind']));
    expect(Object.keys(post.responses)).toContain('201');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
    expect(docs.body).toContain('<title>Clearloop API reference</title>');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await call(t.app, ws.key, 'GET', '/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('validation messages', () => {
  it('name only the useful problem of a nullable field', async () => {
    const t = await createTestApp('sqlite');
    try {
      const ws = await createWorkspace(t.ctx);
      const res = await call(t.app, ws.key, 'POST', '/api/v1/people', { email: 'a@b.example', locale: 'klingon' });
      expect(res.statusCode).toBe(400);
      const messages = res.json().error.fields.map((f: { field: string; message: string }) => `${f.field}: ${f.message}`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^locale: must match pattern/);
    } finally {
      await t.close();
    }
  });
});
