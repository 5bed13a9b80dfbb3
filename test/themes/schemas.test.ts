/**
 * The typed response schemas of /api/v1/themes (and /api/v1/metrics' `previous`): the OpenAPI document declares
 * their fields, and every route answers exactly what its service returned (fast-json-stringify drops fields a
 * schema does not declare, so a missing one would show up here).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

const THEME_JOBS = ['themes.analyze', 'themes.reanalyze', 'themes.train', 'themes.discover'];

/** A taxonomy using every part of the format, extra keys, and sub-themes deeper than the schema declares. */
const TAXONOMY = {
  name: 'Schema check',
  description: 'All the parts',
  version: 3,
  language: 'en',
  owner: { team: 'cx', tags: ['a', 'b'] },
  themes: [
    {
      id: 'delivery',
      label: 'Delivery',
      description: 'Getting the order there.',
      colour: '#f00',
      match: { topics: ['delivery', 'parcel'], terms: ['late'], all: ['box|parcel + damaged|crushed'], exclude: ['delivery room'] },
      themes: [
        {
          id: 'delivery.late',
          label: 'Late delivery',
          match: { terms: ['late', 'slow'], unless: ['delivery.lost'] },
          themes: [{ id: 'l3', label: 'Level 3', themes: [{ id: 'l4', label: 'Level 4', themes: [{ id: 'l5', label: 'Level 5', note: 'deep', match: { terms: ['snail'] }, themes: [{ id: 'l6', label: 'Level 6' }] }] }] }],
        },
        { id: 'delivery.lost', label: 'Lost parcel', match: { topics: ['never arrived', 'lost'] } },
      ],
    },
    { id: 'price', label: 'Price', match: { topics: ['price', 'expensive'] } },
    { id: 'staff', label: 'Staff', match: { topics: ['staff', 'driver'] } },
  ],
};

describe.each(DIALECTS)('%s: typed theme answers', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  let survey: string;
  const mine: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: THEME_JOBS, workspaceIds: mine });
    mine.push(ws.workspaceId);
    survey = await createSurvey(t.app, ws.key, 'nps');
  });
  afterAll(() => t.close());

  /** Calls a route and checks its JSON is exactly what the service method returned (through JSON). */
  async function same(method: 'GET' | 'PUT' | 'POST', url: string, service: object, name: string, body?: unknown, wrap = (x: unknown) => x) {
    const target = service as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const orig = target[name]!.bind(service);
    let returned: unknown;
    const spy = vi.spyOn(target, name).mockImplementation(async (...a: unknown[]) => (returned = await orig(...a)));
    try {
      const res = await call(t.app, ws.key, method, url, body);
      expect(res.statusCode, res.body).toBeLessThan(300);
      expect(returned, `${name} was not called`).toBeDefined();
      expect(res.json()).toStrictEqual(JSON.parse(JSON.stringify(wrap(returned))));
      return res.json();
    } finally {
      spy.mockRestore();
    }
  }

  it('declares typed properties in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const ok = (path: string, method: string, status = '200') => doc.paths[path][method].responses[status].content['application/json'].schema;
    const analysis = ok('/api/v1/themes/analysis', 'get');
    expect(analysis.properties.themes.items.properties.impact).toBeDefined();
    expect(analysis.properties.themes.items.properties.impactMargin).toMatchObject({ type: 'number', nullable: true, description: expect.stringMatching(/margin/) });
    expect(analysis.properties.themes.items.properties.share.description).toMatch(/[Pp]ercent/);
    expect(analysis.properties.emerging.items.properties.pValue.type).toBe('number');
    const detail = ok('/api/v1/themes/{id}', 'get');
    expect(Object.keys(detail.properties)).toEqual(['id', 'label', 'from', 'to', 'count', 'interval', 'trend', 'byTeam', 'byLocation', 'byLanguage', 'readableCount', 'comments']);
    expect(detail.properties.comments.items.properties.highlights.items.properties.start.type).toBe('integer');
    const taxonomy = ok('/api/v1/themes/taxonomy', 'get');
    expect(Object.keys(taxonomy.properties.taxonomy.properties.themes.items.properties.match.properties)).toEqual(['terms', 'topics', 'all', 'exclude', 'unless']);
    expect(ok('/api/v1/themes/taxonomy', 'put').properties.run.properties.progress.type).toBe('integer');
    expect(ok('/api/v1/themes/status', 'get').properties.runs.items.properties.kind.enum).toEqual(['reanalyze', 'discover', 'train']);
    expect(ok('/api/v1/themes/suggestions', 'get').properties.data.items.properties.keyPhrases.type).toBe('array');
    expect(ok('/api/v1/themes/discover', 'post', '202').properties.status).toBeDefined();
    expect(ok('/api/v1/themes/train', 'post', '202').properties.status).toBeDefined();
    expect(ok('/api/v1/themes/suggestions/{id}', 'post').properties.status).toBeDefined();
    expect(ok('/api/v1/metrics', 'get').properties.previous.properties.promoters.type).toBe('integer');
  });

  it('answers every field the service returns', async () => {
    const themes = t.ctx.themes;
    // Empty workspace first: no taxonomy yet, nothing analysed.
    await same('GET', '/api/v1/themes/taxonomy', themes, 'getTaxonomy');
    await same('GET', `/api/v1/themes/analysis?surveyId=${survey}`, themes, 'analysis');
    await same('GET', '/api/v1/themes/status', themes, 'status');

    const saved = await same('PUT', '/api/v1/themes/taxonomy', themes, 'setTaxonomy', { taxonomy: TAXONOMY });
    expect(saved.taxonomy).toStrictEqual(TAXONOMY); // extra keys and every level kept
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const baseline = Array.from({ length: 60 }, (_, i) => ({ score: 8, comment: i < 3 ? 'The parcel was late' : 'Friendly staff', createdAt: day(20 + (i % 30)), team: i % 2 ? 'North' : 'South', location: 'Leeds' }));
    const recent = Array.from({ length: 20 }, (_, i) => ({ score: i % 4, comment: i < 12 ? 'Delivery was late again, slow as a snail' : 'Far too expensive', createdAt: day(i % 5), team: 'North' }));
    const more = [{ score: 10, comment: 'The driver was lovely' }, { score: 6, comment: 'My parcel never arrived' }, { score: 3, comment: 'Box damaged and price too high' }];
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [...baseline, ...recent, ...more].map((r) => ({ surveyId: survey, ...r })) });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await worker.drain();

    const a = await same('GET', `/api/v1/themes/analysis?surveyId=${survey}`, themes, 'analysis');
    expect(a.themes.length).toBeGreaterThan(2);
    expect(a.emerging.length).toBeGreaterThan(0);
    expect(a.themes.some((x: { impact: number | null }) => x.impact !== null)).toBe(true);
    await same('GET', `/api/v1/themes/analysis?surveyId=${survey}&teamId=nope&from=2020-01-01&to=2020-01-31`, themes, 'analysis');
    for (const id of ['delivery', 'delivery.late', 'l5', 'staff']) {
      const d = await same('GET', `/api/v1/themes/${id}?surveyId=${survey}&limit=5`, themes, 'theme');
      if (id === 'delivery') {
        expect(d.byTeam.length).toBeGreaterThan(0);
        expect(d.byLocation.length).toBeGreaterThan(0);
      }
    }
    await same('GET', `/api/v1/themes/price?from=2020-01-01&to=2021-06-30`, themes, 'theme'); // monthly, empty periods

    // Runs: a training run that fails (not enough comments), discovery, suggestions and their resolution.
    await same('POST', '/api/v1/themes/train', themes, 'startTraining');
    await worker.drain();
    await same('POST', '/api/v1/themes/discover', themes, 'startDiscovery');
    const status = await same('GET', '/api/v1/themes/status', themes, 'status');
    expect(status.runs.some((r: { error: string | null }) => r.error !== null)).toBe(true);
    const nouns = ['garden', 'umbrella', 'violin', 'bicycle', 'volcano', 'penguin', 'lantern', 'harbour', 'meadow', 'puzzle'];
    await call(t.app, ws.key, 'POST', '/api/v1/responses', {
      responses: [
        ...Array.from({ length: 30 }, (_, i) => ({ surveyId: survey, score: 5, comment: `Parking at the shop was impossible ${['again', 'today', 'as usual'][i % 3]}, no parking spaces` })),
        ...Array.from({ length: 60 }, (_, i) => ({ surveyId: survey, score: 8, comment: `My ${nouns[i % 10]} reminded me of a ${nouns[(i * 7 + 3) % 10]}` })),
      ],
    });
    await worker.drain();
    await call(t.app, ws.key, 'POST', '/api/v1/themes/discover');
    await worker.drain();
    const list = (await same('GET', '/api/v1/themes/suggestions', themes, 'suggestions', undefined, (x) => ({ data: x }))).data;
    expect(list.length).toBeGreaterThan(1);
    await same('GET', '/api/v1/themes/status', themes, 'status');
    await same('POST', `/api/v1/themes/suggestions/${list[0].id}`, themes, 'resolveSuggestion', { action: 'merge', intoThemeId: 'l5', words: list[0].rule.match.topics.slice(0, 1) });
    await same('POST', `/api/v1/themes/suggestions/${list[1].id}`, themes, 'resolveSuggestion', { action: 'dismiss' });
    if (list[2]) await same('POST', `/api/v1/themes/suggestions/${list[2].id}`, themes, 'resolveSuggestion', { action: 'accept', label: 'Accepted one' });
    await worker.drain();
    const after = await same('GET', '/api/v1/themes/taxonomy', themes, 'getTaxonomy');
    expect(after.taxonomy.owner).toStrictEqual(TAXONOMY.owner);
    await same('PUT', '/api/v1/themes/taxonomy', themes, 'setTaxonomy', { starter: 'travel' });
    // A learnt model (status only reads its size and date; the server test trains a real one).
    await t.ctx.database.db.insertInto('sentiment_model').values({ workspace_id: ws.workspaceId, model: '{}', examples: 360, trained_at: new Date().toISOString() }).execute();
    expect((await same('GET', '/api/v1/themes/status', themes, 'status')).model).toMatchObject({ kind: 'learnt', examples: 360, trainedAt: expect.any(String) });
  }, 60_000);

  it('rejects a taxonomy whose free-text fields have the wrong type, instead of failing to answer later', async () => {
    const bad = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: { ...TAXONOMY, version: 'v2' } });
    expect(bad.statusCode).toBe(400);
    const deep = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: { name: 'x', themes: [{ id: 'a', label: 'A', description: { not: 'text' } }] } });
    expect(deep.statusCode).toBe(400);
  });

  it('answers every field of the previous period in metrics', async () => {
    for (const kind of ['nps', 'csat', 'ces'] as const) {
      const s = kind === 'nps' ? survey : await createSurvey(t.app, ws.key, kind);
      const max = kind === 'nps' ? 10 : kind === 'csat' ? 5 : 7;
      const now = Date.now();
      await call(t.app, ws.key, 'POST', '/api/v1/responses', {
        responses: Array.from({ length: 12 }, (_, i) => ({ surveyId: s, score: (i % max) + 1, createdAt: new Date(now - (i % 2 ? 40 : 100) * 86_400_000).toISOString() })),
      });
      const m = await same('GET', `/api/v1/metrics?surveyId=${s}&from=${new Date(now - 60 * 86_400_000).toISOString().slice(0, 10)}&compareTo=previous`, t.ctx.metrics, 'metrics');
      expect(m.previous.total).toBeGreaterThan(0);
      const empty = await same('GET', `/api/v1/metrics?surveyId=${s}&from=2001-01-01&to=2001-01-31&compareTo=previous`, t.ctx.metrics, 'metrics');
      expect(empty.previous.score).toBeNull();
    }
  });
});
