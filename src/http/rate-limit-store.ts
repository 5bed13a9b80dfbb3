/**
 * A @fastify/rate-limit store in the database (CLEARLOOP_RATE_LIMITS=database, the default with PostgreSQL), for
 * installations with several Clearloop processes: the plugin's default store counts in each process's memory, so
 * behind a load balancer a client would get the login, survey-page, public-feedback and widget budgets once per
 * process. Here every process counts in one row per route
 * and client (table rate_limit), with one statement per request:
 *
 *   INSERT … ON CONFLICT (key) DO UPDATE: a window that has ended starts again at 1, else hits + 1; RETURNING both.
 *
 * PostgreSQL locks the row for the update, so concurrent requests from several processes each get their own count.
 * Fixed windows, as the in-memory store's (its continueExceeding / exponentialBackoff options are not used by
 * Clearloop and not supported here). Rows of ended windows are deleted by about one request in CLEANUP_EVERY.
 */
import { createHash } from 'node:crypto';
import type { FastifyRateLimitOptions, FastifyRateLimitStore } from '@fastify/rate-limit';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/tables.ts';

/** Keys longer than this are stored as their SHA-256 (a key holds client input: an address, an email, a slug). */
const MAX_KEY = 200;

function rowKey(key: string): string {
  return key.length > MAX_KEY ? `sha256:${createHash('sha256').update(key).digest('hex')}` : key;
}

/** About one request in this many also deletes the rows of windows that ended over a minute ago. */
const CLEANUP_EVERY = 500;

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

export function databaseRateLimitStore(db: Kysely<DB>): new (options: FastifyRateLimitOptions) => FastifyRateLimitStore {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number, _max: number): void {
      const now = Date.now();
      hit(db, rowKey(this.prefix + key), now, timeWindow).then(
        (row) => callback(null, { current: row.hits, ttl: Math.max(0, row.windowEnds - now) }),
        (err: unknown) => callback(asError(err)),
      );
      if (Math.random() * CLEANUP_EVERY < 1) void db.deleteFrom('rate_limit').where('window_ends', '<', now - 60_000).execute().catch(() => {});
    }

    read(key: string, callback: Callback): void {
      const now = Date.now();
      db.selectFrom('rate_limit')
        .select(['hits', 'window_ends'])
        .where('key', '=', rowKey(this.prefix + key))
        .executeTakeFirst()
        .then(
          (row) => callback(null, row && Number(row.window_ends) > now ? { current: row.hits, ttl: Number(row.window_ends) - now } : { current: 0, ttl: 0 }),
          (err: unknown) => callback(asError(err)),
        );
    }

    /** Each route counts apart, as with the in-memory store: the key starts with the route's method and URL. */
    child(routeOptions: { method?: unknown; url?: unknown; routeInfo?: { method?: unknown; url?: unknown } }): FastifyRateLimitStore {
      const info = routeOptions.routeInfo ?? routeOptions;
      // a limiter made with createRateLimit() has no route: its keys say what they count ("delighted:…")
      const route = info.method && info.url ? `${String(info.method)} ${String(info.url)} ` : 'limiter ';
      return new DatabaseRateLimitStore({}, this.prefix + route);
    }
  }
  return DatabaseRateLimitStore as unknown as new (options: FastifyRateLimitOptions) => FastifyRateLimitStore;
}

/** Counts one request of `key` in its current window (a new window when the last one has ended). */
async function hit(db: Kysely<DB>, key: string, now: number, windowMs: number): Promise<{ hits: number; windowEnds: number }> {
  const ends = now + windowMs;
  const row = await db
    .insertInto('rate_limit')
    .values({ key, hits: 1, window_ends: ends })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limit.window_ends <= ${now} then 1 else rate_limit.hits + 1 end`,
        window_ends: sql<number>`case when rate_limit.window_ends <= ${now} then ${ends} else rate_limit.window_ends end`,
      }),
    )
    .returning(['hits', 'window_ends'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowEnds: Number(row.window_ends) };
}
