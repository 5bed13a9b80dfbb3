import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

const THEME_JOBS = ['themes.analyze', 'themes.reanalyze', 'themes.train', 'themes.discover', 'alerts.evaluate'];

/**
 * Accepting or merging a discovery suggestion applies only the words the user chose: a merge with every word of
 * "Phone takes" put "fast", "app" and an employee's first name into "Waiting and getting through".
 */
describe.each(DIALECTS)('%s: choosing the words a suggestion adds', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  let survey: string;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: THEME_JOBS, workspaceIds: mine });
    mine.push(ws.workspaceId);
    survey = await createSurvey(t.app, ws.key, 'nps');
    const put = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: { name: 't', themes: [{ id: 'waiting', label: 'Waiting', match: { topics: ['on hold'] } }] } });
    expect(put.statusCode, put.body).toBe(200);
    const comments = ['I was on hold forever', 'It took forever to answer', 'Sam was lovely', 'Sam sorted it', 'Sam again', 'The app is fast'];
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: comments.map((comment, i) => ({ surveyId: survey, score: i % 2 ? 9 : 3, comment })) });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await worker.drain();
  });
  afterAll(() => t.close());

  /** An open suggestion as discovery stores it, its rule's words as topics. */
  async function suggestion(topics: string[]): Promise<string> {
    const id = `sg${Math.random().toString(36).slice(2, 10)}`;
    const now = new Date().toISOString();
    await t.ctx.database.db
      .insertInto('theme_suggestion')
      .values({ id, workspace_id: ws.workspaceId, label: 'Phone takes', key_phrases: JSON.stringify(topics), size: 6, examples: '[]', rule: JSON.stringify({ id: 'suggested-x', label: 'Phone takes', match: { topics } }), status: 'open', created_at: now, updated_at: now })
      .execute();
    return id;
  }
  const themeOf = async (id: string) => ((await call(t.app, ws.key, 'GET', '/api/v1/themes/taxonomy')).json().taxonomy.themes as { id: string; match?: { topics?: string[] } }[]).find((x) => x.id === id);

  it('counts the comments each word adds: to a new theme, or only those the merge target lacks', async () => {
    const id = await suggestion(['forever', 'sam', 'fast']);
    const accept = await call(t.app, ws.key, 'GET', `/api/v1/themes/suggestions/${id}/words`);
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json()).toMatchObject({ intoThemeId: null, scanned: 6 });
    expect(accept.json().words).toEqual([
      { word: 'forever', kind: 'topic', comments: 2 },
      { word: 'sam', kind: 'topic', comments: 3 },
      { word: 'fast', kind: 'topic', comments: 1 },
    ]);
    // "I was on hold forever" is already in Waiting: merging "forever" adds one comment, not two
    const merge = await call(t.app, ws.key, 'GET', `/api/v1/themes/suggestions/${id}/words?intoThemeId=waiting`);
    expect(merge.json().words[0]).toEqual({ word: 'forever', kind: 'topic', comments: 1 });
    const noTheme = await call(t.app, ws.key, 'GET', `/api/v1/themes/suggestions/${id}/words?intoThemeId=nope`);
    expect(noTheme.statusCode).toBe(400);
    expect(noTheme.json().error.fields[0].field).toBe('intoThemeId');
    expect((await call(t.app, ws.key, 'GET', '/api/v1/themes/suggestions/nope/words')).statusCode).toBe(404);
  });

  it('merges only the chosen words, and refuses a merge that does not say which', async () => {
    const id = await suggestion(['forever', 'sam', 'fast']);
    const silent = await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${id}`, { action: 'merge', intoThemeId: 'waiting' });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().error.fields[0].field).toBe('words');
    const foreign = await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${id}`, { action: 'merge', intoThemeId: 'waiting', words: ['forever', 'billing'] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([{ field: 'words', message: 'not words of this suggestion: "billing"' }]);
    const empty = await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${id}`, { action: 'merge', intoThemeId: 'waiting', words: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].field).toBe('words');
    expect((await themeOf('waiting'))?.match?.topics).toEqual(['on hold']); // nothing applied by a refused merge

    const ok = await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${id}`, { action: 'merge', intoThemeId: 'waiting', words: ['Forever'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await themeOf('waiting'))?.match?.topics).toEqual(['on hold', 'forever']);
    await worker.drain();
  });

  it('accepts with the chosen words only, and with every word when none is given (the first behaviour)', async () => {
    const chosen = await suggestion(['forever', 'sam', 'fast']);
    const ok = await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${chosen}`, { action: 'accept', label: 'Speed', words: ['fast'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await themeOf('speed'))?.match).toEqual({ topics: ['fast'] });
    const all = await suggestion(['forever', 'sam']);
    expect((await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${all}`, { action: 'accept', label: 'Everything' })).statusCode).toBe(200);
    expect((await themeOf('everything'))?.match).toEqual({ topics: ['forever', 'sam'] });
    await worker.drain();
  });
});
