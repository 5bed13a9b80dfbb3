import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

/** Seeded PRNG so the randomized consistency checks are repeatable. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(DIALECTS)('%s: metrics API', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  const metrics = async (q: string) => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/metrics?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('computes NPS and its margin as worked by hand', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    // 5 promoters, 2 passives, 3 detractors: NPS 20, MoE 54.03 (see stats.test.ts for the arithmetic).
    const scores = [10, 10, 9, 8, 7, 6, 3, 0, 9, 10];
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: scores.map((score) => ({ surveyId: s, score, createdAt: '2026-03-10T12:00:00Z' })) });
    const m = await metrics(`surveyId=${s}&from=2026-03-01&to=2026-03-31`);
    expect(m).toMatchObject({ total: 10, promoters: 5, passives: 2, detractors: 3, nps: 20, score: 20, marginOfError: 54.03 });
    expect(m.distribution).toMatchObject({ '0': 1, '3': 1, '6': 1, '7': 1, '8': 1, '9': 2, '10': 3 });
    expect((await metrics(`surveyId=${s}&from=2026-04-01&to=2026-04-30`)).total).toBe(0);
  });

  it('computes CSAT and CES', async () => {
    const csat = await createSurvey(t.app, ws.key, 'csat');
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [5, 4, 4, 3, 2].map((score) => ({ surveyId: csat, score, createdAt: '2026-03-10T12:00:00Z' })) });
    expect(await metrics(`surveyId=${csat}&from=2026-03-01&to=2026-03-31`)).toMatchObject({ total: 5, satisfied: 3, csat: 60, marginOfError: 42.94 });
    const ces = await createSurvey(t.app, ws.key, 'ces');
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [7, 6, 5, 5, 2].map((score) => ({ surveyId: ces, score, createdAt: '2026-03-10T12:00:00Z' })) });
    expect(await metrics(`surveyId=${ces}&from=2026-03-01&to=2026-03-31`)).toMatchObject({ total: 5, mean: 5, marginOfError: 1.64 });
  });

  it('builds weekly and monthly series with a band, filling empty periods', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    const rows = [
      ['2026-03-02T08:00:00Z', 10], // Monday, week of 03-02
      ['2026-03-08T23:59:59Z', 0], // Sunday, same week
      ['2026-03-16T00:00:00Z', 9], // week of 03-16 (03-09 is empty)
    ] as const;
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: rows.map(([createdAt, score]) => ({ surveyId: s, score, createdAt })) });
    const m = await metrics(`surveyId=${s}&from=2026-03-01&to=2026-03-20&interval=week`);
    expect(m.series.map((p: { period: string; total: number; score: number | null }) => [p.period, p.total, p.score])).toEqual([
      ['2026-02-23', 0, null],
      ['2026-03-02', 2, 0],
      ['2026-03-09', 0, null],
      ['2026-03-16', 1, 100],
    ]);
    const wk = m.series[1];
    // 10 and 0: NPS 0 ± 138.6, the band cut to what NPS can be (see metrics-band.test.ts)
    expect(wk.marginOfError).toBeCloseTo(138.6, 1);
    expect([wk.low, wk.high]).toEqual([-100, 100]);
    const monthly = await metrics(`surveyId=${s}&from=2026-01-15&to=2026-03-31&interval=month`);
    expect(monthly.series.map((p: { period: string; total: number }) => [p.period, p.total])).toEqual([
      ['2026-01-01', 0],
      ['2026-02-01', 0],
      ['2026-03-01', 3],
    ]);
  });

  it('groups by team, channel and property, and compares with the previous period', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    const mk = (score: number, team: string, channel: string, plan: string, createdAt: string) => ({ surveyId: s, score, team, channel, properties: { plan }, createdAt });
    const now = [mk(10, 'North', 'email', 'Pro', '2026-05-10T00:00:00Z'), mk(9, 'North', 'web_form', 'Pro', '2026-05-11T00:00:00Z'), mk(2, 'South', 'email', 'Basic', '2026-05-12T00:00:00Z')];
    const before = Array.from({ length: 40 }, (_, i) => mk(i % 2 === 0 ? 0 : 6, 'South', 'email', 'Basic', '2026-04-20T00:00:00Z'));
    await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: [...now, ...before] });
    const byTeam = await metrics(`surveyId=${s}&from=2026-05-01&to=2026-05-31&groupBy=team`);
    expect(byTeam.groups.map((g: { label: string; total: number; score: number }) => [g.label, g.total, g.score])).toEqual([
      ['North', 2, 100],
      ['South', 1, -100],
    ]);
    const byChannel = await metrics(`surveyId=${s}&from=2026-05-01&to=2026-05-31&groupBy=channel`);
    expect(byChannel.groups.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      ['email', 2],
      ['web_form', 1],
    ]);
    const byPlan = await metrics(`surveyId=${s}&from=2026-05-01&to=2026-05-31&groupBy=property:plan`);
    expect(byPlan.groups.map((g: { key: string; score: number }) => [g.key, g.score])).toEqual([
      ['Pro', 100],
      ['Basic', -100],
    ]);
    const cmp = await metrics(`surveyId=${s}&from=2026-05-01&to=2026-05-31&compareTo=previous`);
    expect(cmp.previous).toMatchObject({ from: '2026-03-31', to: '2026-04-30', total: 40, score: -100 });
    expect(cmp.change.delta).toBeCloseTo(33.33 + 100, 1);
    expect(cmp.change.significant).toBe(true);
  }, 30_000);

  it('rejects bad queries with 400 naming the parameter', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    for (const [q, field] of [
      [`surveyId=${s}&from=2026-13-01`, 'from'],
      [`surveyId=${s}&from=2026-05-02&to=2026-05-01`, 'from'],
      [`surveyId=${s}&interval=hour`, 'interval'],
      [`surveyId=${s}&groupBy=colour`, 'groupBy'],
      [`surveyId=${s}&compareTo=last_year`, 'compareTo'],
      ['', 'surveyId'],
    ]) {
      const res = await call(t.app, ws.key, 'GET', `/api/v1/metrics?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message, q).toMatch(field!);
    }
    expect((await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=nope`)).statusCode).toBe(404);
  });

  it('agrees with a full recount after random inserts, updates and deletes, on every path', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    const rand = rng(7);
    const teams = ['A', 'B', 'C'];
    const channels = ['email', 'link'];
    const items = Array.from({ length: 300 }, () => ({
      surveyId: s,
      score: Math.floor(rand() * 11),
      team: teams[Math.floor(rand() * 3)]!,
      channel: channels[Math.floor(rand() * 2)]!,
      properties: { tier: rand() < 0.5 ? 'gold' : 'silver' },
      createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 120) * 86_400_000 + 3_600_000).toISOString(),
    }));
    const created = (await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: items })).json().data as { id: string }[];
    for (let i = 0; i < 30; i++) {
      const r = created[Math.floor(rand() * created.length)]!;
      if (rand() < 0.5) await call(t.app, ws.key, 'PATCH', `/api/v1/responses/${r.id}`, { score: Math.floor(rand() * 11), team: teams[Math.floor(rand() * 3)] });
      else await call(t.app, ws.key, 'DELETE', `/api/v1/responses/${r.id}`);
    }
    const queries = [
      `surveyId=${s}&from=2026-01-01&to=2026-05-31&interval=week&groupBy=team`,
      `surveyId=${s}&from=2026-02-01&to=2026-03-15&groupBy=property:tier&channel=email`,
      `surveyId=${s}&from=2026-01-01&to=2026-05-31&channel=link&interval=month`,
    ];
    const teamA = (await call(t.app, ws.key, 'GET', '/api/v1/teams?name=A')).json().data[0].id;
    queries.push(`surveyId=${s}&from=2026-01-01&to=2026-05-31&teamId=${teamA}&channel=email&interval=month`); // fallback scan
    queries.push(`surveyId=${s}&from=2026-01-01&to=2026-05-31&teamId=${teamA}&interval=month`); // bucket path
    const incremental = await Promise.all(queries.map(metrics));
    await t.ctx.responses.rebuildBuckets(s);
    const rebuilt = await Promise.all(queries.map(metrics));
    expect(rebuilt).toEqual(incremental);
    // The bucket path and the raw scan agree for the same filter.
    const viaBuckets = await metrics(`surveyId=${s}&from=2026-01-01&to=2026-05-31&teamId=${teamA}`);
    const all = (await call(t.app, ws.key, 'GET', `/api/v1/responses?surveyId=${s}&teamId=${teamA}&limit=200`)).json().data as { score: number }[];
    const p = all.filter((r) => r.score >= 9).length;
    const d = all.filter((r) => r.score <= 6).length;
    expect(viaBuckets.total).toBe(all.length);
    expect(viaBuckets.nps).toBeCloseTo((100 * (p - d)) / all.length, 1);
  }, 60_000);
});
