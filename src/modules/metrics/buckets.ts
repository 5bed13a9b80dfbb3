/**
 * Keeps metric_bucket current: each scored response adds 1 to the count of its score in one row per dimension
 * it belongs to (all, team, location, employee, channel, and each scalar response property), for its survey and
 * UTC day. Updates subtract the old contribution and add the new one; deletes subtract. Metrics then sum a few
 * hundred bucket rows instead of scanning millions of responses.
 */
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../../db/create-db.ts';
import type { DB, MetricBucketTable } from '../../db/tables.ts';

const BUCKET_COLUMNS = ['workspace_id', 'survey_id', 'dim', 'dim_value', 'day', ...Array.from({ length: 11 }, (_, i) => `c${i}`)] as (keyof MetricBucketTable)[];
const UPSERT_TAIL =
  ' on conflict ("survey_id", "dim", "dim_value", "day") do update set ' +
  BUCKET_COLUMNS.slice(5)
    .map((c) => `"${c}" = metric_bucket.${c} + excluded.${c}`)
    .join(', ');
const upsertCache = new Map<string, string>();

/** INSERT … ON CONFLICT DO UPDATE for `n` bucket rows, with the dialect's placeholders. */
function upsertSql(dialect: Dialect, n: number): string {
  const key = `${dialect}:${n}`;
  let text = upsertCache.get(key);
  if (text === undefined) {
    let p = 0;
    const row = () => `(${BUCKET_COLUMNS.map(() => (dialect === 'postgres' ? `$${++p}` : '?')).join(', ')})`;
    text = `insert into "metric_bucket" (${BUCKET_COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: n }, row).join(', ')}${UPSERT_TAIL}`;
    upsertCache.set(key, text);
  }
  return text;
}

/** What of a response decides its buckets. */
export interface BucketSource {
  workspace_id: string;
  survey_id: string;
  score: number | null;
  created_at: string;
  channel: string;
  team_id: string | null;
  location_id: string | null;
  employee_id: string | null;
  properties: Record<string, unknown>;
}

export const MAX_PROPERTY_DIMS = 20;
const MAX_PROPERTY_VALUE_LENGTH = 100;

/** Collects count changes for many responses, merging those that land in the same bucket. */
export class BucketDeltas {
  private readonly deltas = new Map<string, { row: Omit<MetricBucketTable, `c${number}`>; counts: number[] }>();

  add(src: BucketSource, sign: 1 | -1): void {
    const score = src.score;
    if (score === null) return;
    const day = src.created_at.slice(0, 10);
    // The (dim, dim_value) pairs a response counts in: all, its channel, team, location and employee, and up to
    // MAX_PROPERTY_DIMS scalar properties (short values only). Bumped one by one without building a list: this
    // runs for every response written.
    this.bump(src, score, sign, day, 'all', '');
    this.bump(src, score, sign, day, 'channel', src.channel);
    if (src.team_id) this.bump(src, score, sign, day, 'team', src.team_id);
    if (src.location_id) this.bump(src, score, sign, day, 'location', src.location_id);
    if (src.employee_id) this.bump(src, score, sign, day, 'employee', src.employee_id);
    let n = 0;
    for (const key in src.properties) {
      if (n >= MAX_PROPERTY_DIMS) break;
      const value = src.properties[key];
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
      const text = String(value);
      if (text.length > MAX_PROPERTY_VALUE_LENGTH) continue;
      this.bump(src, score, sign, day, `prop:${key}`, text);
      n++;
    }
  }

  private bump(src: BucketSource, score: number, sign: number, day: string, dim: string, dimValue: string): void {
    const key = `${src.survey_id}\u0000${dim}\u0000${dimValue}\u0000${day}`;
    let entry = this.deltas.get(key);
    if (!entry) {
      entry = { row: { workspace_id: src.workspace_id, survey_id: src.survey_id, dim, dim_value: dimValue, day }, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
      this.deltas.set(key, entry);
    }
    entry.counts[score] = entry.counts[score]! + sign;
  }

  get size(): number {
    return this.deltas.size;
  }

  /**
   * Applies all collected changes with multi-row upserts (same SQL on SQLite ≥ 3.24 and PostgreSQL). With the
   * dialect known, the SQL text is built here rather than by Kysely's query builder: on the ingest path this
   * statement runs once per group commit, and compiling a 400-row statement node by node costs more than the upsert.
   */
  async apply(db: Kysely<DB> | Transaction<DB>, dialect?: Dialect): Promise<void> {
    // Sorted so every transaction locks bucket rows in the same order: two PostgreSQL processes upserting
    // overlapping buckets then wait for each other instead of deadlocking.
    const entries = [...this.deltas.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v)
      .filter((e) => e.counts.some((c) => c !== 0));
    this.deltas.clear();
    const CHUNK = 400;
    for (let i = 0; i < entries.length; i += CHUNK) {
      const chunk = entries.slice(i, i + CHUNK);
      if (dialect) {
        // Parameters in BUCKET_COLUMNS order, straight from the entries (no row objects: setting c0…c10 by
        // computed name on fresh objects cost more than the upsert itself).
        const params: unknown[] = [];
        for (const { row, counts } of chunk) params.push(row.workspace_id, row.survey_id, row.dim, row.dim_value, row.day, ...counts);
        await db.executeQuery(CompiledQuery.raw(upsertSql(dialect, chunk.length), params));
        continue;
      }
      const rows: MetricBucketTable[] = chunk.map(({ row, counts: c }) => ({
        ...row,
        c0: c[0]!,
        c1: c[1]!,
        c2: c[2]!,
        c3: c[3]!,
        c4: c[4]!,
        c5: c[5]!,
        c6: c[6]!,
        c7: c[7]!,
        c8: c[8]!,
        c9: c[9]!,
        c10: c[10]!,
      }));
      await db
        .insertInto('metric_bucket')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['survey_id', 'dim', 'dim_value', 'day']).doUpdateSet({
            c0: sql`metric_bucket.c0 + excluded.c0`,
            c1: sql`metric_bucket.c1 + excluded.c1`,
            c2: sql`metric_bucket.c2 + excluded.c2`,
            c3: sql`metric_bucket.c3 + excluded.c3`,
            c4: sql`metric_bucket.c4 + excluded.c4`,
            c5: sql`metric_bucket.c5 + excluded.c5`,
            c6: sql`metric_bucket.c6 + excluded.c6`,
            c7: sql`metric_bucket.c7 + excluded.c7`,
            c8: sql`metric_bucket.c8 + excluded.c8`,
            c9: sql`metric_bucket.c9 + excluded.c9`,
            c10: sql`metric_bucket.c10 + excluded.c10`,
          }),
        )
        .execute();
    }
  }
}
