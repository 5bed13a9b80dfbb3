import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

describe.each(DIALECTS)('%s: sessions, roles and API keys', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  const as = (s: { cookie: string; csrf: string }, withCsrf = true) => ({ cookie: s.cookie, ...(withCsrf ? { 'x-csrf-token': s.csrf } : {}) });

  it('requires credentials', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/surveys' })).statusCode).toBe(401);
    expect((await call(t.app, 'cl_nope_nope', 'GET', '/api/v1/surveys')).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/surveys', headers: { authorization: 'Basic abc' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('logs in with a secure cookie, needs the CSRF token to change things, and logs out', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { email: ws.ownerEmail, password: 'wrong password' } });
    expect(bad.statusCode).toBe(401);
    const s = await login(t.app, ws.ownerEmail.toUpperCase(), ws.password);
    const res = await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { email: ws.ownerEmail, password: ws.password } });
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
    expect(s.body).toMatchObject({ role: 'owner', workspace: { id: ws.workspaceId } });
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: as(s) });
    expect(me.json().user.email).toBe(ws.ownerEmail);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/surveys', headers: as(s, false), payload: { name: 'x', kind: 'nps' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.message).toMatch(/CSRF/);
    const withCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/surveys', headers: as(s), payload: { name: 'x', kind: 'nps' } });
    expect(withCsrf.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/session/logout', headers: as(s) })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: as(s) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/surveys', headers: as(s) })).statusCode).toBe(401);
  });

  it('changes the password and ends the other sessions', async () => {
    const w = await createWorkspace(t.ctx);
    const s1 = await login(t.app, w.ownerEmail, w.password);
    const s2 = await login(t.app, w.ownerEmail, w.password);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session/password', headers: as(s1), payload: { currentPassword: 'nope nope', newPassword: 'a new password' } });
    expect(wrong.json().error.fields[0].field).toBe('currentPassword');
    const short = await t.app.inject({ method: 'POST', url: '/api/session/password', headers: as(s1), payload: { currentPassword: w.password, newPassword: 'short' } });
    expect(short.json().error.fields[0].field).toBe('newPassword');
    const ok = await t.app.inject({ method: 'POST', url: '/api/session/password', headers: as(s1), payload: { currentPassword: w.password, newPassword: 'a new password' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: as(s2) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: as(s1) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { email: w.ownerEmail, password: w.password } })).statusCode).toBe(401);
    await login(t.app, w.ownerEmail, 'a new password');
  });

  it('rate-limits login attempts', async () => {
    const email = `${unique('victim')}@example.com`;
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { email, password: `guess-${i}` } })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[11]).toBe(429);
  });

  it('enforces roles: viewers and agents read, managers write, admins manage members and keys', async () => {
    const w = await createWorkspace(t.ctx);
    const owner = await login(t.app, w.ownerEmail, w.password);
    const users: Record<string, { cookie: string; csrf: string }> = {};
    for (const role of ['admin', 'manager', 'agent', 'viewer']) {
      const email = `${unique(role)}@example.com`;
      const add = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: as(owner), payload: { email, role, password: 'password-123' } });
      expect(add.statusCode).toBe(201);
      users[role] = await login(t.app, email, 'password-123');
    }
    const tryCreate = (s: { cookie: string; csrf: string }) => t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: as(s), payload: { name: unique('team') } });
    expect((await tryCreate(users.viewer!)).statusCode).toBe(403);
    expect((await tryCreate(users.agent!)).statusCode).toBe(403);
    expect((await tryCreate(users.manager!)).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: as(users.viewer!) })).statusCode).toBe(200);
    const keyByManager = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: as(users.manager!), payload: { name: 'k', scope: 'read' } });
    expect(keyByManager.statusCode).toBe(403);
    const keyByAdmin = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: as(users.admin!), payload: { name: 'k', scope: 'read' } });
    expect(keyByAdmin.statusCode).toBe(201);
    const grantOwner = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: as(users.admin!), payload: { email: `${unique('o')}@example.com`, role: 'owner', password: 'password-123' } });
    expect(grantOwner.statusCode).toBe(403);
    const demoteLastOwner = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${w.ownerId}`, headers: as(owner), payload: { role: 'viewer' } });
    expect(demoteLastOwner.statusCode).toBe(409);
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: as(owner), payload: { email: w.ownerEmail, role: 'viewer' } });
    expect(dup.statusCode).toBe(409);
    const badRole = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: as(owner), payload: { email: 'z@example.com', role: 'king', password: 'password-123' } });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields[0].field).toBe('role');
  });

  it('scopes, revokes and tracks API keys; the key is shown once and stored hashed', async () => {
    const w = await createWorkspace(t.ctx);
    const owner = await login(t.app, w.ownerEmail, w.password);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: as(owner), payload: { name: 'CRM sync', scope: 'write' } });
    expect(created.statusCode).toBe(201);
    const { key, apiKey } = created.json();
    expect(key).toMatch(/^cl_[0-9a-f]{8}_/);
    const stored = await t.ctx.database.db.selectFrom('api_key').selectAll().where('id', '=', apiKey.id).executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key.slice(12));
    expect(JSON.stringify(stored)).not.toContain(key);
    expect((await call(t.app, key, 'POST', '/api/v1/teams', { name: 'via key' })).statusCode).toBe(201);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: as(owner) })).json().data;
    const mine = listed.find((k: { id: string }) => k.id === apiKey.id);
    expect(mine.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(key);
    const readOnly = await call(t.app, w.readKey, 'POST', '/api/v1/teams', { name: 'nope' });
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.json().error.message).toBe('An API key with scope "read" may not change data here: that takes a write API key, or an owner, admin or manager');
    expect((await call(t.app, w.readKey, 'GET', '/api/v1/teams')).statusCode).toBe(200);
    expect((await call(t.app, key, 'GET', '/api/v1/api-keys')).statusCode).toBe(403);
    // what keys may never do says who may, whatever the resource (not "may not manage members" for a webhook)
    const hook = await call(t.app, key, 'POST', '/api/v1/webhooks', { url: 'https://example.com/hook', events: ['response.created'] });
    expect(hook.statusCode).toBe(403);
    expect(hook.json().error.message).toMatch(/^An API key with scope "write" may not do this: it takes an owner's or admin's session/);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${apiKey.id}`, headers: as(owner) })).statusCode).toBe(204);
    expect((await call(t.app, key, 'GET', '/api/v1/teams')).statusCode).toBe(401);
  });

  it('serves first-run setup only while no user exists', async () => {
    const setup = (await t.app.inject({ method: 'GET', url: '/api/setup' })).json();
    expect(setup.needed).toBe(false); // this database already has users
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { workspace: 'X', email: 'x@example.com', password: 'password-123' } });
    expect(res.statusCode).toBe(409);
  });
});

describe('behind a trusted reverse proxy', () => {
  it('limits login attempts per client address from X-Forwarded-For', async () => {
    const t = await createTestApp('sqlite', { CLEARLOOP_TRUST_PROXY: 'true' });
    try {
      const attempt = (ip: string) =>
        t.app.inject({ method: 'POST', url: '/api/session/login', headers: { 'x-forwarded-for': ip }, payload: { email: 'who@example.com', password: 'guess guess' } });
      for (let i = 0; i < 10; i++) expect((await attempt('203.0.113.7')).statusCode).toBe(401);
      expect((await attempt('203.0.113.7')).statusCode).toBe(429);
      // Another client behind the same proxy is not locked out.
      expect((await attempt('198.51.100.9')).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe('first-run setup on an empty database', () => {
  it('creates the workspace and owner and logs in', async () => {
    const t = await createTestApp('sqlite');
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
      const bad = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { workspace: 'Acme', email: 'not-an-email', password: 'password-123' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('email');
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
      const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { workspace: 'Acme', name: 'Ada', email: 'ada@acme.example', password: 'password-123' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'owner', workspace: { name: 'Acme', slug: 'acme' }, user: { name: 'Ada' } });
      expect(res.headers['set-cookie']).toBeDefined();
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
    } finally {
      await t.close();
    }
  });
});
