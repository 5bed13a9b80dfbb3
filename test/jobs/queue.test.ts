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
