/**
 * The Delighted-compatible API, driven by the real `delighted` Node client against the app listening in-process,
 * on both databases.
 */
import Delighted, { type DelightedClient, type DelightedClientError, type Item } from 'delighted';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDelightedId, toDelightedId } from '../../src/modules/delighted/delighted-ids.ts';
import { delightedLimits } from '../../src/modules/delighted/delighted.routes.ts';
import { call, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace, unique } from '../harness.ts';

/** Runs a client call that must fail and returns the client's error. */
async function failure(p: PromiseLike<unknown>): Promise<DelightedClientError> {
  try {
    await p;
  } catch (err) {
    return err as DelightedClientError;
  }
  throw new Error('expected the call to fail');
}

/** A resource the client materialized, as plain JSON (without its client and schema). */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const email = (p: string) => `${unique(p)}@example.com`;

describe.each(DIALECTS)('%s: Delighted-compatible API with the real delighted client', (dialect) => {
  let t: TestApp;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let port: number;
  let base: string;
  let da: DelightedClient;
  let dread: DelightedClient;
  let db: DelightedClient;
  const client = (key: string) => Delighted(key, { host: '127.0.0.1', port, scheme: 'http', base: '/delighted/v1' });
  const raw = (path: string, init: RequestInit & { key?: string } = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { authorization: `Basic ${Buffer.from(`${init.key ?? a.key}:`).toString('base64')}`, ...(init.headers ?? {}) } });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
    base = `http://127.0.0.1:${port}/delighted/v1`;
    a = await createWorkspace(t.ctx);
    b = await createWorkspace(t.ctx);
    da = client(a.key);
    dread = client(a.readKey);
    db = client(b.key);
  });
  afterAll(async () => {
    await t.close();
  });

  it('rejects a bad key with 401 (AuthenticationError) and writes with a read key with 403', async () => {
    const bad = await failure(client('cl_nothing_here').metrics.retrieve());
    expect(bad.type).toBe('AuthenticationError');
    expect(JSON.parse(bad.message)).toEqual({ status: 401, message: 'Invalid API key' });
    const res = await fetch(`${base}/metrics.json`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);

    expect(await dread.metrics.retrieve()).toMatchObject({ response_count: 0 });
    const denied = await failure(dread.person.create({ email: email('ro'), send: false }));
    expect(denied.type).toBe('GeneralAPIError');
    expect(JSON.parse(denied.message)).toMatchObject({ status: 403 });
  });

  it('POST /people schedules a survey after `delay`, creating the "Delighted NPS" survey; send:false only saves the person', async () => {
    const before = Math.floor(Date.now() / 1000);
    const who = email('jony');
    const person = await da.person.create({
      email: who,
      name: 'Jony Appleseed',
      delay: 3600,
      properties: { plan: 'Pro', customer_id: 'C-42', locale: 'de', question_product_name: 'The London Trench' },
    });
    expect(person).toMatchObject({ email: who, name: 'Jony Appleseed', phone_number: null });
    expect(person.id).toMatch(/^\d+$/);
    expect(person.survey_scheduled_at).toBeGreaterThanOrEqual(before + 3600);
    expect(person.survey_scheduled_at).toBeLessThanOrEqual(before + 3602);
    expect(person.created_at).toBeGreaterThanOrEqual(before);

    const personId = fromDelightedId(person.id as string)!;
    const stored = (await call(t.app, a.key, 'GET', `/api/v1/people/${personId}`)).json();
    expect(stored).toMatchObject({ externalId: 'C-42', locale: 'de', properties: { plan: 'Pro', question_product_name: 'The London Trench' } });
    const sends = (await call(t.app, a.key, 'GET', `/api/v1/sends?personId=${personId}`)).json() as { data: { status: string; scheduledAt: string; surveyId: string; channel: string }[] };
    expect(sends.data).toHaveLength(1);
    expect(sends.data[0]).toMatchObject({ status: 'scheduled', channel: 'email' });
    expect(Math.floor(Date.parse(sends.data[0]!.scheduledAt) / 1000)).toBe(person.survey_scheduled_at);
    const survey = (await call(t.app, a.key, 'GET', `/api/v1/surveys/${sends.data[0]!.surveyId}`)).json();
    expect(survey).toMatchObject({ name: 'Delighted NPS', kind: 'nps', status: 'active' });

    // Updating the same person (by email) merges; send:false schedules nothing.
    const again = await da.person.create({ email: who.toUpperCase(), send: false, properties: { plan: 'Enterprise' } });
    expect(again.id).toBe(person.id);
    expect(again.survey_scheduled_at).toBeUndefined();
    expect((await call(t.app, a.key, 'GET', `/api/v1/sends?personId=${personId}`)).json().data).toHaveLength(1);
    expect((await call(t.app, a.key, 'GET', `/api/v1/people/${personId}`)).json().properties).toMatchObject({ plan: 'Enterprise', customer_id: 'C-42' });

    const quiet = await da.person.create({ email: email('quiet'), send: false });
    expect(quiet.survey_scheduled_at).toBeUndefined();
    expect((await call(t.app, a.key, 'GET', `/api/v1/sends?personId=${fromDelightedId(quiet.id as string)}`)).json().data).toHaveLength(0);
    // Only one "Delighted NPS" survey, however many calls.
    const surveys = (await call(t.app, a.key, 'GET', '/api/v1/surveys')).json() as { data: { name: string }[] };
    expect(surveys.data.filter((s) => s.name === 'Delighted NPS')).toHaveLength(1);
  });

  it('answers 422 with field errors for bad input (ResourceValidationError)', async () => {
    const noEmail = await failure(da.person.create({ name: 'Nobody' }));
    expect(noEmail.type).toBe('ResourceValidationError');
    expect(JSON.parse(noEmail.message)).toMatchObject({ status: 422, message: 'Unprocessable Entity', errors: { email: ["can't be blank"] } });
    expect(JSON.parse((await failure(da.person.create({ email: 'not-an-email' }))).message).errors).toEqual({ email: ['is invalid'] });
    expect(JSON.parse((await failure(da.person.create({ email: email('d'), delay: 'soon' }))).message).errors.delay).toBeDefined();
    expect(JSON.parse((await failure(da.person.create({ phone_number: '+14155551212', channel: 'sms' }))).message).errors.channel).toBeDefined();
    const who = await da.person.create({ email: email('v'), send: false });
    expect(JSON.parse((await failure(da.surveyResponse.create({ person: who.id, score: 11 }))).message).errors).toEqual({ score: [expect.stringMatching(/0 to 10/)] });
    expect(JSON.parse((await failure(da.surveyResponse.create({ score: 5 }))).message).errors).toEqual({ person: ["can't be blank"] });
    expect(JSON.parse((await failure(da.surveyResponse.create({ person: '12345', score: 5 }))).message).errors.person).toBeDefined();
    const future = Math.floor(Date.now() / 1000) + 86_400;
    expect(JSON.parse((await failure(da.surveyResponse.create({ person: who.id, score: 5, created_at: future }))).message).errors.created_at).toBeDefined();
  });

  it('lists people oldest first with Link-header paging (autoPagingEach), and filters', async () => {
    const marker = unique('pg');
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await da.person.create({ email: `${marker}-${i}@example.com`, send: false, phone_number: `+1415555${String(1000 + i)}` })).id as string);
    const since = Math.floor(Date.now() / 1000) - 120;
    const seen: string[] = [];
    await da.person.list({ per_page: 2, since }).autoPagingEach((p) => {
      if (String(p.email).startsWith(marker)) seen.push(p.id as string);
    });
    expect(seen).toEqual(created);

    const res = await raw(`/people.json?per_page=2&since=${since}`);
    expect(res.headers.get('link')).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/delighted\/v1\/people\.json\?per_page=2&since=\d+&page_info=[^>]+>; rel="next"$/);
    const byEmail = (await (await raw(`/people?email=${marker}-3@example.com`)).json()) as Item[];
    expect(byEmail.map((p) => p.id)).toEqual([created[3]]);
    expect(byEmail[0]).toMatchObject({ last_sent_at: null, last_responded_at: null, next_survey_scheduled_at: null, phone_number: '+14155551003' });
    const byPhone = (await (await raw(`/people?phone_number=${encodeURIComponent('+14155551004')}`)).json()) as Item[];
    expect(byPhone.map((p) => p.id)).toContain(created[4]);
    // Stopping early works too.
    let count = 0;
    await da.person.list({ per_page: 2 }).autoPagingEach(() => ++count < 3 || false);
    expect(count).toBe(3);
  });

  it('creates, reads, lists, expands and updates survey responses', async () => {
    const who = await da.person.create({ email: email('r'), name: 'Rae', send: false });
    const t0 = Math.floor(Date.now() / 1000) - 3 * 86_400;
    const r1 = await da.surveyResponse.create({ person: who.id, score: 9, comment: 'Great', person_properties: { plan: 'Pro' }, created_at: t0 });
    expect(r1).toMatchObject({ person: who.id, survey_type: 'nps', score: 9, comment: 'Great', created_at: t0, person_properties: { plan: 'Pro' }, notes: [], tags: [], additional_answers: [] });
    expect(r1.id).toMatch(/^\d+$/);
    // the dashboard's page of the response, /responses/<id> (it ignores /responses?response=<id>)
    expect(r1.permalink).toBe(`${t.ctx.config.publicUrl}/responses/${fromDelightedId(r1.id as string)}`);
    const stored = (await call(t.app, a.key, 'GET', `/api/v1/responses/${fromDelightedId(r1.id as string)}`)).json();
    expect(stored).toMatchObject({ channel: 'delighted_api', score: 9, createdAt: new Date(t0 * 1000).toISOString() });

    // By email: the person is created when new.
    const newcomer = email('new');
    const r2 = await da.surveyResponse.create({ person: newcomer, score: 3, comment: 'Slow' });
    const r3 = await da.surveyResponse.create({ person: who.id, score: 7 });
    expect((await da.surveyResponse.retrieve(r2.id as string)).comment).toBe('Slow');

    const mine = [r1.id, r2.id, r3.id];
    const all = (await da.surveyResponse.all({ per_page: 100 })).filter((r) => mine.includes(r.id));
    expect(all.map((r) => r.id)).toEqual(mine);
    const desc = (await da.surveyResponse.all({ order: 'desc', per_page: 100 })).filter((r) => mine.includes(r.id));
    expect(desc.map((r) => r.id)).toEqual([...mine].reverse());
    const recent = await da.surveyResponse.all({ since: new Date(Date.now() - 86_400_000), per_page: 100 });
    expect(recent.map((r) => r.id)).not.toContain(r1.id);
    expect((await da.surveyResponse.all({ until: t0 + 1 })).map((r) => r.id)).toContain(r1.id);
    expect((await da.surveyResponse.all({ person_id: who.id })).map((r) => r.id)).toEqual([r1.id, r3.id]);
    expect((await da.surveyResponse.all({ person_email: newcomer })).map((r) => r.id)).toEqual([r2.id]);
    const page2 = await da.surveyResponse.all({ person_id: who.id, per_page: 1, page: 2 });
    expect(page2.map((r) => r.id)).toEqual([r3.id]);

    // expand[]=person, as the docs spell it, and expand=person as the client encodes an array.
    const [expanded] = await da.surveyResponse.all({ person_email: newcomer, 'expand[]': ['person', 'notes'] });
    expect(expanded!.person).toMatchObject({ email: newcomer, id: expect.stringMatching(/^\d+$/) });
    const [expanded2] = await da.surveyResponse.all({ person_email: newcomer, expand: ['person'] });
    expect((expanded2!.person as Item).email).toBe(newcomer);

    // Update: PUT /survey_responses/:id, and the client's save() (which PUTs the whole object to the collection).
    const put = await raw(`/survey_responses/${r3.id as string}.json`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ score: 10, comment: 'Changed my mind', person_properties: { plan: 'Team' } }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ id: r3.id, score: 10, comment: 'Changed my mind', person_properties: { plan: 'Team' } });
    const fetched = await da.surveyResponse.retrieve(r2.id as string);
    fetched.comment = 'Slow, but fixed';
    const saved = await fetched.save();
    expect(saved).toMatchObject({ id: r2.id, comment: 'Slow, but fixed', score: 3 });
    const bad = await raw(`/survey_responses/${r3.id as string}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ score: 42 }) });
    expect(bad.status).toBe(422);
    expect((await raw('/survey_responses/999999', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"score":1}' })).status).toBe(404);
  });

  it('maps additional questions to additional_answers, both ways', async () => {
    const ws = await createWorkspace(t.ctx);
    const questions = [
      { id: 'reason', type: 'single_choice', label: 'Main reason?', options: ['Price', 'Service'] },
      { id: 'likes', type: 'multiple_choice', label: 'What did you like?', options: ['Speed', 'Staff', 'Price'] },
      { id: 'more', type: 'text', label: 'Anything else?' },
    ];
    const res = await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'NPS with questions', kind: 'nps', questions });
    expect(res.statusCode, res.body).toBe(201);
    const d = client(ws.key);
    const who = await d.person.create({ email: email('q'), send: false });
    const r = await d.surveyResponse.create({ person: who.id, score: 8 });
    const put = await fetch(`${base}/survey_responses/${r.id as string}`, {
      method: 'PUT',
      headers: { authorization: `Basic ${Buffer.from(`${ws.key}:`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        additional_answers: [
          { question: { id: 'reason' }, value: { select_one: { text: 'Service' } } },
          { question: { id: 'likes' }, value: { select_many: [{ text: 'Speed' }, { text: 'Staff' }] } },
          { question: { id: 'more' }, value: { free_response: 'Keep it up' } },
        ],
      }),
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const got = await d.surveyResponse.retrieve(r.id as string);
    expect(got.additional_answers).toEqual([
      { id: 'reason', value: { free_response: null, scale: null, select_one: { id: 'Service', text: 'Service' }, select_many: null }, question: { id: 'reason', type: 'select_one', text: 'Main reason?' } },
      {
        id: 'likes',
        value: { free_response: null, scale: null, select_one: null, select_many: [{ id: 'Speed', text: 'Speed' }, { id: 'Staff', text: 'Staff' }] },
        question: { id: 'likes', type: 'select_many', text: 'What did you like?' },
      },
      { id: 'more', value: { free_response: 'Keep it up', scale: null, select_one: null, select_many: null }, question: { id: 'more', type: 'free_response', text: 'Anything else?' } },
    ]);
  });

  it('GET /metrics counts promoters, passives and detractors in a time range', async () => {
    const ws = await createWorkspace(t.ctx);
    const d = client(ws.key);
    expect(plain(await d.metrics.retrieve())).toEqual({
      nps: 0,
      promoter_count: 0,
      promoter_percent: 0,
      passive_count: 0,
      passive_percent: 0,
      detractor_count: 0,
      detractor_percent: 0,
      response_count: 0,
    });
    const who = await d.person.create({ email: email('m'), send: false });
    const old = Math.floor(Date.now() / 1000) - 10 * 86_400;
    for (const score of [10, 9, 9, 8, 3, 0]) await d.surveyResponse.create({ person: who.id, score });
    await d.surveyResponse.create({ person: who.id, score: 10, created_at: old });
    expect(plain(await d.metrics.retrieve({ since: new Date(Date.now() - 86_400_000) }))).toEqual({
      nps: 17,
      promoter_count: 3,
      promoter_percent: 50,
      passive_count: 1,
      passive_percent: 16.7,
      detractor_count: 2,
      detractor_percent: 33.3,
      response_count: 6,
    });
    expect((await d.metrics.retrieve()).response_count).toBe(7);
    expect((await d.metrics.retrieve({ until: old })).response_count).toBe(1);
  });

  it('unsubscribes, lists unsubscribes and bounces', async () => {
    const ws = await createWorkspace(t.ctx);
    const d = client(ws.key);
    const u1 = email('u1');
    const u2 = email('u2');
    const ok = await d.unsubscribe.create({ person_email: u1 });
    expect(plain(ok)).toEqual({ ok: true });
    await d.unsubscribe.create({ person_email: u2 });
    const list = await d.unsubscribe.all();
    expect(list.map((x) => x.email)).toEqual([u1, u2]);
    expect(list[0]).toMatchObject({ person_id: expect.stringMatching(/^\d+$/), name: null, unsubscribed_at: expect.any(Number) });
    expect((await d.unsubscribe.all({ per_page: 1, page: 2 })).map((x) => x.email)).toEqual([u2]);
    expect(await d.unsubscribe.all({ until: Math.floor(Date.now() / 1000) - 3600 })).toEqual([]);
    expect(JSON.parse((await failure(d.unsubscribe.create({ person_email: '' }))).message).errors).toEqual({ person_email: ["can't be blank"] });

    // An unsubscribed person is not emailed: the send is created and skipped when due (Clearloop's fatigue rules).
    const bounced = email('b');
    await t.ctx.distribution.recordBounce(ws.workspaceId, bounced, '550 no such user');
    const bounces = await d.bounce.all();
    expect(plain(bounces)).toEqual([{ person_id: expect.stringMatching(/^\d+$/), email: bounced, name: null, bounced_at: expect.any(Number) }]);
    expect(await d.bounce.all({ since: Math.floor(Date.now() / 1000) + 3600 })).toEqual([]);
  });

  it('cancels pending survey requests and deletes people with their data (by id, email and phone number)', async () => {
    const ws = await createWorkspace(t.ctx);
    const d = client(ws.key);
    const who = email('pending');
    const p = await d.person.create({ email: who, delay: 86_400 });
    const personId = fromDelightedId(p.id as string)!;
    expect(await d.surveyRequest.deletePending({ person_email: who })).toEqual({ ok: true });
    const sends = (await call(t.app, ws.key, 'GET', `/api/v1/sends?personId=${personId}`)).json() as { data: { status: string }[] };
    expect(sends.data.map((s) => s.status)).toEqual(['cancelled']);
    expect((await failure(d.surveyRequest.deletePending({ person_email: email('nobody') }))).type).toBe('GeneralAPIError');

    await d.surveyResponse.create({ person: p.id, score: 2, comment: 'private words' });
    expect((await d.metrics.retrieve()).response_count).toBe(1);
    expect(await d.person.delete({ id: p.id as string })).toEqual({ ok: true });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/people/${personId}`)).statusCode).toBe(404);
    expect((await call(t.app, ws.key, 'GET', '/api/v1/responses')).json().data).toEqual([]);
    expect((await d.metrics.retrieve()).response_count).toBe(0);
    expect((await call(t.app, ws.key, 'GET', `/api/v1/sends?personId=${personId}`)).json().data).toEqual([]);

    const byEmail = email('del');
    await d.person.create({ email: byEmail, send: false });
    await d.unsubscribe.create({ person_email: byEmail });
    expect(await d.person.delete({ email: byEmail })).toEqual({ ok: true });
    expect(plain(await d.unsubscribe.all())).toEqual([]);
    await d.person.create({ phone_number: '+14155559876', send: false });
    expect(await d.person.delete({ phone_number: '+14155559876' })).toEqual({ ok: true });
    expect(await (await raw('/people.json?phone_number=%2B14155559876', { key: ws.key })).json()).toEqual([]);
    const missing = await failure(d.person.delete({ email: byEmail }));
    expect(JSON.parse(missing.message)).toEqual({ status: 404, message: 'Not Found' });
  });

  it('accepts form-encoded bodies with bracketed keys and paths with or without .json', async () => {
    const who = email('form');
    const res = await raw('/people.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(who)}&name=Form+Person&send=false&properties[plan]=Pro&properties[Purchase+Experience]=Mobile+App`,
    });
    expect(res.status).toBe(201);
    const person = (await res.json()) as Item;
    expect(person).toMatchObject({ email: who, name: 'Form Person', properties: { plan: 'Pro', 'Purchase Experience': 'Mobile App' } });
    const r = await raw('/survey_responses', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `person=${person.id as string}&score=8&person_properties[source]=kiosk`,
    });
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({ score: 8, person_properties: { source: 'kiosk' } });
    const listed = (await (await raw(`/survey_responses.json?person_id=${person.id as string}&expand[]=person`)).json()) as Item[];
    expect((listed[0]!.person as Item).email).toBe(who);
    expect((await raw('/metrics')).status).toBe(200);
    const unknown = await raw('/nothing-here.json');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ status: 404, message: 'Not Found' });
  });

  it('rate limits per key with 429 and Retry-After (TooManyRequestsError.retryAfter)', async () => {
    const { key } = await t.ctx.apiKeys.createForWorkspace(a.workspaceId, 'rate limited', 'read');
    const d = client(key);
    const saved = delightedLimits.perMinute;
    delightedLimits.perMinute = 3;
    try {
      for (let i = 0; i < 3; i++) await d.metrics.retrieve();
      const err = await failure(d.metrics.retrieve());
      expect(err.type).toBe('TooManyRequestsError');
      expect(err.retryAfter).toBeGreaterThan(0);
      expect(err.retryAfter).toBeLessThanOrEqual(60);
      expect(JSON.parse(err.message)).toEqual({ status: 429, message: 'Too Many Requests' });
      // Other keys are not affected.
      const { key: other } = await t.ctx.apiKeys.createForWorkspace(a.workspaceId, 'another', 'read');
      expect(await client(other).metrics.retrieve()).toHaveProperty('nps');
    } finally {
      delightedLimits.perMinute = saved;
    }
  });

  it("keeps workspaces apart: B's key sees none of A's people or responses", async () => {
    const who = email('secret');
    const p = await da.person.create({ email: who, send: false, phone_number: '+14155550777' });
    const r = await da.surveyResponse.create({ person: p.id, score: 10 });
    const people: Item[] = [];
    await db.person.list().autoPagingEach((x) => {
      people.push(x);
    });
    expect(people.map((x) => x.email)).not.toContain(who);
    expect(await (await raw(`/people?email=${encodeURIComponent(who)}`, { key: b.key })).json()).toEqual([]);
    expect((await db.surveyResponse.all({ per_page: 100 })).map((x) => x.id)).not.toContain(r.id);
    expect((await failure(db.surveyResponse.retrieve(r.id as string))).type).toBe('GeneralAPIError');
    expect(JSON.parse((await failure(db.surveyResponse.create({ person: p.id, score: 1 }))).message).errors.person).toBeDefined();
    expect((await failure(db.person.delete({ id: p.id as string }))).message).toContain('404');
    expect((await failure(db.person.delete({ email: who }))).message).toContain('404');
    expect((await failure(db.surveyRequest.deletePending({ person_email: who }))).message).toContain('404');
    const put = await raw(`/survey_responses/${r.id as string}`, { key: b.key, method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"score":0}' });
    expect(put.status).toBe(404);
    expect((await db.metrics.retrieve()).response_count).toBe(0);
    // A's data is untouched.
    expect((await da.surveyResponse.retrieve(r.id as string)).score).toBe(10);
  });

  it('uses the survey named in the API key name ("survey:<id>")', async () => {
    const ws = await createWorkspace(t.ctx);
    const other = (await call(t.app, ws.key, 'POST', '/api/v1/surveys', { name: 'Support NPS', kind: 'nps' })).json() as { id: string };
    const { key } = await t.ctx.apiKeys.createForWorkspace(ws.workspaceId, `Helpdesk survey:${toDelightedId(other.id)}`, 'write');
    const d = client(key);
    const who = await d.person.create({ email: email('k'), send: false });
    const r = await d.surveyResponse.create({ person: who.id, score: 6 });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/responses/${fromDelightedId(r.id as string)}`)).json().surveyId).toBe(other.id);
    const { key: broken } = await t.ctx.apiKeys.createForWorkspace(ws.workspaceId, 'Broken survey:123', 'write');
    expect(JSON.parse((await failure(client(broken).metrics.retrieve())).message).errors.survey).toBeDefined();
  });
});

describe('Delighted ids', () => {
  it('map UUIDs to decimal strings and back', () => {
    const uuid = '0190f0c2-7b1e-7cc0-8a4b-1234567890ab';
    const dec = toDelightedId(uuid);
    expect(dec).toMatch(/^\d+$/);
    expect(fromDelightedId(dec)).toBe(uuid);
    expect(fromDelightedId(uuid.toUpperCase())).toBe(uuid);
    expect(fromDelightedId('1')).toBe('00000000-0000-0000-0000-000000000001');
    expect(fromDelightedId('abc')).toBeNull();
    expect(fromDelightedId('9'.repeat(39))).toBeNull();
  });
});
