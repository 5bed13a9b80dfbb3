/**
 * Links that must not be answered: a personal link whose send the fatigue rules skipped or that was cancelled
 * (answering it would bypass the rules), and every way in to a draft survey (personal link, public link, widget).
 * Links made on purpose (channel link) keep working. The REST API may still record a draft's responses (backfill).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorHash } from '../../src/modules/widget/widget-token.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';
import { mainOf, personalLink, post, responsesOf } from './helpers.ts';

describe.each(DIALECTS)('%s: unanswerable links', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await createTestApp(dialect, { CLEARLOOP_PUBLIC_URL: 'http://clearloop.test' });
    ws = await createWorkspace(t.ctx);
    await t.ctx.settings.update(ws.auth, { fatigue: { quietHours: null, minDaysBetweenSurveys: 90 } });
  });
  afterAll(() => t.close());

  const count = async (surveyId: string) => (await responsesOf(t.app, ws.key, `surveyId=${surveyId}`)).length;
  const sendOf = async (id: string) => (await call(t.app, ws.key, 'GET', `/api/v1/sends/${id}`)).json() as { status: string; skipReason: string | null; link: string | null };
  /** An email send scheduled through the service (the send API refuses email without a mail server). */
  const scheduleEmail = async (surveyId: string, email: string, at?: string) =>
    (await t.ctx.distribution.schedule(ws.auth, surveyId, { people: [{ email }], channel: 'email', ...(at ? { at } : {}) })).sends[0]!.id;

  it('a send skipped by the fatigue rules has a link that shows "no longer active" (410) and records nothing', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    // The person was just surveyed through a personal link: the email decided now is skipped (recently_surveyed).
    const first = await personalLink(t.app, ws.key, survey);
    const sendId = await scheduleEmail(survey, first.email);
    expect(await t.ctx.distribution.processSend(sendId)).toBe('skipped');
    const skipped = await sendOf(sendId);
    expect(skipped).toMatchObject({ status: 'skipped', skipReason: 'recently_surveyed' });
    const path = new URL(skipped.link!).pathname;

    const page = await t.app.inject({ method: 'GET', url: `${path}?score=9` });
    expect(page.statusCode).toBe(410);
    expect(mainOf(page.body)).toContain('This link is no longer active');
    expect(page.body).not.toContain('name="score"');
    expect((await post(t.app, path, { step: 'score', score: 9 })).statusCode).toBe(410);
    expect((await post(t.app, path, { auto: '1', score: 9 })).statusCode).toBe(410);
    expect(await count(survey)).toBe(0);
    expect(await sendOf(sendId)).toMatchObject({ status: 'skipped', skipReason: 'recently_surveyed' });
    // In the person's language, like the other pages.
    const de = await t.app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'de' } });
    expect(de.body).toContain('Dieser Link ist nicht mehr aktiv');

    // The personal link made on purpose for the same person keeps working.
    expect((await post(t.app, first.path, { step: 'score', score: 7 })).statusCode).toBe(200);
    expect(await count(survey)).toBe(1);
  });

  it('a cancelled send has a link that cannot be answered; the service refuses it too', async () => {
    const survey = await createSurvey(t.app, ws.key, 'csat');
    const sendId = await scheduleEmail(survey, `${unique('c')}@example.com`, new Date(Date.now() + 86_400_000).toISOString());
    expect((await call(t.app, ws.key, 'POST', `/api/v1/sends/${sendId}/cancel`)).statusCode).toBe(200);
    const cancelled = await sendOf(sendId);
    expect(cancelled.status).toBe('cancelled');
    const path = new URL(cancelled.link!).pathname;
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('This link is no longer active');
    expect((await post(t.app, path, { step: 'score', score: 5 })).statusCode).toBe(410);
    await expect(t.ctx.distribution.answerLink(path.slice(3), { score: 5 })).rejects.toMatchObject({ code: 'conflict' });
    expect(await count(survey)).toBe(0);
    expect((await sendOf(sendId)).status).toBe('cancelled');
  });

  it('a scheduled email send (not out yet) still answers through its link, as before', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const sendId = await scheduleEmail(survey, `${unique('s')}@example.com`, new Date(Date.now() + 86_400_000).toISOString());
    const path = new URL((await sendOf(sendId)).link!).pathname;
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect((await post(t.app, path, { step: 'score', score: 10 })).statusCode).toBe(200);
    expect((await sendOf(sendId)).status).toBe('responded');
  });

  it('a survey set back to draft: personal and public links show "not open yet" (403); activating it opens them again', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { publicLink: true });
    const { path } = await personalLink(t.app, ws.key, survey);
    const publicPath = `/s/p/${survey}`;
    // closed, then draft: the bug was that draft opened the links again
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'closed' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(410);
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'draft' })).statusCode).toBe(200);

    for (const url of [path, publicPath]) {
      const page = await t.app.inject({ method: 'GET', url: `${url}?score=8` });
      expect(page.statusCode, url).toBe(403);
      expect(mainOf(page.body)).toContain('This survey is not open yet');
      expect((await post(t.app, url, { step: 'score', score: 8 })).statusCode, url).toBe(403);
    }
    expect((await post(t.app, path, { auto: '1', score: 8 })).statusCode).toBe(403);
    const fr = await t.app.inject({ method: 'GET', url: publicPath, headers: { 'accept-language': 'fr' } });
    expect(fr.body).toContain('Cette enquête n’est pas encore ouverte');
    await expect(t.ctx.distribution.answerLink(path.slice(3), { score: 8 })).rejects.toMatchObject({ code: 'conflict' });
    expect(await count(survey)).toBe(0);

    // The REST API still records a draft's responses (an integrator may backfill before going live).
    const api = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 9 });
    expect(api.statusCode, api.body).toBe(201);
    expect(await count(survey)).toBe(1);

    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'active' })).statusCode).toBe(200);
    expect((await post(t.app, path, { step: 'score', score: 8 })).statusCode).toBe(200);
    expect((await post(t.app, publicPath, { step: 'score', score: 6 })).statusCode).toBe(200);
    expect(await count(survey)).toBe(3);
  });

  it('the widget: a draft survey is not shown, and a token from while it was active cannot answer (409)', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps', { publicLink: true });
    const secret = (await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).signing_secret!;
    const widget = (url: string, body: unknown) =>
      t.app.inject({ method: 'POST', url, remoteAddress: '10.9.0.1', headers: { 'content-type': 'text/plain;charset=UTF-8' }, payload: JSON.stringify(body) });
    const id = unique('visitor');
    const eligible = await widget('/api/widget/eligibility', { workspace: ws.workspaceId, survey, user: { id, hash: visitorHash(secret, id) } });
    expect(eligible.statusCode, eligible.body).toBe(200);
    const { token } = eligible.json() as { show: boolean; token: string };
    const anonymousToken = ((await widget('/api/widget/eligibility', { workspace: ws.workspaceId, survey })).json() as { token: string }).token;
    expect(anonymousToken).toBeTruthy();

    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${survey}`, { status: 'draft' })).statusCode).toBe(200);
    for (const tk of [token, anonymousToken]) {
      const answer = await widget('/api/widget/responses', { token: tk, score: 9 });
      expect(answer.statusCode, answer.body).toBe(409);
      expect((answer.json() as { error: { message: string } }).error.message).toContain('not open yet');
    }
    expect(await count(survey)).toBe(0);
    const again = await widget('/api/widget/eligibility', { workspace: ws.workspaceId, survey });
    expect(again.json()).toEqual({ show: false, reason: 'survey_not_active' });
  });
});
