import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: comments read in the survey page language', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: ['themes.analyze', 'themes.reanalyze', 'alerts.evaluate'], workspaceIds: mine });
    mine.push(ws.workspaceId);
  });
  afterAll(() => t.close());

  it('uses the survey locale as the language hint: "Super Service." is German praise on a German page', async () => {
    expect((await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'telecom' })).statusCode).toBe(200);
    const german = await createSurvey(t.app, ws.key, 'nps', { locale: 'de' });
    const english = await createSurvey(t.app, ws.key, 'nps');
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: german, score: 10, comment: 'Super Service.' },
        { surveyId: english, score: 10, comment: 'Super Service.' },
        { surveyId: english, score: 1, comment: 'Die Rechnung war falsch und niemand hat zurückgerufen.' },
      ],
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await worker.drain();
    const rows = await t.ctx.database.db
      .selectFrom('response_analysis')
      .innerJoin('response', 'response.id', 'response_analysis.response_id')
      .select(['response.survey_id', 'response.comment', 'response_analysis.sentiment', 'response_analysis.themes'])
      .where('response_analysis.workspace_id', '=', ws.workspaceId)
      .execute();
    const of = (survey: string, comment: string) => rows.find((r) => r.survey_id === survey && r.comment === comment)!;
    expect(of(german, 'Super Service.').sentiment).toBe('positive');
    expect(of(english, 'Super Service.').sentiment).toBe('neutral');
    // a clearly German comment is read as German on an English page too
    const de = of(english, 'Die Rechnung war falsch und niemand hat zurückgerufen.');
    expect(de.sentiment).toBe('negative');
    expect(JSON.parse(de.themes)).toContain('billing');
  });
});
