/**
 * Two worker processes against one PostgreSQL database share the queue without running any job twice
 * (claims use FOR UPDATE SKIP LOCKED; every claim increments attempts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestContext, DIALECTS, pgUrl, unique } from '../harness.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/clearloop.js');

describe.skipIf(!DIALECTS.includes('postgres'))('postgres: two worker processes', () => {
  it('run every job exactly once between them', async () => {
    const ctx = await createTestContext('postgres');
    const procs: ChildProcess[] = [];
    try {
      const { workspace, userId } = await ctx.workspaces.createWithOwner({ workspace: unique('Jobs'), email: `${unique('j')}@example.com`, password: 'password-123' });
      const auth = { workspaceId: workspace.id, via: 'session' as const, role: 'owner' as const, scope: 'write' as const, userId, apiKeyId: null };
      const surveys: string[] = [];
      for (let i = 0; i < 5; i++) surveys.push((await ctx.surveys.create(auth, { name: `s${i}`, kind: 'nps' })).id);
      // Enough responses that each rebuild takes a moment, so both workers are busy at once.
      for (const surveyId of surveys) {
        await ctx.responses.ingest(auth, Array.from({ length: 1000 }, (_, i) => ({ surveyId, score: i % 11, team: `T${i % 4}` })), { batch: true });
      }
      const env = { PATH: process.env.PATH, DATABASE_URL: pgUrl(), CLEARLOOP_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'cl-w-')) };
      await Promise.all(
        [0, 1].map(
          () =>
            new Promise<void>((resolve, reject) => {
              const p = spawn(process.execPath, [BIN, 'worker', '--concurrency', '2', '--poll-ms', '20', '--jobs', 'metrics.rebuild'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
              procs.push(p);
              p.stdout!.on('data', (d: Buffer) => (d.toString().includes('is running') ? resolve() : undefined));
              p.on('exit', (code) => reject(new Error(`worker exited ${code}`)));
            }),
        ),
      );
      const ids: string[] = [];
      await ctx.database.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 60; i++) ids.push((await ctx.jobs.enqueue(trx, 'metrics.rebuild', { surveyId: surveys[i % 5]! }, { workspaceId: workspace.id }))!);
      });

      let rows: { status: string; attempts: number; locked_by: string | null }[] = [];
      for (let i = 0; i < 300; i++) {
        rows = await ctx.database.db.selectFrom('job').select(['status', 'attempts', 'locked_by']).where('id', 'in', ids).execute();
        if (rows.every((r) => r.status === 'succeeded')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(rows.filter((r) => r.status !== 'succeeded')).toEqual([]);
      expect(rows.filter((r) => r.attempts !== 1)).toEqual([]);
      const workers = new Set(rows.map((r) => r.locked_by));
      expect(workers.size).toBe(2);
      const m = await ctx.metrics.metrics(auth, { surveyId: surveys[4]! });
      expect(m.total).toBe(1000);
    } finally {
      for (const p of procs) p.kill('SIGTERM');
      await ctx.close();
    }
  }, 60_000);
});
