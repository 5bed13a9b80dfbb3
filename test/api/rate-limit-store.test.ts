/**
 * Rate limits counted in the database (CLEARLOOP_RATE_LIMITS=database, the default with PostgreSQL): two app
 * instances on one database stand for two Clearloop processes behind a load balancer. With counters in memory each
 * would grant the whole budget; here they share it — one after the other, all at once, and window after window.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { databaseRateLimitStore } from '../../src/http/rate-limit-store.ts';
import { createTestApp, DIALECTS, type TestApp, unique } from '../harness.ts';

describe.each(DIALECTS)('%s: rate limits shared through the database', (dialect) => {
  let t: TestApp;
  let second: FastifyInstance;

  beforeAll(async () => {
    t = await createTestApp(dialect, { CLEARLOOP_RATE_LIMITS: 'database' });
    second = await buildApp(t.ctx);
    await second.ready();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const attempt = async (app: FastifyInstance, email: string, ip = '198.51.100.4') =>
    (await app.inject({ method: 'POST', url: '/api/session/login', remoteAddress: ip, payload: { email, password: 'wrong password' } })).statusCode;

  it('gives a client one login budget across processes', async () => {
    const email = `${unique('victim')}@example.com`;
    const codes: number[] = [];
    // 10 attempts per 5 minutes: alternating between the two processes, the 11th is refused
    for (let i = 0; i < 12; i++) codes.push(await attempt(i % 2 === 0 ? t.app : second, email));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(codes.slice(10)).toEqual([429, 429]);
    // another account, or the same account from another address, has its own budget
    expect(await attempt(second, `${unique('other')}@example.com`)).toBe(401);
    expect(await attempt(t.app, email, '198.51.100.5')).toBe(401);
  });

  it('counts requests arriving at the same moment once each', async () => {
    const email = `${unique('burst')}@example.com`;
    const codes = await Promise.all(Array.from({ length: 24 }, (_, i) => attempt(i % 2 === 0 ? t.app : second, email)));
    expect(codes.filter((c) => c === 401)).toHaveLength(10);
    expect(codes.filter((c) => c === 429)).toHaveLength(14);
  });

  it('keeps a very long key as its hash (a key holds client input)', async () => {
    const Store = databaseRateLimitStore(t.ctx.database.db);
    const store = new Store({}).child({ routeInfo: { method: 'POST', url: '/test' } } as never);
    const key = `${'x'.repeat(3000)}${unique('long')}`;
    const incr = () => new Promise<{ current: number; ttl: number }>((resolve, reject) => store.incr(key, (err, res) => (err ? reject(err) : resolve(res!)), 60_000, 10));
    expect((await incr()).current).toBe(1);
    const again = await incr();
    expect(again.current).toBe(2);
    expect(again.ttl).toBeGreaterThan(50_000);
    const rows = await t.ctx.database.db.selectFrom('rate_limit').select('key').where('key', 'like', 'sha256:%').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key.length).toBeLessThan(80);
  });

  it('starts a new window when the last one has ended, and says when to retry', async () => {
    const email = `${unique('later')}@example.com`;
    for (let i = 0; i < 10; i++) await attempt(t.app, email);
    const refused = await second.inject({ method: 'POST', url: '/api/session/login', remoteAddress: '198.51.100.4', payload: { email, password: 'x' } });
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(200); // seconds left of the 5-minute window
    expect(retryAfter).toBeLessThanOrEqual(300);
    // the window ends (as five minutes later)
    const db = t.ctx.database.db;
    const rows = await db.selectFrom('rate_limit').select(['key', 'hits']).where('key', 'like', `%${email}`).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hits).toBe(11);
    await db.updateTable('rate_limit').set({ window_ends: Date.now() - 1 }).where('key', '=', rows[0]!.key).execute();
    expect(await attempt(second, email)).toBe(401);
    expect((await db.selectFrom('rate_limit').select('hits').where('key', '=', rows[0]!.key).executeTakeFirstOrThrow()).hits).toBe(1);
  });
});
