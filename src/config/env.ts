/**
 * The only place that reads process.env. Every setting is validated at start-up and all problems are reported
 * together, so an operator fixes a bad deployment in one pass.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Config {
  /** TCP port the HTTP server listens on. */
  readonly port: number;
  /** Interface to bind; 0.0.0.0 for all. */
  readonly host: string;
  /** Folder for the SQLite file and the generated secret. */
  readonly dataDir: string;
  /** postgres:// URL; when set, PostgreSQL replaces the embedded SQLite database. */
  readonly databaseUrl: string | undefined;
  /** Secret for signing (links, cookies). Generated into the data folder when absent. */
  readonly secret: string;
  /** Log level for the HTTP server (pino). */
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Public base URL used in printed links; defaults to http://HOST:PORT. */
  readonly publicUrl: string;
  /** smtp:// or smtps:// URL of the mail server; without it emails are not sent (sends fail with a clear error). */
  readonly smtpUrl: string | undefined;
  /** From address of survey emails. */
  readonly mailFrom: string;
  /**
   * Behind a reverse proxy: which proxies to trust for X-Forwarded-For (so rate limits see the client's address).
   * false (default), true (any), a hop count, or comma-separated addresses/CIDRs.
   */
  readonly trustProxy: boolean | number | string;
  /**
   * Where rate-limit counters live: 'database' (default with PostgreSQL: every process of the installation counts
   * together) or 'memory' (default with SQLite, one process; each process counts alone).
   */
  readonly rateLimits: 'memory' | 'database';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Parses an environment map into a Config, or throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];

  let port = 3000;
  if (env.PORT !== undefined && env.PORT !== '') {
    const n = Number(env.PORT);
    if (!Number.isInteger(n) || n < 0 || n > 65535) problems.push(`PORT must be an integer 0–65535, got "${env.PORT}"`);
    else port = n;
  }

  const host = env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1';
  const dataDir = path.resolve(env.CLEARLOOP_DATA_DIR && env.CLEARLOOP_DATA_DIR !== '' ? env.CLEARLOOP_DATA_DIR : './data');

  let databaseUrl: string | undefined;
  if (env.DATABASE_URL && env.DATABASE_URL !== '') {
    try {
      const u = new URL(env.DATABASE_URL);
      if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        problems.push(`DATABASE_URL must be a postgres:// URL, got protocol "${u.protocol}"`);
      } else databaseUrl = env.DATABASE_URL;
    } catch {
      problems.push('DATABASE_URL is not a valid URL');
    }
  }

  let logLevel: Config['logLevel'] = 'warn';
  if (env.LOG_LEVEL) {
    if ((LOG_LEVELS as readonly string[]).includes(env.LOG_LEVEL)) logLevel = env.LOG_LEVEL as Config['logLevel'];
    else problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }

  let secret = env.CLEARLOOP_SECRET ?? '';
  if (secret !== '' && secret.length < 32) problems.push('CLEARLOOP_SECRET must be at least 32 characters');

  let publicUrl = env.CLEARLOOP_PUBLIC_URL ?? '';
  if (publicUrl !== '') {
    try {
      publicUrl = new URL(publicUrl).toString().replace(/\/$/, '');
    } catch {
      problems.push('CLEARLOOP_PUBLIC_URL is not a valid URL');
    }
  }

  let smtpUrl: string | undefined;
  if (env.SMTP_URL && env.SMTP_URL !== '') {
    try {
      const u = new URL(env.SMTP_URL);
      if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') problems.push(`SMTP_URL must be an smtp:// or smtps:// URL, got protocol "${u.protocol}"`);
      else smtpUrl = env.SMTP_URL;
    } catch {
      problems.push('SMTP_URL is not a valid URL');
    }
  }
  let trustProxy: boolean | number | string = false;
  const tp = env.CLEARLOOP_TRUST_PROXY?.trim();
  if (tp) {
    if (tp === 'true' || tp === 'false') trustProxy = tp === 'true';
    else if (/^\d+$/.test(tp)) trustProxy = Number(tp);
    else if (/^[0-9a-fA-F.:/,\s]+$/.test(tp)) trustProxy = tp;
    else problems.push(`CLEARLOOP_TRUST_PROXY must be true, false, a hop count or addresses/CIDRs, got "${tp}"`);
  }
  let rateLimits: 'memory' | 'database' = databaseUrl ? 'database' : 'memory';
  const rl = env.CLEARLOOP_RATE_LIMITS?.trim();
  if (rl) {
    if (rl === 'memory' || rl === 'database') rateLimits = rl;
    else problems.push(`CLEARLOOP_RATE_LIMITS must be memory or database, got "${rl}"`);
  }
  const mailFrom = env.CLEARLOOP_MAIL_FROM && env.CLEARLOOP_MAIL_FROM !== '' ? env.CLEARLOOP_MAIL_FROM : 'Clearloop <no-reply@localhost>';

  if (problems.length > 0) throw new ConfigError(problems);

  if (secret === '') secret = overrides.secret ?? readOrCreateSecret(dataDir);
  if (publicUrl === '') publicUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;

  return Object.freeze({ port, host, dataDir, databaseUrl, secret, logLevel, publicUrl, smtpUrl, mailFrom, trustProxy, rateLimits, ...overrides });
}

/** Keeps a generated secret in the data folder so sessions and signed links survive restarts. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
