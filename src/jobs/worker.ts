/**
 * Runs due jobs: polls the queue (and wakes at once when this process enqueues), claims a few at a time, runs
 * each handler, and records success, a retry with backoff, or a final failure. Stops gracefully: it finishes the
 * jobs it holds before `stop()` resolves.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import type { JobRow } from '../db/tables.ts';
import { parseJson } from '../shared/json.ts';
import { backoffMs } from './registry.ts';

export interface WorkerOptions {
  pollMs?: number;
  concurrency?: number;
  leaseMs?: number;
  /**
   * Only run jobs with these names (a dedicated worker). Default: every job this process has a handler for, so
   * that during a rolling upgrade an older process never claims a job it does not know.
   */
  names?: readonly string[];
  /** Only run jobs of these workspaces (a dedicated worker for some tenants, or a test); default all. */
  workspaceIds?: readonly string[];
  onError?: (job: JobRow, err: unknown) => void;
}

export class Worker {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running = new Set<Promise<void>>();
  private stopped = true;
  private polling = false;
  private again = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly opts: WorkerOptions = {},
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    // Recurring jobs book their next run themselves; this books the first one (idempotent by dedupe key).
    if (this.names().includes('frontline.weekly')) void this.ctx.digests.ensureScheduled().catch((err: unknown) => this.opts.onError?.({ id: '(schedule)' } as JobRow, err));
    this.unsubscribe = this.ctx.jobs.onEnqueue(() => this.poke());
    this.poke();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    while (this.polling || this.running.size > 0) {
      await Promise.allSettled([...this.running]);
      if (this.polling) await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Resolves when no job is due or running (for tests and the CLI). */
  async drain(): Promise<void> {
    for (;;) {
      await this.pollOnce();
      await Promise.allSettled([...this.running]);
      let q = this.ctx.database.db
        .selectFrom('job')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['pending', 'running'])
        .where('run_at', '<=', new Date().toISOString());
      q = q.where('name', 'in', this.names());
      if (this.opts.workspaceIds?.length) q = q.where('workspace_id', 'in', this.opts.workspaceIds);
      const c = await q.executeTakeFirstOrThrow();
      if (Number(c.n) === 0 && this.running.size === 0) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private names(): readonly string[] {
    return this.opts.names && this.opts.names.length > 0 ? this.opts.names : this.ctx.jobs.registry.names();
  }

  private poke(): void {
    if (this.stopped) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), 0);
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    await this.pollOnce();
    if (this.stopped) return;
    const delay = this.again ? 0 : (this.opts.pollMs ?? 1000);
    this.again = false;
    this.timer = setTimeout(() => void this.loop(), delay);
  }

  private async pollOnce(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const free = (this.opts.concurrency ?? 4) - this.running.size;
      if (free <= 0) return;
      const jobs = await this.ctx.jobs.claim(this.id, free, this.opts.leaseMs ?? 5 * 60_000, this.names(), this.opts.workspaceIds);
      for (const job of jobs) {
        const p = this.run(job).finally(() => {
          this.running.delete(p);
          this.poke();
        });
        this.running.add(p);
      }
      if (jobs.length === free) this.again = true;
    } catch (err) {
      // A database hiccup must not kill the loop; the next poll tries again.
      this.opts.onError?.({ id: '(claim)' } as JobRow, err);
    } finally {
      this.polling = false;
    }
  }

  private async run(job: JobRow): Promise<void> {
    const reg = this.ctx.jobs.registry.get(job.name);
    try {
      if (!reg) throw new Error(`no handler for job ${job.name} in this version of Clearloop`);
      const payload = parseJson<unknown>(job.payload, null);
      this.ctx.jobs.registry.validate(job.name, payload);
      await reg.def.handle(payload as never, { ctx: this.ctx, job });
      await this.ctx.jobs.complete(job, this.id);
    } catch (err) {
      this.opts.onError?.(job, err);
      const message = err instanceof Error ? err.message : String(err);
      await this.ctx.jobs.fail(job, this.id, message, backoffMs(reg?.def.backoffSeconds ?? 15, job.attempts)).catch(() => undefined);
    }
  }
}
