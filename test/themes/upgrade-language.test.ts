/**
 * Upgrading an installation whose comments were analysed before languages were stored: the process that applies
 * the migration starts one re-analysis per workspace, which fills in each comment's language; opening again starts
 * nothing. On a SQLite file, since the test goes back a migration (the PostgreSQL test database is shared by every
 * test file running at the same time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type AppContext, openContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/create-db.ts';
import { COMMENT_LANGUAGE_MIGRATION, migrateTo } from '../../src/db/migrator.ts';
import { Worker } from '../../src/jobs/worker.ts';
import { createWorkspace } from '../harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'clearloop-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = loadConfig({ CLEARLOOP_DATA_DIR: dir, CLEARLOOP_SECRET: 'test-secret-test-secret-test-secret-0000' });
const runsOf = (ctx: AppContext) => ctx.database.db.selectFrom('analysis_run').select(['workspace_id', 'kind', 'status']).execute();

it('re-analyses the comments analysed before languages were stored, once', async () => {
  // an installation with analysed comments in two workspaces, and one workspace without any
  let ctx = await openContext(config);
  const analysed: string[] = [];
  const workspaces = [];
  for (const comment of ['The engineer never turned up.', 'Le technicien est venu à l’heure, très professionnel.', null]) {
    const ws = await createWorkspace(ctx);
    workspaces.push(ws.workspaceId);
    const survey = await ctx.surveys.create(ws.auth, { name: 'NPS', kind: 'nps' });
    const { body } = await ctx.responses.ingest(ws.auth, [{ surveyId: survey.id, score: 3, comment }], { batch: true });
    const [r] = (body as { data: { id: string }[] }).data;
    if (comment) {
      await ctx.themes.analyzeResponses(ws.workspaceId, [r!.id]);
      analysed.push(r!.id);
    }
  }
  expect(await runsOf(ctx)).toEqual([]);
  await ctx.close();

  // back to the release before languages were stored, then upgrade again
  const database = openDatabase({ sqliteFile: path.join(dir, 'clearloop.db') });
  await migrateTo(database.db, '2026_11_23_0008_feedback_email');
  await database.close();
  ctx = await openContext(config);
  expect((await ctx.database.db.selectFrom('response_analysis').select('language').execute()).map((r) => r.language)).toEqual([null, null]);
  const runs = await runsOf(ctx);
  expect(runs.map((r) => r.workspace_id).sort()).toEqual(workspaces.slice(0, 2).sort());
  expect(runs.every((r) => r.kind === 'reanalyze' && r.status === 'queued')).toBe(true);

  await new Worker(ctx, { names: ['themes.reanalyze'] }).drain();
  const languages = await ctx.database.db.selectFrom('response_analysis').select(['response_id', 'language']).execute();
  expect(new Map(languages.map((r) => [r.response_id, r.language]))).toEqual(new Map([[analysed[0]!, 'en'], [analysed[1]!, 'fr']]));
  expect((await runsOf(ctx)).every((r) => r.status === 'done')).toBe(true);
  await ctx.close();

  // the migration is applied: opening again starts nothing
  ctx = await openContext(config);
  expect(await runsOf(ctx)).toHaveLength(2);
  await ctx.close();
  expect(COMMENT_LANGUAGE_MIGRATION).toBe('2026_11_24_0009_comment_language');
});
