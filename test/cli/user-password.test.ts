/**
 * `clearloop user password`: the server operator sets a user's password (the real command, on both databases). The
 * password comes from --password or from standard input, is checked by the usual rules, is never printed, and the
 * user's sessions end.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, createContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/create-db.ts';
import { buildApp } from '../../src/http/app.ts';
import { DIALECTS, pgUrl, unique } from '../harness.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/clearloop.js');

describe.each(DIALECTS)('%s: clearloop user password', (dialect) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cl-user-'));
  const email = `${unique('lost')}@example.com`;
  let env: NodeJS.ProcessEnv;
  let ctx: AppContext;
  let app: FastifyInstance;

  /** Runs the command; `stdin` is written to its standard input (a pipe, as `printf … | clearloop …`). */
  const cli = async (args: string[], stdin = '') => {
    const p = run(process.execPath, [BIN, ...args], { env, cwd: dir });
    p.child.stdin!.end(stdin);
    try {
      const r = await p;
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  const canLogIn = async (password: string) => (await app.inject({ method: 'POST', url: '/api/session/login', payload: { email, password } })).statusCode === 200;

  beforeAll(async () => {
    env = { PATH: process.env.PATH, CLEARLOOP_DATA_DIR: path.join(dir, 'data'), ...(dialect === 'postgres' ? { DATABASE_URL: pgUrl() } : {}) };
    const setup = await cli(['setup', '--workspace', unique('Lost Co'), '--email', email, '--password', 'first password']);
    expect(setup.code, setup.stderr).toBe(0);
    const database = dialect === 'postgres' ? openDatabase({ databaseUrl: pgUrl() }) : openDatabase({ sqliteFile: path.join(dir, 'data', 'clearloop.db') });
    ctx = createContext(loadConfig({ CLEARLOOP_SECRET: 'x'.repeat(40), CLEARLOOP_RATE_LIMITS: 'memory' }), database);
    app = await buildApp(ctx);
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  it('prints its help', async () => {
    const help = await cli(['user', 'password', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: clearloop user password/);
    expect(help.stdout).toMatch(/--email <email>/);
    expect(help.stdout).toMatch(/standard input/);
  });

  it('sets a password given with --password that then logs in, ending the user’s sessions, and never prints it', { timeout: 60_000 }, async () => {
    expect(await canLogIn('first password')).toBe(true);
    const user = (await ctx.workspaces.findUserByEmail(email))!;
    const session = await ctx.sessions.create(user.id, null);
    const res = await cli(['user', 'password', '--email', email.toUpperCase(), '--password', 'set by the operator']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^Password set for ${email.replace(/[.]/g, '\\.')}; \\d+ sessions? ended\\.\\n$`));
    expect(`${res.stdout}${res.stderr}`).not.toContain('set by the operator');
    expect(await ctx.sessions.get(session.token)).toBeNull();
    expect(await canLogIn('first password')).toBe(false);
    expect(await canLogIn('set by the operator')).toBe(true);
  });

  it('reads the password from standard input when piped', { timeout: 60_000 }, async () => {
    const res = await cli(['user', 'password', '--email', email], 'piped in password\n');
    expect(res.code, res.stderr).toBe(0);
    expect(`${res.stdout}${res.stderr}`).not.toContain('piped in password');
    expect(await canLogIn('piped in password')).toBe(true);
    expect(await canLogIn('set by the operator')).toBe(false);
  });

  it('refuses an unknown email, a weak password and no password, changing nothing', { timeout: 60_000 }, async () => {
    const [unknown, weak, none] = await Promise.all([
      cli(['user', 'password', '--email', 'nobody-here@example.com', '--password', 'a long enough password']),
      cli(['user', 'password', '--email', email, '--password', 'short']),
      cli(['user', 'password', '--email', email]),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('clearloop: no user with the email nobody-here@example.com\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toBe('clearloop: password: must be at least 8 characters\n');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^clearloop: no password given/);
    expect(await canLogIn('piped in password')).toBe(true);
  });
});
