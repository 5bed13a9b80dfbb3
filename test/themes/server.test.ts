import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, login, type TestApp, type TestWorkspace, unique } from '../harness.ts';

const THEME_JOBS = ['themes.analyze', 'themes.reanalyze', 'themes.train', 'themes.discover', 'alerts.evaluate'];

describe.each(DIALECTS)('%s: themes in the workspace', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  let survey: string;
  let headers: Record<string, string>;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: THEME_JOBS, workspaceIds: mine });
    mine.push(ws.workspaceId);
    survey = await createSurvey(t.app, ws.key, 'nps');
    const s = await login(t.app, ws.ownerEmail, ws.password);
    headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
  });
  afterAll(() => t.close());

  const post = (responses: Record<string, unknown>[]) => call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: responses.map((r) => ({ surveyId: survey, ...r })) });

  it('starts from an industry taxonomy and rejects a broken one naming the problem', async () => {
    const bad = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: { name: 'x', themes: [{ id: 'Bad Id!', label: '' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { field: 'taxonomy.themes[0].id', message: '"id" must be lower-case letters, digits and _ . : - (got "Bad Id!")' },
      { field: 'taxonomy.themes[0].label', message: '"label" must be a non-empty string' },
    ]);
    // the overall message still lists every problem with its path
    expect(bad.json().error.message).toBe('taxonomy: invalid taxonomy: themes[0]: "id" must be lower-case letters, digits and _ . : - (got "Bad Id!"); themes[0]: "label" must be a non-empty string');
    expect((await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'pottery' })).json().error.fields[0].field).toBe('starter');
    const ok = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'telecom' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(1);
    expect(ok.json().run.kind).toBe('reanalyze');
  });

  it('names each taxonomy problem by its path (the field a form shows it at) and says it without the path', async () => {
    const version = (await call(t.app, ws.key, 'GET', '/api/v1/themes/taxonomy')).json().version;
    const taxonomy = {
      name: ' ',
      themes: [
        { id: 'billing', label: 'Billing', match: { topics: ['invoice', '*'], all: ['refund'], unless: ['nowhere'] } },
        { id: 'billing', label: 'Again', match: { exclude: ['* cable'], colour: ['red'] }, themes: [{ id: 'late', label: '', match: { terms: 'late', unless: ['late'] } }] },
        { id: 'odd', label: 'Odd', match: 'late' },
      ],
    };
    const bad = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy });
    expect(bad.statusCode).toBe(400);
    const { error } = bad.json() as { error: { code: string; message: string; fields: { field: string; message: string }[] } };
    expect(error.code).toBe('validation_error');
    expect(error.message).toMatch(/^taxonomy: invalid taxonomy: "name" must be a non-empty string; themes\[0\]\.match\.all: "refund" must have two or more groups/);
    expect(error.fields).toEqual([
      { field: 'taxonomy.name', message: '"name" must be a non-empty string' },
      { field: 'taxonomy.themes[0].match.all', message: '"refund" must have two or more groups joined by + (alternatives within a group joined by |)' },
      { field: 'taxonomy.themes[0].match.topics', message: '"*" has no word to match (or starts with *)' },
      { field: 'taxonomy.themes[1].id', message: 'duplicate id "billing"' },
      { field: 'taxonomy.themes[1].match', message: 'unknown key "colour" (terms, topics, all, exclude, unless)' },
      { field: 'taxonomy.themes[1].match.exclude', message: '"* cable" has no word to match (or starts with *)' },
      { field: 'taxonomy.themes[1].themes[0].label', message: '"label" must be a non-empty string' },
      { field: 'taxonomy.themes[1].themes[0].match.terms', message: 'must be an array of strings' },
      { field: 'taxonomy.themes[2].match', message: 'must be an object' },
      { field: 'taxonomy.themes[0].match.unless', message: 'no theme with id "nowhere"' },
      { field: 'taxonomy.themes[1].themes[0].match.unless', message: 'a theme cannot list itself' },
    ]);
    // the taxonomy's own keys
    const empty = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([
      { field: 'taxonomy.name', message: '"name" must be a non-empty string' },
      { field: 'taxonomy.themes', message: '"themes" must be an array' },
    ]);
    // nothing was saved
    expect((await call(t.app, ws.key, 'GET', '/api/v1/themes/taxonomy')).json().version).toBe(version);
  });

  it('analyses new comments in the background and ranks themes by their impact on NPS', async () => {
    // 10 scored comments: 4 detractors about the engineer (installation), 1 detractor about price, 5 promoters.
    await post([
      { score: 1, comment: 'The engineer never showed up, twice.' },
      { score: 2, comment: 'Engineer did not turn up and nobody called.' },
      { score: 0, comment: 'Missed appointment by the technician again' },
      { score: 3, comment: 'The installation was a mess, the engineer was late' },
      { score: 4, comment: 'Far too expensive for what you get' },
      { score: 9, comment: 'Friendly and helpful customer service' },
      { score: 10, comment: 'Great service, very helpful' },
      { score: 10, comment: 'Fast connection, no problems at all' },
      { score: 9, comment: 'Good value for money' },
      { score: 10, comment: 'Excellent service from start to finish' },
    ]);
    await worker.drain();
    const a = (await call(t.app, ws.key, 'GET', `/api/v1/themes/analysis?surveyId=${survey}`)).json();
    expect(a.commented).toBe(10);
    expect(a.scored).toBe(10);
    expect(a.nps).toBe(0); // 5 promoters, 5 detractors
    const top = a.themes[0];
    expect(top.id).toBe('installation');
    expect(top.count).toBe(4);
    expect(top.detractors).toBe(4);
    // impact = −100 · d/n = −100 · 4/10 = −40; margin = 1.96 · √(0.4 · 0.6 / 10) · 100 = 30.36
    expect(top.impact).toBe(-40);
    expect(top.impactMargin).toBeCloseTo(30.36, 1);
    expect(top.nps).toBe(-100);
    expect(top.sentiment.negative).toBeGreaterThan(0);
    // relative NPS = NPS(with) − NPS(without): −100 − (5 promoters − 1 detractor)/6 · 100 = −100 − 66.67 = −166.7
    expect(top.relativeNps).toBeCloseTo(-166.7, 1);
    expect(top.standing).toBe('problem');
    // customer service (two of the promoters' comments): 2 promoters → NPS
    // 100; the other 8 hold 3 promoters and 5 detractors → −25; relative 125: a strength
    const service = a.themes.find((x: { id: string }) => x.id === 'customer_service');
    expect(service).toMatchObject({ scored: 2, detractors: 0, nps: 100, impact: 0, relativeNps: 125, standing: 'strength' });

    const theme = (await call(t.app, ws.key, 'GET', `/api/v1/themes/installation?surveyId=${survey}`)).json();
    expect(theme.count).toBe(4);
    for (const c of theme.comments) {
      expect(c.highlights.length).toBeGreaterThan(0);
      for (const h of c.highlights) expect(c.comment.slice(h.start, h.end).length).toBeGreaterThan(0);
    }
    expect(theme.comments[0]).toMatchObject({ kind: 'nps', group: 'detractor' });
    expect((await call(t.app, ws.key, 'GET', `/api/v1/themes/no-such-theme`)).statusCode).toBe(404);
    const filtered = (await call(t.app, ws.key, 'GET', `/api/v1/responses?theme=installation&limit=50`)).json().data;
    expect(filtered).toHaveLength(4);
  });

  it('lets alert rules act on themes once the comment is analysed', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/alert-rules',
      headers,
      payload: { name: 'Price complaints', conditions: { themes: ['price'], scoreGroups: ['detractor'] }, actions: { openCase: { assign: 'none' } } },
    });
    const r = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { surveyId: survey, score: 2, comment: 'Way too expensive, the price keeps going up' })).json();
    await worker.drain();
    await worker.drain();
    const c = await t.ctx.database.db.selectFrom('followup_case').select('id').where('response_id', '=', r.id).executeTakeFirst();
    expect(c).toBeDefined();
  });

  it('discovers a theme the taxonomy misses, and accepting it adds it to the taxonomy', async () => {
    // 30 comments about parking among 120 about many other things nobody wrote a rule for.
    const parking = Array.from({ length: 30 }, (_, i) => ({ score: 5, comment: `Parking at the shop was impossible ${['again', 'today', 'as usual'][i % 3]}, no parking spaces near the store` }));
    const nouns = ['garden', 'umbrella', 'violin', 'bicycle', 'volcano', 'penguin', 'lantern', 'harbour', 'meadow', 'puzzle', 'compass', 'glacier', 'orchard', 'saddle', 'tornado', 'walrus', 'whistle', 'canyon', 'kettle', 'marble'];
    const other = Array.from({ length: 120 }, (_, i) => ({ score: 8, comment: `My ${nouns[i % 20]} reminded me of a ${nouns[(i * 7 + 3) % 20]}` }));
    await post([...parking, ...other]);
    await worker.drain();
    expect((await call(t.app, ws.key, 'POST', '/api/v1/themes/discover')).statusCode).toBe(202);
    await worker.drain();
    const suggestions = (await call(t.app, ws.key, 'GET', '/api/v1/themes/suggestions')).json().data;
    const s = suggestions.find((x: { keyPhrases: string[]; label: string }) => /parking/i.test(x.label) || x.keyPhrases.some((k) => /parking/i.test(k)));
    expect(s, JSON.stringify(suggestions.map((x: { label: string }) => x.label))).toBeDefined();
    expect(s.size).toBeGreaterThanOrEqual(25);
    const accepted = (await call(t.app, ws.key, 'POST', `/api/v1/themes/suggestions/${s.id}`, { action: 'accept', label: 'Parking' })).json();
    expect(accepted.status).toBe('accepted');
    await worker.drain();
    const tax = (await call(t.app, ws.key, 'GET', '/api/v1/themes/taxonomy')).json();
    expect(tax.taxonomy.themes.map((x: { label: string }) => x.label)).toContain('Parking');
    const a = (await call(t.app, ws.key, 'GET', `/api/v1/themes/analysis?surveyId=${survey}`)).json();
    expect(a.themes.find((x: { label: string }) => x.label === 'Parking').count).toBe(30);
    const runs = (await call(t.app, ws.key, 'GET', '/api/v1/themes/status')).json().runs;
    expect(runs[0]).toMatchObject({ kind: 'reanalyze', status: 'done', progress: 100 });
  }, 60_000);

  it('does not suggest a dismissed theme again on the next discovery run', async () => {
    const ws2 = await createWorkspace(t.ctx);
    mine.push(ws2.workspaceId);
    const survey2 = await createSurvey(t.app, ws2.key, 'nps');
    const post2 = (comments: string[]) => call(t.app, ws2.key, 'POST', '/api/v1/responses', { responses: comments.map((comment) => ({ surveyId: survey2, score: 5, comment })) });
    const nouns = ['garden', 'umbrella', 'violin', 'bicycle', 'volcano', 'penguin', 'lantern', 'harbour', 'meadow', 'puzzle', 'compass', 'glacier', 'orchard', 'saddle', 'tornado', 'walrus', 'whistle', 'canyon', 'kettle', 'marble'];
    await post2([
      ...Array.from({ length: 30 }, (_, i) => `Parking at the shop was impossible ${['again', 'today', 'as usual'][i % 3]}, no parking spaces near the store`),
      ...Array.from({ length: 120 }, (_, i) => `My ${nouns[i % 20]} reminded me of a ${nouns[(i * 7 + 3) % 20]}`),
    ]);
    await worker.drain();
    const isParking = (x: { keyPhrases: string[]; label: string }) => /parking/i.test(x.label) || x.keyPhrases.some((k) => /parking/i.test(k));
    await call(t.app, ws2.key, 'POST', '/api/v1/themes/discover');
    await worker.drain();
    const s = (await call(t.app, ws2.key, 'GET', '/api/v1/themes/suggestions')).json().data.find(isParking);
    expect(s).toBeDefined();
    expect((await call(t.app, ws2.key, 'POST', `/api/v1/themes/suggestions/${s.id}`, { action: 'dismiss' })).json().status).toBe('dismissed');
    await post2(Array.from({ length: 10 }, () => 'Still no parking near the store'));
    await worker.drain();
    await call(t.app, ws2.key, 'POST', '/api/v1/themes/discover');
    await worker.drain();
    const again = (await call(t.app, ws2.key, 'GET', '/api/v1/themes/suggestions')).json().data;
    expect(again.filter(isParking), JSON.stringify(again.map((x: { label: string }) => x.label))).toEqual([]);
  }, 60_000);

  it("shows an agent only the comments of their own feedback on a theme page, and no suggestion examples", async () => {
    const ws3 = await createWorkspace(t.ctx);
    mine.push(ws3.workspaceId);
    const survey3 = await createSurvey(t.app, ws3.key, 'nps');
    expect((await call(t.app, ws3.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'telecom' })).statusCode).toBe(200);
    const email = `${unique('agent')}@example.com`;
    const agent = await t.ctx.workspaces.addMember(ws3.auth, { email, role: 'agent', password: 'password-123' });
    await t.ctx.named.create(ws3.auth, 'employee', { name: 'Ann Agent', userId: agent.id });
    await t.ctx.named.create(ws3.auth, 'employee', { name: 'Oli Other' });
    const res = await call(t.app, ws3.key, 'POST', '/api/v1/responses', {
      responses: [
        { surveyId: survey3, score: 2, comment: 'The engineer never showed up for the installation', employee: 'Ann Agent' },
        { surveyId: survey3, score: 1, comment: 'Engineer missed the installation appointment twice', employee: 'Oli Other' },
        { surveyId: survey3, score: 3, comment: 'Installation engineer was two hours late' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    await worker.drain();
    const s = await login(t.app, email, 'password-123');
    const asAgent = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const owner = (await call(t.app, ws3.key, 'GET', `/api/v1/themes/installation?surveyId=${survey3}`)).json();
    expect(owner.count).toBe(3);
    expect(owner.comments).toHaveLength(3);
    expect(owner.readableCount).toBe(3);
    const seen = await t.app.inject({ method: 'GET', url: `/api/v1/themes/installation?surveyId=${survey3}`, headers: asAgent });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().count).toBe(3); // the aggregate stays the workspace's
    expect(seen.json().readableCount).toBe(1); // what the page says the comments are the latest of
    expect(seen.json().comments.map((c: { comment: string }) => c.comment)).toEqual(['The engineer never showed up for the installation']);
    // one response's analysis: its themes with the matched words; an agent may read it for their own feedback only
    const [annsResponse, othersResponse] = res.json().data as { id: string; comment: string }[];
    const analysis = (await t.app.inject({ method: 'GET', url: `/api/v1/responses/${annsResponse!.id}/analysis`, headers: asAgent })).json();
    expect(analysis).toMatchObject({ responseId: annsResponse!.id, analyzed: true, sentiment: expect.any(String), language: 'en' });
    const installation = analysis.themes.find((x: { id: string }) => x.id === 'installation');
    expect(installation.label).toBe('Installation and engineer visits');
    expect(installation.highlights.map((h: { start: number; end: number }) => annsResponse!.comment.slice(h.start, h.end).toLowerCase())).toContain('installation');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/responses/${othersResponse!.id}/analysis`, headers: asAgent })).statusCode).toBe(404);
    expect((await call(t.app, ws3.key, 'GET', `/api/v1/responses/${othersResponse!.id}/analysis`)).json().analyzed).toBe(true);
    expect((await call(t.app, ws3.key, 'GET', '/api/v1/responses/no-such-response/analysis')).statusCode).toBe(404);
    // suggestions: an agent sees the key phrases, not other customers' comments
    await t.ctx.database.db
      .insertInto('theme_suggestion')
      .values({ id: unique('sg'), workspace_id: ws3.workspaceId, label: 'Parking', key_phrases: '["parking"]', size: 3, examples: '["No parking at the store"]', rule: '{}', status: 'open', created_at: new Date().toISOString(), updated_at: new Date().toISOString() })
      .execute();
    expect((await call(t.app, ws3.key, 'GET', '/api/v1/themes/suggestions')).json().data[0].examples).toEqual(['No parking at the store']);
    const agentSuggestions = (await t.app.inject({ method: 'GET', url: '/api/v1/themes/suggestions', headers: asAgent })).json().data;
    expect(agentSuggestions[0]).toMatchObject({ label: 'Parking', keyPhrases: ['parking'], examples: [] });
  }, 60_000);

  it('learns a sentiment model from scored comments once there are enough', async () => {
    const early = (await call(t.app, ws.key, 'POST', '/api/v1/themes/train')).json();
    await worker.drain();
    const status1 = (await call(t.app, ws.key, 'GET', '/api/v1/themes/status')).json();
    expect(status1.runs.find((r: { id: string }) => r.id === early.id)).toMatchObject({ status: 'failed' });
    expect(status1.model.kind).toBe('builtin');
    const words = { pos: ['great', 'lovely', 'quick', 'kind'], neu: ['okay', 'fine', 'average', 'usual'], neg: ['awful', 'broken', 'late', 'rude'] };
    const many = [];
    for (let i = 0; i < 360; i++) {
      const k = i % 3;
      const w = k === 0 ? words.pos : k === 1 ? words.neu : words.neg;
      many.push({ score: k === 0 ? 10 : k === 1 ? 7 : 2, comment: `the visit was ${w[i % 4]} and the staff ${w[(i + 1) % 4]}` });
    }
    await post(many);
    await worker.drain();
    await call(t.app, ws.key, 'POST', '/api/v1/themes/train');
    await worker.drain();
    const status2 = (await call(t.app, ws.key, 'GET', '/api/v1/themes/status')).json();
    expect(status2.model.kind).toBe('learnt');
    expect(status2.model.examples).toBeGreaterThanOrEqual(360);
  }, 60_000);

  it('flags a theme whose share rose significantly against its own baseline', async () => {
    const w2 = await createWorkspace(t.ctx);
    mine.push(w2.workspaceId);
    const s2 = await createSurvey(t.app, w2.key, 'nps');
    await call(t.app, w2.key, 'PUT', '/api/v1/themes/taxonomy', { starter: 'telecom' });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const baseline = Array.from({ length: 60 }, (_, i) => ({ surveyId: s2, score: 8, comment: i < 3 ? 'The bill was wrong' : 'Friendly staff', createdAt: day(20 + (i % 30)) }));
    const recent = Array.from({ length: 20 }, (_, i) => ({ surveyId: s2, score: 3, comment: i < 12 ? 'My bill doubled this month' : 'Friendly staff', createdAt: day(i % 5) }));
    await call(t.app, w2.key, 'POST', '/api/v1/responses', { responses: [...baseline, ...recent] });
    await worker.drain();
    const a = (await call(t.app, w2.key, 'GET', `/api/v1/themes/analysis?surveyId=${s2}`)).json();
    const billing = a.emerging.find((e: { id: string }) => e.id === 'billing');
    expect(billing).toBeDefined();
    expect(billing.recentShare).toBe(60);
    expect(billing.baselineShare).toBe(5);
    expect(a.emerging.find((e: { id: string }) => e.id === 'customer_service')).toBeUndefined();
  });
});
