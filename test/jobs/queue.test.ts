import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.ts';
import { backoffMs } from '../../src/jobs/registry.ts';
import { Worker } from '../../src/jobs/worker.ts';
import { createTestContext, DIALECTS, unique } from '../harness.ts';

describe('backoff', () => {
  it('doubles per attempt within ±25% and caps at 6 hours', () => {
    expect(backoffMs(10, 1, () => 0.5)).toBe(10_000);
    expect(backoffMs(10, 3, () => 0.5)).toBe(40_000);
    expect(backoffMs(10, 3, () => 0)).toBe(30_000);
    expect(backoffMs(10, 3, () => 1)).toBe(50_000);
    expect(backoffMs(10, 30, () => 0.5)).toBe(6 * 3600 * 1000);
  });
});

describe.each(DIALECTS)('%s: job queue', (dialect) => {
  let ctx: AppContext;
  const seen: { name: string; value: string; attempt: number }[] = [];
  let failUntil = new Map<string, number>();
  const prefix = unique('t');

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    ctx.jobs.registry.register({
      name: `${prefix}.record`,
      schema: Type.Object({ value: Type.String() }),
      maxAttempts: 3,
      backoffSeconds: 0.001,
      async handle({ value }, { job }) {
        seen.push({ name: job.name, value, attempt: job.attempts });
        const failures = failUntil.get(value) ?? 0;
        if (job.attempts <= failures) throw new Error(`boom ${job.attempts}`);
        return 'success';
      },
    });
  });
  afterAll(() => ctx.close());

  const name = () => `${prefix}.record`;
  const jobOf = async (id: string) => ctx.jobs.get(id);

  it('runs a job enqueued with a committed change, and none from a rolled-back one', async () => {
    const kept = await ctx.database.db.transaction().execute((trx) => ctx.jobs.enqueue(trx, name(), { value: 'kept' }));
    await expect(
      ctx.database.db.transaction().execute(async (trx) => {
        await ctx.jobs.enqueue(trx, name(), { value: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const worker = new Worker(ctx, { pollMs: 20, names: [name()] });
    await worker.drain();
    expect(seen.map((s) => s.value)).toContain('kept');
    expect(seen.map((s) => s.value)).not.toContain('rolled-back');
    expect((await jobOf(kept!)).status).toBe('succeeded');
  });

  it('rejects a payload that does not fit the schema when enqueued', async () => {
    await expect(ctx.jobs.enqueue(ctx.database.db, name(), { value: 42 })).rejects.toThrow(/invalid payload/);
    await expect(ctx.jobs.enqueue(ctx.database.db, 'no.such.job', {})).rejects.toThrow(/unknown job/);
  });

  it('retries with backoff and records the last error, then fails for good', async () => {
    failUntil = new Map([
      ['flaky', 1],
      ['broken', 99],
    ]);
    const flaky = (await ctx.jobs.enqueue(ctx.database.db, name(), { value: 'flaky' }))!;
    const broken = (await ctx.jobs.enqueue(ctx.database.db, name(), { value: 'broken' }))!;
    const worker = new Worker(ctx, { pollMs: 5, names: [name()] });
    worker.start();
    for (let i = 0; i < 200; i++) {
      const [a, b] = await Promise.all([jobOf(flaky), jobOf(broken)]);
      if (a.status === 'succeeded' && b.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await worker.stop();
    const a = await jobOf(flaky);
    expect(a).toMatchObject({ status: 'succeeded', attempts: 2 });
    const b = await jobOf(broken);
    expect(b).toMatchObject({ status: 'failed', attempts: 3, lastError: 'boom 3' });
    const retried = await ctx.jobs.retry(broken);
    expect(retried).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('runs a job whose worker died once its lease expires', async () => {
    const id = (await ctx.jobs.enqueue(ctx.database.db, name(), { value: 'orphan' }))!;
    const claimed = await ctx.jobs.claim('dead-worker', 100, 1, [name()]);
    expect(claimed.map((j) => j.id)).toContain(id);
    await new Promise((r) => setTimeout(r, 10));
    await new Worker(ctx, { names: [name()] }).drain();
    expect(await jobOf(id)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('keeps at most one job per dedupe key, and waits for run_at', async () => {
    const key = unique('daily-digest');
    const later = new Date(Date.now() + 60_000);
    const first = await ctx.jobs.enqueue(ctx.database.db, name(), { value: 'timer' }, { dedupeKey: key, runAt: later });
    const second = await ctx.jobs.enqueue(ctx.database.db, name(), { value: 'timer' }, { dedupeKey: key, runAt: later });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await new Worker(ctx, { names: [name()] }).drain();
    expect((await jobOf(first!)).status).toBe('pending');
  });
});

describe.each(DIALECTS)('%s: job lifecycle hooks', (dialect) => {
  let ctx: AppContext;
  const prefix = unique('h');
  const failed: { value: string; error: string; attempts: number }[] = [];
  const retried: string[] = [];
  const name = `${prefix}.doomed`;

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    ctx.jobs.registry.register({
      name,
      schema: Type.Object({ value: Type.String() }),
      maxAttempts: 2,
      backoffSeconds: 0.001,
      handle({ value }, { job }) {
        return Promise.reject(new Error(`${value} failed at attempt ${job.attempts}`));
      },
      async onFailed({ value }, { trx, job, error }) {
        // Runs in the transaction that marks the job failed: the job is already failed in it.
        const row = await trx.selectFrom('job').select('status').where('id', '=', job.id).executeTakeFirstOrThrow();
        expect(row.status).toBe('failed');
        if (value === 'hook-breaks') throw new Error('the hook broke');
        failed.push({ value, error, attempts: job.attempts });
      },
      async onRetry({ value }, { trx, job }) {
        const row = await trx.selectFrom('job').select('status').where('id', '=', job.id).executeTakeFirstOrThrow();
        expect(row.status).toBe('pending');
        retried.push(value);
      },
    });
  });
  afterAll(() => ctx.close());

  const waitFailed = async (ids: string[]) => {
    for (let i = 0; i < 500; i++) {
      const rows = await ctx.database.db.selectFrom('job').select('status').where('id', 'in', ids).execute();
      if (rows.every((r) => r.status === 'failed')) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the jobs did not fail in time');
  };

  it('runs onFailed once per final failure, with several workers sharing the queue', async () => {
    const values = Array.from({ length: 30 }, (_, i) => `many-${i}`);
    const ids = await ctx.database.db.transaction().execute(async (trx) => Promise.all(values.map(async (value) => (await ctx.jobs.enqueue(trx, name, { value }))!)));
    const workers = [1, 2, 3].map(() => new Worker(ctx, { pollMs: 5, concurrency: 3, names: [name] }));
    workers.forEach((w) => w.start());
    try {
      await waitFailed(ids);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    const mine = failed.filter((f) => f.value.startsWith('many-'));
    expect(mine.map((f) => f.value).sort()).toEqual([...values].sort());
    expect(mine.every((f) => f.attempts === 2 && f.error === `${f.value} failed at attempt 2`)).toBe(true);
  });

  it('lets only the worker holding the job record its failure: a worker whose lease ran out gets "lost"', async () => {
    const id = (await ctx.jobs.enqueue(ctx.database.db, name, { value: 'stale' }))!;
    await ctx.database.db.updateTable('job').set({ max_attempts: 1 }).where('id', '=', id).execute();
    const [byA] = await ctx.jobs.claim('worker-a', 10, 1, [name]);
    await new Promise((r) => setTimeout(r, 10));
    const [byB] = await ctx.jobs.claim('worker-b', 10, 60_000, [name]);
    expect([byA?.id, byB?.id]).toEqual([id, id]);
    const outcomes = await Promise.all([ctx.jobs.fail(byA!, 'worker-a', 'a gave up', 0), ctx.jobs.fail(byB!, 'worker-b', 'b gave up', 0)]);
    expect(outcomes).toEqual(['lost', 'failed']);
    expect(await ctx.jobs.get(id)).toMatchObject({ status: 'failed', lastError: 'b gave up' });
    expect(failed.filter((f) => f.value === 'stale')).toEqual([{ value: 'stale', error: 'b gave up', attempts: 2 }]);
    // Recording the same failure again changes nothing and runs no hook.
    expect(await ctx.jobs.fail(byB!, 'worker-b', 'b again', 0)).toBe('lost');
    expect(failed.filter((f) => f.value === 'stale')).toHaveLength(1);
  });

  it('runs onRetry once when a failed job is retried, even by several callers at once', async () => {
    const id = (await ctx.jobs.enqueue(ctx.database.db, name, { value: 'retry-me' }))!;
    await ctx.database.db.updateTable('job').set({ max_attempts: 1 }).where('id', '=', id).execute();
    await new Worker(ctx, { names: [name] }).drain();
    expect((await ctx.jobs.get(id)).status).toBe('failed');
    const views = await Promise.all([ctx.jobs.retry(id), ctx.jobs.retry(id), ctx.jobs.retry(id)]);
    expect(views.every((v) => v.status === 'pending' && v.attempts === 0)).toBe(true);
    expect(retried.filter((v) => v === 'retry-me')).toHaveLength(1);
    await ctx.jobs.retry(id); // not failed: nothing happens
    expect(retried.filter((v) => v === 'retry-me')).toHaveLength(1);
  });

  it('still fails the job when its onFailed hook throws, and says so', async () => {
    const id = (await ctx.jobs.enqueue(ctx.database.db, name, { value: 'hook-breaks' }))!;
    await ctx.database.db.updateTable('job').set({ max_attempts: 1 }).where('id', '=', id).execute();
    await new Worker(ctx, { names: [name] }).drain();
    expect(await ctx.jobs.get(id)).toMatchObject({ status: 'failed', lastError: 'hook-breaks failed at attempt 1 (and its onFailed hook threw: the hook broke)' });
  });
});

describe.each(DIALECTS)('%s: jobs API', (dialect) => {
  it('shows a workspace its own jobs only, and retries failed ones', async () => {
    const { createTestApp, createWorkspace, call } = await import('../harness.ts');
    const t = await createTestApp(dialect);
    try {
      const a = await createWorkspace(t.ctx);
      const b = await createWorkspace(t.ctx);
      const id = (await t.ctx.jobs.enqueue(t.ctx.database.db, 'metrics.rebuild', { surveyId: 'gone' }, { workspaceId: a.workspaceId, runAt: new Date(Date.now() + 3_600_000) }))!;
      const list = await call(t.app, a.key, 'GET', '/api/v1/jobs');
      expect(list.statusCode).toBe(200);
      expect(list.json().data.map((j: { id: string }) => j.id)).toEqual([id]);
      expect(list.json().counts.pending).toBe(1);
      expect((await call(t.app, b.key, 'GET', '/api/v1/jobs')).json().data).toEqual([]);
      expect((await call(t.app, b.key, 'GET', `/api/v1/jobs/${id}`)).statusCode).toBe(404);
      expect((await call(t.app, b.key, 'POST', `/api/v1/jobs/${id}/retry`)).statusCode).toBe(404);
      expect((await call(t.app, a.key, 'GET', '/api/v1/jobs?status=exploded')).statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});
