/**
 * Job definitions: `{ name, schema, handle, maxAttempts, backoffSeconds, onFailed, onRetry }`. The payload is
 * checked against the schema when a job is enqueued and again when it runs, so a job written by an older version
 * fails loudly instead of doing something half-right.
 */
import type { Transaction } from 'kysely';
import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import type { AppContext } from '../app-context.ts';
import type { DB, JobRow } from '../db/tables.ts';

export type JobOutcome = 'success' | 'skipped';

export interface JobDefinition<S extends TSchema = TSchema> {
  name: string;
  schema: S;
  handle(payload: Static<S>, run: { ctx: AppContext; job: JobRow }): Promise<JobOutcome>;
  /** Default 5. */
  maxAttempts?: number;
  /** First retry delay; doubles with each attempt (with ±25% jitter), capped at 6 hours. Default 15 s. */
  backoffSeconds?: number;
  /**
   * The job failed for good (its last attempt threw): e.g. mark what the job was doing as failed. Runs in the
   * transaction that moves the job to `failed`, and only when that move happened (the worker still held the job),
   * so it runs once per final failure however many workers share the queue. Not called when the stored payload
   * no longer fits the schema. If it throws, the job is still marked failed and the hook's error is appended to
   * the job's last error.
   */
  onFailed?(payload: Static<S>, run: { trx: Transaction<DB>; job: JobRow; error: string }): Promise<void>;
  /**
   * A failed job was queued again (`clearloop jobs retry`, `POST /api/v1/jobs/{id}/retry`): undo what `onFailed`
   * did. Runs in the transaction that moves the job from `failed` back to `pending`, once per retry; if it throws,
   * the retry is rolled back.
   */
  onRetry?(payload: Static<S>, run: { trx: Transaction<DB>; job: JobRow }): Promise<void>;
}

interface Registered {
  def: JobDefinition;
  check: ReturnType<typeof Compile>;
}

export class JobRegistry {
  private defs = new Map<string, Registered>();

  register<S extends TSchema>(def: JobDefinition<S>): void {
    if (this.defs.has(def.name)) throw new Error(`job ${def.name} is registered twice`);
    this.defs.set(def.name, { def: def as unknown as JobDefinition, check: Compile(def.schema) });
  }

  get(name: string): Registered | undefined {
    return this.defs.get(name);
  }

  /** The job's payload when it (still) fits its schema, for the lifecycle hooks; undefined otherwise. */
  payloadOf(job: Pick<JobRow, 'name' | 'payload'>): { def: JobDefinition; payload: unknown } | undefined {
    const reg = this.defs.get(job.name);
    if (!reg) return undefined;
    let payload: unknown;
    try {
      payload = JSON.parse(job.payload);
    } catch {
      return undefined;
    }
    return reg.check.Check(payload) ? { def: reg.def, payload } : undefined;
  }

  /** Throws a readable error when the payload does not fit the job's schema. */
  validate(name: string, payload: unknown): JobDefinition {
    const reg = this.defs.get(name);
    if (!reg) throw new Error(`unknown job ${name}`);
    if (!reg.check.Check(payload)) {
      const first = [...reg.check.Errors(payload)][0] as { instancePath?: string; message?: string } | undefined;
      throw new Error(`invalid payload for job ${name}: ${first?.instancePath || '(payload)'} ${first?.message ?? ''}`.trim());
    }
    return reg.def;
  }

  names(): string[] {
    return [...this.defs.keys()];
  }
}

/** Exponential backoff with jitter: base · 2^(attempt−1) · U(0.75, 1.25), capped at 6 hours. */
export function backoffMs(baseSeconds: number, attempt: number, random: () => number = Math.random): number {
  const raw = baseSeconds * 1000 * 2 ** Math.max(0, attempt - 1);
  return Math.round(Math.min(raw, 6 * 3600 * 1000) * (0.75 + 0.5 * random()));
}
