import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

const THEME_JOBS = ['themes.analyze', 'themes.reanalyze', 'alerts.evaluate'];

/** Common broadband complaint wording the telecom starter reads, negated or not ("couldn't get through" is a wait). */
const CASES: [string, string][] = [
  ['I could not get through to anyone for two days', 'customer_service.waiting'],
  ['It is impossible to get hold of a real person', 'customer_service.waiting'],
  ['Calling you takes forever', 'customer_service.waiting'],
  ['I spent hours on the phone to sort it', 'customer_service.waiting'],
  ['The tech was an hour late', 'installation'],
  ['Nobody turned up on the day', 'installation'],
  ['We lost service twice this month', 'reliability'],
  ['Our internet was down all weekend', 'reliability'],
  ['Another outage yesterday', 'reliability'],
];

describe.each(DIALECTS)('%s: the telecom starter reads common complaint wording', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: THEME_JOBS, workspaceIds: mine });
    mine.push(ws.workspaceId);
  });
  afterAll(() => t.close());

  it('puts each comment in its theme', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    expect((await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'telecom' })).statusCode).toBe(200);
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: CASES.map(([comment]) => ({ surveyId: survey, score: 2, comment })) });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await worker.drain();
    const list = await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${survey}&limit=50`);
    const ids = new Map((list.json().data as { id: string; comment: string }[]).map((r) => [r.comment, r.id]));
    const got: [string, string[]][] = [];
    for (const [comment] of CASES) {
      const a = await call(t.app, ws.key, 'GET', `/api/v1/responses/${ids.get(comment)}/analysis`);
      got.push([comment, (a.json().themes as { id: string }[]).map((x) => x.id)]);
    }
    for (const [i, [comment, theme]] of CASES.entries()) expect(got[i], comment).toEqual([comment, expect.arrayContaining([theme])]);
  });
});
