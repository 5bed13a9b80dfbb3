import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: responses API', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let nps: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    nps = await createSurvey(t.app, ws.key, 'nps', { questions: [{ id: 'topic', type: 'single_choice', label: 'Topic', options: ['Billing', 'Speed'] }] });
  });
  afterAll(() => t.close());

  const count = async (surveyId: string) => (await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=${surveyId}`)).json().total as number;

  it('records one response with person and attribution by name, creating new records', async () => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      surveyId: nps,
      score: 3,
      comment: 'Waited 40 minutes on hold',
      person: { email: 'Ann@Example.com', name: 'Ann', properties: { plan: 'Pro' } },
      channel: 'email',
      team: 'Support',
      location: 'Berlin',
      employee: 'Jo',
      properties: { region: 'EMEA' },
      answers: { topic: 'Billing' },
    });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ score: 3, group: 'detractor', channel: 'email', team: 'Support', location: 'Berlin', employee: 'Jo', answers: { topic: 'Billing' } });
    expect(r.person.email).toBe('ann@example.com');
    const teams = (await call(t.app, ws.key, 'GET', '/api/v1/teams?name=Support')).json().data;
    expect(teams).toHaveLength(1);
    expect(teams[0].id).toBe(r.teamId);
    const emp = (await call(t.app, ws.key, 'GET', `/api/v1/employees/${r.employeeId}`)).json();
    expect(emp.teamId).toBe(r.teamId);
    // The same person answering again links to the same record.
    const again = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 9, person: { email: 'ann@example.com' } })).json();
    expect(again.person.id).toBe(r.person.id);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/people/${r.person.id}`)).json().properties).toEqual({ plan: 'Pro' });
  });

  it('matches a team, location or employee name regardless of case and spacing, and refuses a blank one', async () => {
    const first = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 9, team: 'Support Chat', location: 'Köln' })).json();
    // a fresh process (no cache): the match is made in the database's records, not only in memory
    t.ctx.responses.attribution.clear();
    const variants = (
      await call(t.app, ws.key, 'POST', '/api/v1/responses', {
        responses: [
          { surveyId: nps, score: 8, team: 'support chat', location: 'KÖLN' },
          { surveyId: nps, score: 7, team: '  SUPPORT   Chat ', location: 'köln' },
        ],
      })
    ).json().data;
    expect(variants.map((r: { teamId: string }) => r.teamId)).toEqual([first.teamId, first.teamId]);
    expect(variants.map((r: { locationId: string }) => r.locationId)).toEqual([first.locationId, first.locationId]);
    const teams = (await call(t.app, ws.key, 'GET', '/api/v1/teams?limit=200')).json().data.filter((x: { name: string }) => x.name.toLowerCase().includes('support chat'));
    expect(teams.map((x: { name: string }) => x.name)).toEqual(['Support Chat']);
    // a new name is kept as first written, spaces tidied
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 9, team: '  Night   Shift ' })).json().team).toBe('Night Shift');
    const blank = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 9, team: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields[0].field).toMatch(/team/);
  });

  it('exports every page as CSV, with formulas in customers’ text defused', async () => {
    const w = await createWorkspace(t.ctx);
    const s = await createSurvey(t.app, w.key, 'nps');
    const many = Array.from({ length: 450 }, (_, i) => ({ surveyId: s, score: i % 11, comment: i === 0 ? '=HYPERLINK("http://evil.example","click")' : `comment ${i}` }));
    expect((await call(t.app, w.key, 'POST', '/api/v1/responses', { responses: many })).statusCode).toBe(201);
    const csv = await call(t.app, w.key, 'GET', `/api/v1/responses/export?surveyId=${s}`);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(450); // three pages of the list
    expect(new Set(rows.map((r) => r.id)).size).toBe(450);
    expect(rows.find((r) => r.comment?.includes('HYPERLINK'))!.comment).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows.find((r) => r.comment === 'comment 7')).toBeTruthy();
  });

  it('accepts a batch and validates it whole, naming the item and field', async () => {
    const before = await count(nps);
    const ok = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: nps, score: 10 }, { surveyId: nps, score: 0, comment: 'bad' }] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data).toHaveLength(2);
    expect(await count(nps)).toBe(before + 2);

    const bad = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: nps, score: 10 }, { surveyId: nps, score: 7 }, { surveyId: nps, score: 11 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('responses/2/score');
    expect(bad.json().error.message).toMatch(/responses\/2\/score/);
    const wrongSurvey = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: nps, score: 10 }, { surveyId: 'nope', score: 7 }] });
    expect(wrongSurvey.statusCode).toBe(400);
    expect(wrongSurvey.json().error.fields[0].field).toBe('responses/1/surveyId');
    const badAnswer = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: nps, score: 10, answers: { topic: 'Weather' } }] });
    expect(badAnswer.json().error.fields[0].field).toBe('responses/0/answers/topic');
    // a misspelt field is named once, as unknown (not also as "schema is false")
    const unknown = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [{ surveyId: nps, score: 10, employeeId: 'x' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ message: 'responses/0/employeeId: is not a known field', fields: [{ field: 'responses/0/employeeId', message: 'is not a known field' }] });
    expect(unknown.json().error.fields).toHaveLength(1);
    expect(await count(nps)).toBe(before + 2);
  });

  it('checks the score against the survey kind', async () => {
    const csat = await createSurvey(t.app, ws.key, 'csat');
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: csat, score: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ field: 'score' });
    expect(res.json().error.message).toMatch(/1 to 5/);
  });

  it.each([
    ['missing score', { surveyId: 'x' }, 'score'],
    ['score as text', { surveyId: 'x', score: 'ten' }, 'score'],
    ['unknown field', { surveyId: 'x', score: 1, rating: 3 }, 'rating'],
    ['bad channel', { surveyId: 'x', score: 1, channel: 'Drop Table' }, 'channel'],
    ['future date', { surveyId: '__NPS__', score: 1, createdAt: '2999-01-01T00:00:00Z' }, 'createdAt'],
  ])('rejects %s with a 400 naming the field', async (_name, body, field) => {
    const payload = JSON.parse(JSON.stringify(body).replace('__NPS__', nps));
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('answers malformed, empty and oversized bodies with 4xx, never 500', async () => {
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', '{"surveyId": ')).statusCode).toBe(400);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', '[]')).statusCode).toBe(400);
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', 'null')).statusCode).toBe(400);
    const huge = { responses: Array.from({ length: 1001 }, () => ({ surveyId: nps, score: 5 })) };
    const tooMany = await call(t.app, ws.key, 'POST', '/api/v1/responses', huge);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].field).toBe('responses');
    const big = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 5, comment: 'x'.repeat(17 * 1024 * 1024) });
    expect(big.statusCode).toBe(413);
    const longComment = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 5, comment: 'x'.repeat(10_001) });
    expect(longComment.statusCode).toBe(400);
    const xml = await t.app.inject({ method: 'POST', url: '/api/v1/responses', headers: { authorization: `Bearer ${ws.key}`, 'content-type': 'text/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
  });

  it('makes retries safe with an Idempotency-Key', async () => {
    const before = await count(nps);
    const body = { surveyId: nps, score: 8, comment: 'ok' };
    const first = await call(t.app, ws.key, 'POST', '/api/v1/responses', body, { 'idempotency-key': 'abc-1' });
    const second = await call(t.app, ws.key, 'POST', '/api/v1/responses', body, { 'idempotency-key': 'abc-1' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await count(nps)).toBe(before + 1);
    const conflict = await call(t.app, ws.key, 'POST', '/api/v1/responses', { ...body, score: 2 }, { 'idempotency-key': 'abc-1' });
    expect(conflict.statusCode).toBe(422);
    // Concurrent retries of one request still write once.
    const results = await Promise.all(Array.from({ length: 5 }, () => call(t.app, ws.key, 'POST', '/api/v1/responses', { ...body, score: 4 }, { 'idempotency-key': 'abc-2' })));
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await count(nps)).toBe(before + 2);
  });

  it('takes a response in parts and moves its metric counts on update and delete', async () => {
    const survey = await createSurvey(t.app, ws.key, 'nps');
    const metrics = async () => (await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=${survey}&groupBy=team`)).json();
    const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 2, team: 'A' })).json();
    expect((await metrics()).detractors).toBe(1);
    const upd = await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { comment: 'Actually it was fine', score: 9, team: 'B' });
    expect(upd.statusCode).toBe(200);
    expect(upd.json()).toMatchObject({ comment: 'Actually it was fine', score: 9, group: 'promoter', team: 'B' });
    const m = await metrics();
    expect(m).toMatchObject({ total: 1, promoters: 1, detractors: 0, nps: 100 });
    expect(m.groups.map((g: { label: string }) => g.label)).toEqual(['B']);
    expect((await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { score: 42 })).statusCode).toBe(400);
    // an explicit null takes the score away (it once became 0, a detractor); the counts follow
    const unscored = await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { score: null, team: null });
    expect(unscored.statusCode, unscored.body).toBe(200);
    expect(unscored.json()).toMatchObject({ score: null, group: null, team: null });
    expect(await metrics()).toMatchObject({ total: 0, detractors: 0 });
    expect((await call(t.app, ws.key, 'DELETE', `/api/v1/responses/${r.id}`)).statusCode).toBe(204);
    expect((await metrics()).total).toBe(0);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses/${r.id}`)).statusCode).toBe(404);
  });

  it('recovers when another process deletes a team this process has cached', async () => {
    const first = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 8, team: 'Ephemeral' })).json();
    // Delete behind the service's back, as another Clearloop process would.
    await t.ctx.database.db.deleteFrom('team').where('id', '=', first.teamId).execute();
    const again = await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: nps, score: 8, team: 'Ephemeral' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().teamId).not.toBe(first.teamId);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/teams/${again.json().teamId}`)).json().name).toBe('Ephemeral');
  });

  it('lists with filters and text search', async () => {
    const w = await createWorkspace(t.ctx);
    const s = await createSurvey(t.app, w.key, 'nps');
    await call(t.app, w.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: s, score: 10, comment: 'Lovely STAFF', team: 'T1', channel: 'email', createdAt: '2026-01-05T10:00:00Z' },
        { surveyId: s, score: 1, comment: 'Slow delivery', team: 'T2', channel: 'widget', createdAt: '2026-02-05T10:00:00Z' },
        { surveyId: s, score: 7, team: 'T1', channel: 'email', createdAt: '2026-03-05T10:00:00Z' },
      ],
    });
    const list = async (q: string) => (await call(t.app, w.key, 'GET', `/api/v1/responses?surveyId=${s}&${q}`)).json().data.map((r: { score: number }) => r.score);
    expect(await list('')).toEqual([7, 1, 10]);
    expect(await list('q=staff')).toEqual([10]);
    expect(await list('from=2026-02-05&to=2026-02-05')).toEqual([1]);
    // the same filters download as CSV, every page of them, with each response's tags
    const latest = (await call(t.app, w.key, 'GET', `/api/v1/responses?surveyId=${s}&limit=1`)).json().data[0].id;
    expect((await call(t.app, w.key, 'PATCH', `/api/v1/responses/${latest}`, { tags: ['vip', 'call back'] })).statusCode).toBe(200);
    const csv = await call(t.app, w.key, 'GET', `/api/v1/responses/export?surveyId=${s}&channel=email`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="responses-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('id,created_at,survey_id,survey,score,group,comment,language,channel,email,name,external_id,team,location,employee,tags,answers,properties');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['7', '10']);
    const surveyName = (await call(t.app, w.key, 'GET', `/api/v1/surveys/${s}`)).json().name;
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 4))).toEqual([[s, surveyName], [s, surveyName]]);
    expect(lines[1]).toContain('"[""vip"",""call back""]"');
    expect(lines[2]).toContain(',[],');
    expect((await call(t.app, w.key, 'GET', `/api/v1/responses/export?surveyId=${s}&from=2026-03-01&to=2026-02-01`)).statusCode).toBe(400);
    const reversed = await call(t.app, w.key, 'GET', `/api/v1/responses?surveyId=${s}&from=2026-03-01&to=2026-02-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toEqual([{ field: 'from', message: 'must not be after to' }]);
    expect(await list('group=detractor')).toEqual([1]);
    expect(await list('channel=email')).toEqual([7, 10]);
    expect(await list('hasComment=true')).toEqual([1, 10]);
    expect(await list('from=2026-02-01&to=2026-02-28')).toEqual([1]);
    expect(await list('to=2026-01-05')).toEqual([10]);
    const teamT1 = (await call(t.app, w.key, 'GET', '/api/v1/teams?name=T1')).json().data[0].id;
    expect(await list(`teamId=${teamT1}`)).toEqual([7, 10]);
    expect((await call(t.app, w.key, 'GET', `/api/v1/responses?from=yesterday`)).statusCode).toBe(400);
    expect(await list('q=100%25_')).toEqual([]);
  });
});
