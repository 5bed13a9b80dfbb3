import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

describe.each(DIALECTS)('%s: surveys API', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  it('creates an NPS survey with defaults and answers 201 with its id', async () => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'Relationship', kind: 'nps' });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(s).toMatchObject({ name: 'Relationship', kind: 'nps', status: 'active', questions: [] });
    expect(s.question).toMatch(/recommend/);
    expect(s.followUp.default).toBeTruthy();
    const got = await call(t.app, ws.key, 'GET', `/api/v1/surveys/${s.id}`);
    expect(got.json()).toEqual(s);
  });

  it('supports score-dependent follow-ups and extra questions', async () => {
    const res = await call(t.app, ws.key, 'POST', '/api/v1/surveys', {
      name: 'Support',
      kind: 'csat',
      followUp: { default: 'Why?', negative: 'What went wrong?' },
      questions: [
        { id: 'channel', type: 'single_choice', label: 'How did you contact us?', options: ['Phone', 'Chat'] },
        { id: 'effort', type: 'rating', label: 'Effort', min: 1, max: 7 },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().followUp).toMatchObject({ default: 'Why?', negative: 'What went wrong?' });
    expect(res.json().questions).toHaveLength(2);
  });

  it.each([
    [{ kind: 'nps' }, 'name'],
    [{ name: 'x', kind: 'stars' }, 'kind'],
    [{ name: 'x', kind: 'nps', colour: 'red' }, 'colour'],
    [{ name: 'x', kind: 'nps', questions: [{ id: 'q', type: 'single_choice', label: 'Pick', options: ['only'] }] }, 'questions/0/options'],
    [{ name: 'x', kind: 'nps', questions: [{ id: 'q', type: 'text', label: 'a' }, { id: 'q', type: 'text', label: 'b' }] }, 'questions/1/id'],
  ])('rejects %j naming the field %s', async (body, field) => {
    const before = (await call(t.app, ws.key, 'GET', '/api/v1/surveys?limit=200')).json().data.length;
    const res = await call(t.app, ws.key, 'POST', '/api/v1/surveys', body);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation_error');
    expect(err.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect((await call(t.app, ws.key, 'GET', '/api/v1/surveys?limit=200')).json().data.length).toBe(before);
  });

  it('counts each survey’s scored responses in the list and on the survey', async () => {
    const a = (await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'Counted A', kind: 'nps' })).json();
    const b = (await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'Counted B', kind: 'csat' })).json();
    expect(a.responseCount).toBe(0);
    await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: a.id, score: 10, team: 'North' },
        { surveyId: a.id, score: 3, createdAt: '2025-01-15T10:00:00Z' },
        { surveyId: a.id, score: 8 },
        { surveyId: b.id, score: 5 },
      ],
    });
    const list = (await call(t.app, ws.key, 'GET', '/api/v1/surveys?limit=200')).json().data;
    // three days' buckets and a team bucket for A: only the 'all' buckets count, once per response
    expect(list.find((s: { id: string }) => s.id === a.id).responseCount).toBe(3);
    expect(list.find((s: { id: string }) => s.id === b.id).responseCount).toBe(1);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${a.id}`)).json().responseCount).toBe(3);
  });

  it('pages through surveys with a cursor, newest first', async () => {
    const w = await createWorkspace(t.ctx);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await call(t.app, w.key, 'POST', '/api/v1/surveys', { name: `s${i}`, kind: 'nps' })).json().id);
    const p1 = (await call(t.app, w.key, 'GET', '/api/v1/surveys?limit=2')).json();
    expect(p1.data.map((s: { id: string }) => s.id)).toEqual([ids[4], ids[3]]);
    const p2 = (await call(t.app, w.key, 'GET', `/api/v1/surveys?limit=2&cursor=${p1.nextCursor}`)).json();
    const p3 = (await call(t.app, w.key, 'GET', `/api/v1/surveys?limit=2&cursor=${p2.nextCursor}`)).json();
    expect([...p2.data, ...p3.data].map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(p3.nextCursor).toBeNull();
    expect((await call(t.app, w.key, 'GET', '/api/v1/surveys?cursor=garbage')).statusCode).toBe(400);
    expect((await call(t.app, w.key, 'GET', '/api/v1/surveys?limit=1000')).statusCode).toBe(400);
  });

  it('updates and deletes; the kind is fixed once responses exist', async () => {
    const id = (await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'Temp', kind: 'nps' })).json().id;
    const upd = await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${id}`, { name: 'Renamed', status: 'closed' });
    expect(upd.json()).toMatchObject({ name: 'Renamed', status: 'closed' });
    expect((await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: id, score: 9 })).statusCode).toBe(201);
    const kind = await call(t.app, ws.key, 'PATCH', `/api/v1/surveys/${id}`, { kind: 'csat' });
    expect(kind.statusCode).toBe(409);
    expect(kind.json().error.fields[0].field).toBe('kind');
    expect((await call(t.app, ws.key, 'DELETE', `/api/v1/surveys/${id}`)).statusCode).toBe(204);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/surveys/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${id}`)).json().data).toEqual([]);
  });
});
