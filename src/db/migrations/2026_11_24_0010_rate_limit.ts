/**
 * Rate-limit counters shared by every Clearloop process on one PostgreSQL database (src/http/rate-limit-store.ts):
 * with counters in each process's memory, N processes behind a load balancer would let a client try N times as many
 * passwords, or post N times as many public-feedback forms, as the limits say. One row per client and route, reused
 * window after window; expired rows are deleted now and then. With SQLite (one process) the counters are kept in
 * memory by default (CLEARLOOP_RATE_LIMITS) and this table stays empty.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    // milliseconds since the epoch; a double holds them exactly on both databases
    .addColumn('window_ends', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_window_idx').on('rate_limit').column('window_ends').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit').ifExists().execute();
}
