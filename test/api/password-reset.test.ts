/**
 * Forgot password: POST /api/session/password-reset emails a link (real SMTP server, test/smtp.ts) and answers the
 * same whether or not an account has the address; POST /api/session/password-reset/confirm sets the new password
 * with the link's token, once, within the hour, and ends the user's sessions. Without SMTP_URL: 503.
 */
import { createHash } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';

const PUBLIC_URL = 'http://clearloop.test';
const LINK = /http:\/\/clearloop\.test\/reset-password\?token=([A-Za-z0-9_-]+)/;

describe.each(DIALECTS)('%s: password reset by email', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let ws: TestWorkspace;
  let ip = 0;

  // each test asks from its own client address, so that the rate limit (per address and email) is tested on its own
  const ask = (email: string, remoteAddress = `192.0.2.${++ip}`) =>
    t.app.inject({ method: 'POST', url: '/api/session/password-reset', payload: { email }, remoteAddress });
  const confirm = (token: string, newPassword: string, remoteAddress = `198.18.0.${++ip}`) =>
    t.app.inject({ method: 'POST', url: '/api/session/password-reset/confirm', payload: { token, newPassword }, remoteAddress });
  const canLogIn = async (email: string, password: string) => (await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { email, password }, remoteAddress: `203.0.113.${++ip % 250}` })).statusCode === 200;
  const mailsTo = (email: string): ParsedMail[] => smtp.messages.filter((m) => m.to && 'text' in m.to && m.to.text.includes(email));
  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field);

  async function newUser(name = 'Ann'): Promise<{ id: string; email: string; password: string }> {
    const email = `${unique('reset')}@example.com`;
    const m = await t.ctx.workspaces.addMember(ws.auth, { email, name, role: 'agent', password: 'old password 1' });
    return { id: m.id, email, password: 'old password 1' };
  }

  /** Asks for a link for `email` and returns the token of the email that arrives. */
  async function linkFor(email: string): Promise<string> {
    const before = mailsTo(email).length;
    expect((await ask(email)).statusCode).toBe(204);
    await t.ctx.passwordResets.idle();
    const mails = mailsTo(email);
    expect(mails.length).toBe(before + 1);
    return LINK.exec(mails.at(-1)!.text ?? '')![1]!;
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { SMTP_URL: smtp.url, CLEARLOOP_PUBLIC_URL: PUBLIC_URL });
    ws = await createWorkspace(t.ctx);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('answers 204 for a known and an unknown email alike, and emails only the known one a link that works for an hour', async () => {
    const user = await newUser('Ann <b>Agent</b>');
    const nobody = `${unique('nobody')}@example.com`;
    const unknown = await ask(nobody);
    const known = await ask(`  ${user.email.toUpperCase()} `);
    expect(unknown.statusCode).toBe(204);
    expect(known.statusCode).toBe(204);
    expect(unknown.body).toBe('');
    expect(known.body).toBe('');
    await t.ctx.passwordResets.idle();
    expect(mailsTo(nobody)).toEqual([]);
    const [mail, ...more] = mailsTo(user.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Reset your Clearloop password');
    const text = mail!.text ?? '';
    const token = LINK.exec(text)?.[1];
    expect(token, text).toBeDefined();
    expect(Buffer.from(token!, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(text).toMatch(/expires in an hour/);
    expect(text).toMatch(/did not ask for this, you can ignore this email/);
    const htmlPart = String(mail!.html);
    expect(htmlPart).toContain(`href="${PUBLIC_URL}/reset-password?token=${token}"`);
    expect(htmlPart).toContain('Ann &lt;b&gt;Agent&lt;/b&gt;');
    expect(htmlPart).toMatch(/expires in an hour/);

    // only the token's SHA-256 is stored, with an expiry an hour after it was made
    const rows = await t.ctx.database.db.selectFrom('password_reset').selectAll().where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.token_hash).toBe(createHash('sha256').update(token!).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token!);
    expect(row.used_at).toBeNull();
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(3_600_000);
  });

  it("sets the new password with the link's token, once, and ends all the user's sessions (and only theirs)", async () => {
    const user = await newUser();
    const s1 = await login(t.app, user.email, user.password);
    const s2 = await login(t.app, user.email, user.password);
    const owner = await login(t.app, ws.ownerEmail, ws.password);
    const token = await linkFor(user.email);

    const ok = await confirm(token, 'a brand new password');
    expect(ok.statusCode, ok.body).toBe(204);
    for (const s of [s1, s2]) expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: owner.cookie } })).statusCode).toBe(200);
    expect(await canLogIn(user.email, user.password)).toBe(false);
    expect(await canLogIn(user.email, 'a brand new password')).toBe(true);
    const row = await t.ctx.database.db.selectFrom('password_reset').select('used_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.used_at).not.toBeNull();

    const again = await confirm(token, 'yet another password');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('validation_error');
    expect(fieldsOf(again)).toEqual(['token']);
    expect(again.json().error.message).toMatch(/^token: /);
    expect(await canLogIn(user.email, 'a brand new password')).toBe(true);
  });

  it('refuses a made-up token and an expired one naming token, and a weak password naming newPassword', async () => {
    const user = await newUser();
    for (const made of ['not-a-token', 'A'.repeat(43)]) {
      const res = await confirm(made, 'a good new password');
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['token']);
    }

    const expired = await linkFor(user.email);
    const past = new Date(Date.now() - 1000).toISOString();
    const hash = createHash('sha256').update(expired).digest('hex');
    await t.ctx.database.db.updateTable('password_reset').set({ expires_at: past }).where('token_hash', '=', hash).execute();
    const late = await confirm(expired, 'a good new password');
    expect(late.statusCode).toBe(400);
    expect(fieldsOf(late)).toEqual(['token']);
    expect(late.json().error.message).toMatch(/expired/);
    expect(await canLogIn(user.email, user.password)).toBe(true);

    // a weak password uses nothing up: the link still works with a good one
    const token = await linkFor(user.email);
    const weak = await confirm(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(fieldsOf(weak)).toEqual(['newPassword']);
    expect(weak.json().error.message).toMatch(/at least 8 characters/);
    // both wrong: both named
    const both = await confirm('not-a-token', 'short');
    expect(fieldsOf(both).sort()).toEqual(['newPassword', 'token']);
    // refused by the schema: named too
    const tooLong = await confirm(token, 'x'.repeat(201));
    expect(tooLong.statusCode).toBe(400);
    expect(JSON.stringify(tooLong.json().error)).toContain('newPassword');
    const missing = await t.app.inject({ method: 'POST', url: '/api/session/password-reset/confirm', payload: { newPassword: 'a good new password' } });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json().error)).toContain('token');
    expect((await confirm(token, 'a good new password')).statusCode).toBe(204);
    expect(await canLogIn(user.email, 'a good new password')).toBe(true);
  });

  it('keeps older links working when another is asked for, and ends them all once the password is set', async () => {
    const user = await newUser();
    const first = await linkFor(user.email);
    const second = await linkFor(user.email);
    expect((await confirm(first, 'password from the first link')).statusCode).toBe(204);
    const other = await confirm(second, 'password from the second link');
    expect(other.statusCode).toBe(400);
    expect(fieldsOf(other)).toEqual(['token']);

    // a password change ends the outstanding links too
    const third = await linkFor(user.email);
    const s = await login(t.app, user.email, 'password from the first link');
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { currentPassword: 'password from the first link', newPassword: 'changed by hand' },
    });
    expect(change.statusCode, change.body).toBe(204);
    expect(fieldsOf(await confirm(third, 'password from the third link'))).toEqual(['token']);
    expect(await canLogIn(user.email, 'changed by hand')).toBe(true);
  });

  it('lets one link set the password once when it is used twice at the same time', async () => {
    const user = await newUser();
    const token = await linkFor(user.email);
    const codes = (await Promise.all([confirm(token, 'racing password one'), confirm(token, 'racing password two')])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([204, 400]);
  });

  it('sends at most 5 links per user per hour, whoever asks', async () => {
    const user = await newUser();
    for (let i = 0; i < 7; i++) expect((await ask(user.email)).statusCode).toBe(204);
    await t.ctx.passwordResets.idle();
    expect(mailsTo(user.email)).toHaveLength(5);
  });

  it('rate-limits asking like logging in: 429 after 10 tries per client address and email', async () => {
    const email = `${unique('guess')}@example.com`;
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await ask(email, '198.51.100.7')).statusCode);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(204));
    expect(codes[10]).toBe(429);
    expect((await ask(email, '198.51.100.7')).json().error.code).toBe('rate_limited');
    // another address, or another email from this address, is not held back
    expect((await ask(email, '198.51.100.8')).statusCode).toBe(204);
    expect((await ask(`${unique('other')}@example.com`, '198.51.100.7')).statusCode).toBe(204);

    const tries: number[] = [];
    for (let i = 0; i < 11; i++) tries.push((await confirm(`guess-${i}`, 'a good new password', '198.51.100.9')).statusCode);
    expect(tries.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(tries[10]).toBe(429);
  });

  it('refuses a malformed request naming the field', async () => {
    for (const payload of [{}, { email: 7 }, { email: 'a@example.com', extra: 1 }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/session/password-reset', payload, remoteAddress: `192.0.2.${++ip}` });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('validation_error');
    }
  });

  it('answers 503 naming SMTP_URL and the CLI when the server cannot send email, the same for every address', async () => {
    const noMail = await createTestApp(dialect);
    try {
      const known = await noMail.app.inject({ method: 'POST', url: '/api/session/password-reset', payload: { email: ws.ownerEmail } });
      const unknown = await noMail.app.inject({ method: 'POST', url: '/api/session/password-reset', payload: { email: `${unique('nobody')}@example.com` } });
      expect(known.statusCode).toBe(503);
      expect(unknown.statusCode).toBe(503);
      expect(known.body).toBe(unknown.body);
      expect(known.json().error.code).toBe('unavailable');
      expect(known.json().error.message).toMatch(/SMTP_URL/);
      expect(known.json().error.message).toMatch(/clearloop user password/);
      await noMail.ctx.passwordResets.idle();
    } finally {
      await noMail.close();
    }
  });

  it('documents both routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, { post?: { requestBody?: unknown; responses: Record<string, unknown> } }> };
    const reset = doc.paths['/api/session/password-reset']?.post;
    const confirmOp = doc.paths['/api/session/password-reset/confirm']?.post;
    expect(Object.keys(reset!.responses)).toEqual(expect.arrayContaining(['204', '400', '429', '503']));
    expect(Object.keys(confirmOp!.responses)).toEqual(expect.arrayContaining(['204', '400', '429']));
    expect(JSON.stringify(reset!.requestBody)).toContain('email');
    expect(JSON.stringify(confirmOp!.requestBody)).toMatch(/token[\s\S]*newPassword/);
  });
});
