import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

describe('configuration', () => {
  it('uses defaults and generates a secret kept in the data folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cl-env-'));
    const c = loadConfig({ CLEARLOOP_DATA_DIR: dir });
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'secret'), 'utf8').trim()).toBe(c.secret);
    expect(loadConfig({ CLEARLOOP_DATA_DIR: dir }).secret).toBe(c.secret);
  });

  it('lists every problem at once', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', CLEARLOOP_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/CLEARLOOP_SECRET/);
    expect(problems).toMatch(/LOG_LEVEL/);
  });

  it('reads which reverse proxies to trust', () => {
    const base = { CLEARLOOP_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base).trustProxy).toBe(false);
    expect(loadConfig({ ...base, CLEARLOOP_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ ...base, CLEARLOOP_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, CLEARLOOP_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(() => loadConfig({ ...base, CLEARLOOP_TRUST_PROXY: 'everyone' })).toThrow(/CLEARLOOP_TRUST_PROXY/);
  });

  it('counts rate limits in the database by default with PostgreSQL, in memory with SQLite', () => {
    const base = { CLEARLOOP_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base).rateLimits).toBe('memory');
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://db.example/clearloop' }).rateLimits).toBe('database');
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://db.example/clearloop', CLEARLOOP_RATE_LIMITS: 'memory' }).rateLimits).toBe('memory');
    expect(loadConfig({ ...base, CLEARLOOP_RATE_LIMITS: 'database' }).rateLimits).toBe('database');
    expect(() => loadConfig({ ...base, CLEARLOOP_RATE_LIMITS: 'redis' })).toThrow(/CLEARLOOP_RATE_LIMITS must be memory or database/);
  });

  it('switches to PostgreSQL with a postgres URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', CLEARLOOP_SECRET: 'x'.repeat(40) });
    expect(c.databaseUrl).toBe('postgres://u@h:5432/db');
  });
});
