/**
 * One permissive email check on every API path that writes a person's email: responses (single and batch), the
 * people directory, sends and the widget. 400 naming the field; good addresses are stored in lower case as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorHash } from '../../src/modules/widget/widget-token.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';

const BAD = ['bad', 'no-dot@localhost', 'two words@example.com', 'a@b@example.com', `${'x'.repeat(250)}@ex.io`];

describe.each(DIALECTS)('%s: person emails on the API', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let survey: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    await t.ctx.settings.update(ws.auth, { fatigue: { quietHours: null, minDaysBetweenSurveys: 0 } });
    survey = await createSurvey(t.app, ws.key, 'nps', { publicLink: true });
  });
  afterAll(() => t.close());

  const fieldOf = (res: { json: () => unknown }) => (res.json() as { error: { fields: { field: string }[] } }).error.fields[0]?.field;
  const peopleCount = async () => Number((await t.ctx.database.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws.workspaceId).executeTakeFirstOrThrow()).n);

  it('POST /api/v1/responses refuses a malformed person email with 400 naming person/email, and creates nobody', async () => {
    const before = await peopleCount();
    for (const email of BAD) {
      const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 9, person: { email } });
      expect(res.statusCode, `${email}: ${res.body}`).toBe(400);
      expect(fieldOf(res)).toBe('person/email');
    }
    expect(await peopleCount()).toBe(before);
    // fine addresses (plus signs, sub-domains, upper case) are stored in lower case; a blank one means none
    const ok = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 9, person: { email: ' Ann.Lee+nps@Mail.Example.co.uk ' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().person.email).toBe('ann.lee+nps@mail.example.co.uk');
    const blank = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 9, person: { email: '', externalId: unique('ext') } });
    expect(blank.statusCode, blank.body).toBe(201);
  });

  it('a batch names the item: responses/3/person/email; nothing of the batch is written', async () => {
    const responses = [0, 1, 2, 3].map((i) => ({ surveyId: survey, score: 8, person: { email: i === 3 ? 'bad' : `${unique('b')}@example.com` } }));
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses });
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldOf(res)).toBe('responses/3/person/email');
    const listed = (await call(t.app, ws.key, 'GET', `/api/v1/people?email=${encodeURIComponent(responses[0]!.person.email)}`)).json().data;
    expect(listed).toEqual([]);
  });

  it('the people directory refuses it on create and update (400 naming email)', async () => {
    const created = await call(t.app, ws.key, 'POST', '/api/v1/people', { email: 'bad', name: 'Bad' });
    expect(created.statusCode, created.body).toBe(400);
    expect(fieldOf(created)).toBe('email');
    const good = await call(t.app, ws.key, 'POST', '/api/v1/people', { email: `${unique('dir')}@Example.com` });
    expect(good.statusCode, good.body).toBe(201);
    const patched = await call(t.app, ws.key, 'PATCH', `/api/v1/people/${good.json().id}`, { email: 'still bad' });
    expect(patched.statusCode, patched.body).toBe(400);
    expect(fieldOf(patched)).toBe('email');
  });

  it('sends refuse it naming people/N/email; the widget naming user/email', async () => {
    const send = await call(t.app, ws.key, 'POST', `/api/v1/surveys/${survey}/send`, { channel: 'link', people: [{ email: `${unique('s')}@example.com` }, { email: 'bad' }] });
    expect(send.statusCode, send.body).toBe(400);
    expect(fieldOf(send)).toBe('people/1/email');

    const secret = (await t.ctx.database.db.selectFrom('workspace').select('signing_secret').where('id', '=', ws.workspaceId).executeTakeFirstOrThrow()).signing_secret!;
    const id = unique('visitor');
    const widget = await t.app.inject({
      method: 'POST',
      url: '/api/widget/eligibility',
      remoteAddress: '10.8.0.1',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({ workspace: ws.workspaceId, survey, user: { id, hash: visitorHash(secret, id), email: 'bad' } }),
    });
    expect(widget.statusCode, widget.body).toBe(400);
    expect(fieldOf(widget)).toBe('user/email');
  });
});
