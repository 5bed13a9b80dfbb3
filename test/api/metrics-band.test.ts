/**
 * The trend's 95% band (low, high) is score ± margin cut to what the measure can be. Worked by hand:
 * NPS from 0, 0, 0, 10 (one week): pP = .25, pD = .75, NPS = −50; Var = pP + pD − (pP − pD)² = 1 − .25 = .75;
 * SE = √(.75 / 4) = .4330; margin = 1.96 · .4330 · 100 = 84.87 → the band −134.87…34.87 is cut to −100…34.87.
 * CSAT from 5, 5 (100%): the binomial margin is 0, so the band is 100…100; from 1, 5 (50%): the margin
 * 1.96 · √(.25 / 2) · 100 = 69.30 keeps the band inside 0…100 (−19.30 → 0, 119.30 → 100).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

interface Point {
  period: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
  low: number | null;
  high: number | null;
}

describe.each(DIALECTS)('%s: the margin band of the metrics series', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  const week = async (kind: 'nps' | 'csat', scores: number[]): Promise<Point> => {
    const surveyId = await createSurvey(t.app, ws.key, kind);
    const res = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: scores.map((score) => ({ surveyId, score, createdAt: '2026-03-03T12:00:00Z' })) });
    expect(res.statusCode, res.body).toBe(201);
    // 2026-03-02 is a Monday: one whole week
    const m = await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=${surveyId}&interval=week&from=2026-03-02&to=2026-03-08`);
    expect(m.statusCode, m.body).toBe(200);
    const series = (m.json() as { series: Point[] }).series;
    expect(series).toHaveLength(1);
    return series[0]!;
  };

  it('cuts an NPS band at −100', async () => {
    const p = await week('nps', [0, 0, 0, 10]);
    expect(p.score).toBeCloseTo(-50, 1);
    expect(p.marginOfError).toBeCloseTo(84.87, 1);
    expect(p.low).toBe(-100);
    expect(p.high).toBeCloseTo(34.87, 1);
  });

  it('cuts a CSAT band at 0 and 100', async () => {
    const half = await week('csat', [1, 5]);
    expect(half.score).toBeCloseTo(50, 1);
    expect(half.marginOfError).toBeCloseTo(69.3, 1);
    expect([half.low, half.high]).toEqual([0, 100]);
    const all = await week('csat', [5, 5]);
    expect([all.low, all.high]).toEqual([100, 100]);
  });
});
