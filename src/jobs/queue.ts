/**
 * The durable job queue, kept in the `job` table so that it works on SQLite and PostgreSQL alike. Jobs are
 * enqueued in the same transaction as the change that causes them: if the change rolls back, so does the job.
 * Claiming on PostgreSQL uses FOR UPDATE SKIP LOCKED, so several processes never run one job twice; a claimed job
 * holds a lease, and a job whose worker died is claimed again when the lease runs out.
 */
import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import type { Dialect } from '../db/create-db.ts';
import type { DB, JobRow, JobStatus } from '../db/tables.ts';
import { newId, nowIso } from '../shared/ids.ts';
import { notFound } from '../shared/errors.ts';
import { type Page, type PageRequest, paginate } from '../shared/paging.ts';
import { parseJson } from '../shared/json.ts';
import type { JobRegistry } from './registry.ts';

export interface EnqueueOptions {
  workspaceId?: string | null;
  /** When to run; default now. */
  runAt?: Date;
  /** Only one job per key exists; enqueueing the same key again does nothing. */
  dedupeKey?: string;
}

export interface JobView {
  id: string;
  name: string;
  status: JobStatus;
  payload: unknown;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export function presentJob(row: JobRow): JobView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    payload: parseJson(row.payload, {}),
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    lockedBy: row.locked_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

const ENQUEUE_COLUMNS = ['id', 'workspace_id', 'name', 'payload', 'status', 'run_at', 'max_attempts', 'dedupe_key', 'created_at', 'updated_at'];
// attempts starts at 0; last_error, locked_by, locked_until and finished_at at NULL (the columns' defaults are not relied on).
const enqueueSql = (placeholder: (i: number) => string) =>
  `insert into "job" (${ENQUEUE_COLUMNS.map((c) => `"${c}"`).join(', ')}, "attempts", "last_error", "locked_by", "locked_until", "finished_at") ` +
  `values (${ENQUEUE_COLUMNS.map((_, i) => placeholder(i)).join(', ')}, 0, null, null, null, null) on conflict ("dedupe_key") do nothing`;
const ENQUEUE_SQL_SQLITE = enqueueSql(() => '?');
const ENQUEUE_SQL_PG = enqueueSql((i) => `$${i + 1}`);

export class JobQueue {
  private listeners = new Set<() => void>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    readonly registry: JobRegistry,
  ) {}

  /** Called (in this process) after an enqueue, so a local worker can start at once instead of at its next poll. */
  onEnqueue(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Adds a job inside `trx` (the caller's transaction) or on its own. Returns the job id, or null for a duplicate. */
  async enqueue(trx: Kysely<DB> | Transaction<DB>, name: string, payload: unknown, opts: EnqueueOptions = {}): Promise<string | null> {
    const def = this.registry.validate(name, payload);
    const now = nowIso();
    const id = newId();
    // Prebuilt SQL (same on both databases but for placeholders): ingest enqueues a job with every write batch, and
    // compiling the insert through the query builder cost more than running it.
    const params = [id, opts.workspaceId ?? null, name, JSON.stringify(payload), 'pending', (opts.runAt ?? new Date()).toISOString(), def.maxAttempts ?? 5, opts.dedupeKey ?? null, now, now];
    const res = await trx.executeQuery(CompiledQuery.raw(this.dialect === 'postgres' ? ENQUEUE_SQL_PG : ENQUEUE_SQL_SQLITE, params));
    const inserted = Number(res.numAffectedRows ?? 1n) > 0;
    // Let local workers know soon; if the surrounding transaction is still open they simply find nothing yet.
    setImmediate(() => this.listeners.forEach((fn) => fn()));
    return inserted ? id : null;
  }

  /**
   * Claims up to `limit` due jobs for `workerId`: pending jobs whose time has come, and running jobs whose lease
   * expired. Each claim increments `attempts`, so a job claimed twice would show it.
   */
  async claim(workerId: string, limit: number, leaseMs: number, names?: readonly string[], workspaceIds?: readonly string[]): Promise<JobRow[]> {
    const now = nowIso();
    const until = new Date(Date.now() + leaseMs).toISOString();
    const onlyNames = names && names.length > 0 ? sql`AND name IN (${sql.join(names)})` : sql``;
    const onlyWorkspaces = workspaceIds && workspaceIds.length > 0 ? sql`AND workspace_id IN (${sql.join(workspaceIds)})` : sql``;
    const due = sql`((status = 'pending' AND run_at <= ${now}) OR (status = 'running' AND locked_until < ${now})) ${onlyNames} ${onlyWorkspaces}`;
    let query;
    switch (this.dialect) {
      case 'postgres':
        query = sql<JobRow>`UPDATE job SET status = 'running', locked_by = ${workerId}, locked_until = ${until}, attempts = attempts + 1, updated_at = ${now}
          WHERE id IN (SELECT id FROM job WHERE ${due} ORDER BY run_at LIMIT ${limit} FOR UPDATE SKIP LOCKED) RETURNING *`;
        break;
      case 'sqlite':
        // One SQLite writer at a time: the UPDATE itself is the lock.
        query = sql<JobRow>`UPDATE job SET status = 'running', locked_by = ${workerId}, locked_until = ${until}, attempts = attempts + 1, updated_at = ${now}
          WHERE id IN (SELECT id FROM job WHERE ${due} ORDER BY run_at LIMIT ${limit}) RETURNING *`;
        break;
      default:
        throw new Error(`unknown dialect ${String(this.dialect)}`);
    }
    return (await query.execute(this.db)).rows;
  }

  async complete(job: JobRow, workerId: string): Promise<void> {
    const now = nowIso();
    await this.db
      .updateTable('job')
      .set({ status: 'succeeded', locked_by: workerId, locked_until: null, finished_at: now, updated_at: now, last_error: null })
      .where('id', '=', job.id)
      .where('locked_by', '=', workerId)
      .execute();
  }

  /**
   * Records a failure: back to pending with a later run time, or failed for good after the last attempt — then
   * the job's `onFailed` hook runs in the same transaction. Only the worker that holds the job (and while it is
   * still running) can record it: a worker whose lease ran out and whose job was claimed again gets 'lost', so a
   * job never fails (nor runs its hook) twice.
   */
  async fail(job: JobRow, workerId: string, error: string, retryInMs: number): Promise<'retry' | 'failed' | 'lost'> {
    const final = job.attempts >= job.max_attempts;
    const record = async (db: Kysely<DB> | Transaction<DB>, lastError: string): Promise<boolean> => {
      const now = nowIso();
      const res = await db
        .updateTable('job')
        .set({
          status: final ? 'failed' : 'pending',
          last_error: lastError.slice(0, 2000),
          run_at: final ? job.run_at : new Date(Date.now() + retryInMs).toISOString(),
          locked_until: null,
          finished_at: final ? now : null,
          updated_at: now,
        })
        .where('id', '=', job.id)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    };
    const hooked = final ? this.registry.payloadOf(job) : undefined;
    const onFailed = hooked?.def.onFailed;
    if (!hooked || !onFailed) return (await record(this.db, error)) ? (final ? 'failed' : 'retry') : 'lost';
    try {
      return await this.db.transaction().execute(async (trx) => {
        if (!(await record(trx, error))) return 'lost';
        await onFailed(hooked.payload as never, { trx, job, error });
        return 'failed';
      });
    } catch (hookError) {
      // A broken hook must not keep the job from failing (it would be claimed again and again): fail it without.
      const why = hookError instanceof Error ? hookError.message : String(hookError);
      return (await record(this.db, `${error} (and its onFailed hook threw: ${why})`)) ? 'failed' : 'lost';
    }
  }

  async list(filter: PageRequest & { workspaceId?: string | null | undefined; status?: JobStatus | undefined; name?: string | undefined }): Promise<Page<JobView>> {
    let q = this.db.selectFrom('job').selectAll();
    if (filter.workspaceId !== undefined) q = filter.workspaceId === null ? q.where('workspace_id', 'is', null) : q.where('workspace_id', '=', filter.workspaceId);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.name) q = q.where('name', '=', filter.name);
    return paginate(q, 'job', filter, presentJob);
  }

  async get(id: string, workspaceId?: string): Promise<JobView> {
    let q = this.db.selectFrom('job').selectAll().where('id', '=', id);
    if (workspaceId) q = q.where('workspace_id', '=', workspaceId);
    const row = await q.executeTakeFirst();
    if (!row) throw notFound('job');
    return presentJob(row);
  }

  /** Puts a failed job back in the queue with a fresh set of attempts (running the job's `onRetry` hook with it). */
  async retry(id: string, workspaceId?: string): Promise<JobView> {
    const job = await this.get(id, workspaceId);
    if (job.status !== 'failed') return job;
    await this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      // Only from failed, so two retries at once re-queue (and run the hook) once.
      const row = await trx
        .updateTable('job')
        .set({ status: 'pending', attempts: 0, run_at: now, finished_at: null, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .returningAll()
        .executeTakeFirst();
      const hooked = row ? this.registry.payloadOf(row) : undefined;
      if (row && hooked?.def.onRetry) await hooked.def.onRetry(hooked.payload as never, { trx, job: row });
    });
    setImmediate(() => this.listeners.forEach((fn) => fn()));
    return this.get(id, workspaceId);
  }

  async counts(workspaceId?: string): Promise<Record<JobStatus, number>> {
    let q = this.db.selectFrom('job').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status');
    if (workspaceId) q = q.where('workspace_id', '=', workspaceId);
    const rows = await q.execute();
    const out: Record<JobStatus, number> = { pending: 0, running: 0, succeeded: 0, failed: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }
}
