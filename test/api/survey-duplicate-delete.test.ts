/**
 * Duplicating and deleting surveys: a copy is a draft "Copy of …" with the settings and none of the data; what a
 * delete would remove is counted first (responses, sends, cases) so the dashboard can say so; the delete itself keeps
 * its documented behaviour (the survey goes with everything recorded for it). Writers only, in their own workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackSurvey } from '../../src/modules/feedback-page/feedback-page.routes.ts';
import { copyName } from '../../src/modules/surveys/survey.service.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

describe('copyName', () => {
  it('numbers copies whose name is taken and stays within 200 characters', () => {
    expect(copyName('Onboarding', new Set())).toBe('Copy of Onboarding');
    expect(copyName('Onboarding', new Set(['Copy of Onboarding']))).toBe('Copy of Onboarding (2)');
    expect(copyName('Onboarding', new Set(['Copy of Onboarding', 'Copy of Onboarding (2)']))).toBe('Copy of Onboarding (3)');
    const long = 'x'.repeat(200);
    expect(copyName(long, new Set())).toHaveLength(200);
    const second = copyName(long, new Set([copyName(long, new Set())]));
    expect(second).toHaveLength(200);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});

describe.each(DIALECTS)('%s: duplicate and delete surveys', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  /** Session headers of a member with each role. */
  const members: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const email = `${unique(role)}@example.com`;
      await t.ctx.workspaces.addMember(ws.auth, { email, role, password: 'correct horse battery' });
      const s = await login(t.app, email, 'correct horse battery');
      members[role] = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    }
  });
  afterAll(() => t.close());

  const asMember = (role: string, method: 'GET' | 'POST' | 'DELETE', url: string) => t.app.inject({ method, url, headers: members[role]! });

  it('duplicates every setting into a draft named "Copy of …", without the responses', async () => {
    const settings = {
      kind: 'csat',
      question: 'How did we do today?',
      followUp: { default: 'Why?', negative: 'What went wrong?' },
      questions: [{ id: 'channel', type: 'single_choice', label: 'How did you reach us?', options: ['Phone', 'Chat'] }],
      locale: 'fr',
      thankYou: { message: 'Merci !', linkUrl: 'https://example.com/review', linkTones: ['positive'] },
      publicLink: true,
      reminderDays: 4,
      email: { subject: 'Un mot pour {company}', intro: 'Deux minutes ?', reminderSubject: null },
    };
    const name = unique('Support');
    const original = (await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name, ...settings })).json();
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: original.id, score: 5 })).statusCode).toBe(201);

    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${original.id}/duplicate`);
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json();
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ ...settings, name: `Copy of ${name}`, status: 'draft', responseCount: 0, email: { ...settings.email, reminderSubject: null } });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${copy.id}`)).json()).toEqual(copy);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${copy.id}`)).json().data).toEqual([]);
    // the original is untouched and still has its response
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${original.id}`)).json()).toMatchObject({ name, status: 'active', responseCount: 1 });

    // a second copy gets its own name
    const again = (await call(t.app, ws.key, 'POST', `/api/v1/surveys/${original.id}/duplicate`)).json();
    expect(again.name).toBe(`Copy of ${name} (2)`);
  });

  it('lets owners, managers and write keys duplicate; agents, viewers and read keys get 403', async () => {
    const id = await createSurvey(t.app, ws.key);
    expect((await asMember('manager', 'POST', `/api/v1/surveys/${id}/duplicate`)).statusCode).toBe(201);
    for (const role of ['agent', 'viewer']) {
      const res = await asMember(role, 'POST', `/api/v1/surveys/${id}/duplicate`);
      expect(res.statusCode, role).toBe(403);
    }
    expect((await call(t.app, ws.readKey, 'POST', `/api/v1/surveys/${id}/duplicate`)).statusCode).toBe(403);
  });

  it('answers 404 for an unknown survey or another workspace’s, and 409 for the feedback page’s survey', async () => {
    expect((await call(t.app, ws.key, 'POST', '/api/v1/surveys/nope/duplicate')).statusCode).toBe(404);
    const other = await createWorkspace(t.ctx);
    const foreign = await createSurvey(t.app, other.key);
    for (const url of [`/api/v1/surveys/${foreign}/duplicate`, `/api/v1/surveys/${foreign}/deletion-impact`]) {
      const res = await call(t.app, ws.key, url.endsWith('duplicate') ? 'POST' : 'GET', url);
      expect(res.statusCode, url).toBe(404);
    }
    expect((await call(t.app, ws.key, 'DELETE', `/api/v1/surveys/${foreign}`)).statusCode).toBe(404);
    expect((await call(t.app, other.key, 'GET', `/api/v1/surveys/${foreign}`)).statusCode).toBe(200);

    const feedback = await feedbackSurvey(t.ctx, ws.workspaceId);
    const res = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${feedback}/duplicate`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields[0].field).toBe('id');
  });

  it('counts what a delete would remove, then deletes the survey with it', async () => {
    const id = await createSurvey(t.app, ws.key);
    const empty = await call(t.app, ws.key, 'GET', `/api/v1/surveys/${id}/deletion-impact`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ responses: 0, sends: 0, cases: 0 });

    const responses = [];
    for (const score of [2, 9, 10]) responses.push((await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: id, score })).json());
    expect((await call(t.app, ws.key, 'POST', '/api/v1/cases', { responseId: responses[0].id })).statusCode).toBe(201);
    const send = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${id}/send`, { people: [{ email: `${unique('p')}@example.com` }, { email: `${unique('q')}@example.com` }], channel: 'link' });
    expect(send.statusCode, send.body).toBe(202);
    // another survey's data is not counted
    const neighbour = await createSurvey(t.app, ws.key);
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: neighbour, score: 1 });

    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${id}/deletion-impact`)).json()).toEqual({ responses: 3, sends: 2, cases: 1 });
    // reading what a delete removes is part of deleting: writers only
    expect((await asMember('viewer', 'GET', `/api/v1/surveys/${id}/deletion-impact`)).statusCode).toBe(403);
    expect((await asMember('manager', 'GET', `/api/v1/surveys/${id}/deletion-impact`)).statusCode).toBe(200);

    for (const role of ['agent', 'viewer']) expect((await asMember(role, 'DELETE', `/api/v1/surveys/${id}`)).statusCode, role).toBe(403);
    expect((await call(t.app, ws.readKey, 'DELETE', `/api/v1/surveys/${id}`)).statusCode).toBe(403);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${id}`)).statusCode).toBe(200);

    expect((await asMember('manager', 'DELETE', `/api/v1/surveys/${id}`)).statusCode).toBe(204);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/sends?surveyId=${id}`)).json().data).toEqual([]);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses/${responses[0].id}`)).statusCode).toBe(404);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${neighbour}`)).json().responseCount).toBe(1);
  });
});
