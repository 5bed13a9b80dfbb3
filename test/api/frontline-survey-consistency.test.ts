/**
 * The frontline routes answer an unknown survey alike: `GET /api/v1/praise`, `/scoreboard` and `/feed/summary` name
 * the survey in their query, and an id no survey of the workspace has is a 404 `not_found` — as on
 * `GET /api/v1/metrics` and the rest of the API for an id that does not exist (praise answered 400 before). Ids
 * sent in a body keep their 400 naming the field (responses, imports, alert rules): the control below. And
 * `/feed/summary` checks read access first, like its neighbours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../src/modules/auth/policy.ts';
import { AppError } from '../../src/shared/errors.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: frontline routes and an unknown survey', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let employeeId: string;
  let survey: string;
  let othersSurvey: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    other = await createWorkspace(t.ctx);
    survey = await createSurvey(t.app, ws.key, 'nps');
    othersSurvey = await createSurvey(t.app, other.key, 'nps');
    employeeId = (await t.ctx.named.create(ws.auth, 'employee', { name: 'Ann Agent' })).id;
  });
  afterAll(() => t.close());

  const routes = (surveyId: string) => [
    `/api/v1/praise?surveyId=${surveyId}`,
    `/api/v1/scoreboard?surveyId=${surveyId}&by=team`,
    `/api/v1/feed/summary?employeeId=${employeeId}&surveyId=${surveyId}`,
  ];

  it('answers 404 not_found naming the survey on all three, for an unknown id and another workspace’s', async () => {
    for (const surveyId of ['no-such-survey', othersSurvey]) {
      for (const url of routes(surveyId)) {
        const res = await call(t.app, ws.readKey, 'GET', url);
        expect([url, res.statusCode]).toEqual([url, 404]);
        expect(res.json()).toEqual({ error: { code: 'not_found', message: 'survey not found' } });
      }
    }
    // the known survey answers on all three (the control: the 404 is about the survey)
    for (const url of routes(survey)) expect([url, (await call(t.app, ws.readKey, 'GET', url)).statusCode]).toEqual([url, 200]);
  });

  it('keeps the 400 naming the field for a survey id sent in a body', async () => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: 'no-such-survey', score: 9 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ field: 'responses/0/surveyId', message: 'no survey with id no-such-survey in this workspace' }]);
  });

  it('checks read access on /feed/summary before anything else', async () => {
    // a session without a role in the workspace may read nothing: 403, not the 404 of an employee it cannot see
    const roleless: Auth = { workspaceId: ws.workspaceId, via: 'session', role: null, scope: 'write', userId: ws.ownerId, apiKeyId: null };
    const refused = await t.ctx.frontline.summary(roleless, { employeeId, surveyId: survey }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('forbidden');
    // its neighbours refuse the same caller the same way
    await expect(t.ctx.frontline.scoreboard(roleless, { surveyId: survey, by: 'team' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.ctx.frontline.praise(roleless, { surveyId: survey })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
