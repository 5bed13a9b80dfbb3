/**
 * Test harness: real databases (SQLite in memory, PostgreSQL from global-setup), the real app in-process, and
 * factories that give each test its own workspace so tests never need to clean up after each other.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type AppContext, createContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config/env.ts';
import { type Dialect, openDatabase } from '../src/db/create-db.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { buildApp } from '../src/http/app.ts';
import type { Auth } from '../src/modules/auth/policy.ts';

export const DIALECTS = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

export function pgUrl(): string {
  return inject('pgUrl');
}

export async function createTestContext(dialect: Dialect, env: Record<string, string> = {}): Promise<AppContext> {
  // Each test app counts its own rate limits (as separate installations would), although the test files share one
  // PostgreSQL database; test/api/rate-limit-store.test.ts checks the shared counters.
  const config = loadConfig({ CLEARLOOP_SECRET: 'test-secret-test-secret-test-secret-0000', CLEARLOOP_DATA_DIR: '/tmp/clearloop-test-unused', CLEARLOOP_RATE_LIMITS: 'memory', ...env });
  const database = dialect === 'postgres' ? openDatabase({ databaseUrl: pgUrl(), poolSize: 4 }) : openDatabase({ sqliteFile: ':memory:' });
  if (dialect === 'sqlite') await migrateToLatest(database.db);
  return createContext(config, database);
}

export interface TestApp {
  ctx: AppContext;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const ctx = await createTestContext(dialect, env);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    ctx,
    app,
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

export interface TestWorkspace {
  workspaceId: string;
  ownerId: string;
  ownerEmail: string;
  password: string;
  auth: Auth;
  /** An API key with write scope. */
  key: string;
  /** An API key with read scope. */
  readKey: string;
}

export async function createWorkspace(ctx: AppContext): Promise<TestWorkspace> {
  const ownerEmail = `${unique('owner')}@example.com`;
  const password = 'correct horse battery';
  const { workspace, userId } = await ctx.workspaces.createWithOwner({ workspace: unique('ws'), email: ownerEmail, password });
  const auth: Auth = { workspaceId: workspace.id, via: 'session', role: 'owner', scope: 'write', userId, apiKeyId: null };
  const { key } = await ctx.apiKeys.createForWorkspace(workspace.id, 'test write', 'write');
  const { key: readKey } = await ctx.apiKeys.createForWorkspace(workspace.id, 'test read', 'read');
  return { workspaceId: workspace.id, ownerId: userId, ownerEmail, password, auth, key, readKey };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Calls the app with a bearer key. */
export async function call(app: FastifyInstance, key: string, method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
}

export async function createSurvey(app: FastifyInstance, key: string, kind: 'nps' | 'csat' | 'ces' = 'nps', extra: Record<string, unknown> = {}): Promise<string> {
  const res = await call(app, key, 'POST', '/api/v1/surveys', { name: unique('survey'), kind, ...extra });
  if (res.statusCode !== 201) throw new Error(`survey create failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Logs in through the API and returns the cookie and CSRF token of the new session. */
export async function login(app: FastifyInstance, email: string, password: string): Promise<{ cookie: string; csrf: string; body: Record<string, unknown> }> {
  const res = await app.inject({ method: 'POST', url: '/api/session/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
  const body = res.json() as Record<string, unknown>;
  return { cookie: raw.split(';')[0]!, csrf: body.csrfToken as string, body };
}
