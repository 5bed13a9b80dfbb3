/**
 * Group commit for the ingest path. Requests that arrive while a transaction is running are queued and written
 * together in the next one, so that 50 concurrent clients cost a handful of commits instead of 50, and responses
 * landing in the same metric bucket become one upsert. Each caller still gets its answer only after its data is
 * committed, so a 2xx survives a crash. If a shared transaction fails, every job is retried in a transaction of
 * its own, so one bad item never fails its neighbours.
 *
 * Jobs submitted to the same JobGroup that sit next to each other in a batch run as one call of the group, which
 * can then write them with one multi-row statement instead of one statement each (the ingest path: 50 single
 * responses become one INSERT). A group's jobs retried alone run as a call with one input.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../../db/create-db.ts';
import type { DB } from '../../db/tables.ts';
import { BucketDeltas } from '../metrics/buckets.ts';

export interface BatchContext {
  trx: Transaction<DB>;
  buckets: BucketDeltas;
  /** Runs after the transaction commits (e.g. filling caches with ids that now exist). */
  afterCommit(fn: () => void): void;
}

/** Writes many inputs in one call; returns one result per input, in order. */
export interface JobGroup<I, T> {
  runMany(ctx: BatchContext, inputs: I[]): Promise<T[]>;
}

type Job<T> = {
  run: ((ctx: BatchContext) => Promise<T>) | null;
  group: JobGroup<unknown, T> | null;
  input: unknown;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
};

/** Runs a run of jobs of the same group, or one plain job; returns their results. */
async function runJobs(ctx: BatchContext, jobs: Job<unknown>[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < jobs.length; ) {
    const job = jobs[i]!;
    if (!job.group) {
      out.push(await job.run!(ctx));
      i++;
      continue;
    }
    let j = i + 1;
    while (j < jobs.length && jobs[j]!.group === job.group) j++;
    const results = await job.group.runMany(ctx, jobs.slice(i, j).map((x) => x.input));
    if (results.length !== j - i) throw new Error(`job group returned ${results.length} results for ${j - i} inputs`);
    out.push(...results);
    i = j;
  }
  return out;
}

/** Extra event-loop turns a group commit waits for arriving requests (measured: 50 clients, groups of 31 → 47). */
const MAX_JOIN_TURNS = 3;

export class WriteBatcher {
  private queue: Job<unknown>[] = [];
  private running = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect?: Dialect,
    private readonly maxJobs = 200,
  ) {}

  submit<T>(run: (ctx: BatchContext) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => this.enqueue({ run, group: null, input: undefined, resolve, reject } as Job<unknown>));
  }

  /** Queues one input of a group: neighbouring inputs of the same group are written by one runMany call. */
  submitTo<I, T>(group: JobGroup<I, T>, input: I): Promise<T> {
    return new Promise<T>((resolve, reject) => this.enqueue({ run: null, group, input, resolve, reject } as Job<unknown>));
  }

  private enqueue(job: Job<unknown>): void {
    this.queue.push(job);
    if (!this.running) {
      this.running = true;
      // Let the requests already parsed in this turn of the event loop join the batch.
      setImmediate(() => void this.drain());
    }
  }

  /** Resolves once everything queued so far is written. */
  async idle(): Promise<void> {
    while (this.running || this.queue.length > 0) await new Promise((r) => setTimeout(r, 5));
  }

  private async drain(): Promise<void> {
    try {
      // Let requests that are still arriving join before writing: more turns of the event loop while each turn
      // brings more jobs (at most MAX_JOIN_TURNS). A commit and its bucket upsert cost the same for 10 requests as
      // for 50, so with many concurrent clients a fuller group cuts each request's share by a third; a lone request
      // waits a turn or two (microseconds).
      let before = -1;
      for (let turn = 0; turn < MAX_JOIN_TURNS && this.queue.length > before && this.queue.length < this.maxJobs; turn++) {
        before = this.queue.length;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      while (this.queue.length > 0) {
        const jobs = this.queue.splice(0, this.maxJobs);
        if (jobs.length === 1) await this.runAlone(jobs[0]!);
        else await this.runTogether(jobs);
      }
    } finally {
      this.running = false;
      if (this.queue.length > 0) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    }
  }

  private async runTogether(jobs: Job<unknown>[]): Promise<void> {
    const after: (() => void)[] = [];
    let results: unknown[];
    try {
      results = await this.db.transaction().execute(async (trx) => {
        const ctx: BatchContext = { trx, buckets: new BucketDeltas(), afterCommit: (fn) => after.push(fn) };
        const out = await runJobs(ctx, jobs);
        await ctx.buckets.apply(trx, this.dialect);
        return out;
      });
    } catch {
      for (const job of jobs) await this.runAlone(job);
      return;
    }
    for (const fn of after) fn();
    jobs.forEach((job, i) => job.resolve(results[i]));
  }

  private async runAlone(job: Job<unknown>, attempt = 1): Promise<void> {
    const after: (() => void)[] = [];
    try {
      const result = await this.db.transaction().execute(async (trx) => {
        const ctx: BatchContext = { trx, buckets: new BucketDeltas(), afterCommit: (fn) => after.push(fn) };
        const [r] = await runJobs(ctx, [job]);
        await ctx.buckets.apply(trx, this.dialect);
        return r;
      });
      for (const fn of after) fn();
      job.resolve(result);
    } catch (err) {
      // PostgreSQL may abort one of two conflicting transactions (deadlock, serialization); that is worth a retry.
      const code = (err as { code?: string }).code;
      if ((code === '40P01' || code === '40001') && attempt < 3) return this.runAlone(job, attempt + 1);
      job.reject(err);
    }
  }
}
