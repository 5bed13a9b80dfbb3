/**
 * A theme's trend (GET /api/v1/themes/{id}) marks the buckets the range covers only in part, exactly as the
 * overview's trend does (GET /api/v1/metrics series; periodCoverage in src/modules/metrics/periods.ts): a range
 * starting on a Wednesday makes its first week partial (5 of 7 days), one ending on a Tuesday its last (2 of 7),
 * ranges over 180 days count months of their own length, and the current week is "in progress". Expected values are
 * worked by hand from the calendar (2026-03-04 is a Wednesday; 2025-01-15 a Wednesday too). The browser side:
 * test/e2e/theme-trend-partial.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../src/jobs/worker.ts';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

const THEME_JOBS = ['themes.analyze', 'themes.reanalyze'];
const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Bucket {
  period: string;
  from: string;
  to: string;
  days: number;
  periodDays: number;
  partial: boolean;
  inProgress: boolean;
  count: number;
  share: number | null;
}

const TAXONOMY = { name: 'Partial weeks', themes: [{ id: 'parcel', label: 'Parcels', match: { topics: ['parcel'] } }] };

describe.each(DIALECTS)('%s: partial periods in a theme’s trend', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  let worker: Worker;
  let survey: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
    worker = new Worker(t.ctx, { names: THEME_JOBS, workspaceIds: [ws.workspaceId] });
    survey = await createSurvey(t.app, ws.key, 'nps');
    const saved = await call(t.app, ws.key, 'PUT', '/api/v1/themes/taxonomy', { taxonomy: TAXONOMY });
    expect(saved.statusCode, saved.body).toBe(200);
    const rows: [string, string][] = [
      ['2026-03-02T09:00:00Z', 'My parcel was late'], // Monday before the range: not counted
      ['2026-03-04T00:00:00Z', 'The parcel arrived crushed'], // Wednesday, the range's first day
      ['2026-03-08T23:59:59Z', 'Parcel left in the rain'], // Sunday, last second of the first week
      ['2026-03-09T08:00:00Z', 'Friendly staff'], // the second week: a comment without the theme
      ['2026-03-10T08:00:00Z', 'Parcel never came'],
      ['2026-03-17T23:00:00Z', 'Where is my parcel'], // Tuesday, the range's last day
      ['2026-03-18T08:00:00Z', 'Parcel lost again'], // the day after: not counted
      ['2025-01-14T12:00:00Z', 'Parcel damaged'], // the day before the long range
      ['2025-01-15T12:00:00Z', 'Parcel damaged'],
      ['2025-02-28T12:00:00Z', 'Parcel late'],
      ['2025-08-10T12:00:00Z', 'Parcel late'],
      [new Date().toISOString(), 'The parcel came today, thanks'],
    ];
    const posted = await call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: rows.map(([createdAt, comment]) => ({ surveyId: survey, score: 5, comment, createdAt })) });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await worker.drain();
  });
  afterAll(() => t.close());

  const trend = async (q: string): Promise<{ interval: string; trend: Bucket[] }> => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/themes/parcel?surveyId=${survey}&${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { interval: string; trend: Bucket[] };
  };

  it('marks the first and last weeks partial when the range starts and ends mid-week, and counts only their days', async () => {
    const d = await trend('from=2026-03-04&to=2026-03-17');
    expect(d.interval).toBe('week');
    expect(d.trend).toEqual([
      { period: '2026-03-02', from: '2026-03-04', to: '2026-03-08', days: 5, periodDays: 7, partial: true, inProgress: false, count: 2, share: 100 },
      { period: '2026-03-09', from: '2026-03-09', to: '2026-03-15', days: 7, periodDays: 7, partial: false, inProgress: false, count: 1, share: 50 },
      { period: '2026-03-16', from: '2026-03-16', to: '2026-03-17', days: 2, periodDays: 7, partial: true, inProgress: false, count: 1, share: 100 },
    ]);
    // from a Monday to a Sunday every week is whole
    const whole = await trend('from=2026-03-02&to=2026-03-22');
    expect(whole.trend.map((b) => [b.period, b.days, b.partial, b.count])).toEqual([
      ['2026-03-02', 7, false, 3],
      ['2026-03-09', 7, false, 1],
      ['2026-03-16', 7, false, 2],
    ]);
  });

  it('counts months of their own length for ranges over 180 days', async () => {
    // 2025-01-15 … 2025-08-10 is 208 days: months, the first (17 of 31 days) and the last (10 of 31) partial
    const d = await trend('from=2025-01-15&to=2025-08-10');
    expect(d.interval).toBe('month');
    expect(d.trend.map((b) => [b.period, b.from, b.to, b.days, b.periodDays, b.partial, b.count])).toEqual([
      ['2025-01-01', '2025-01-15', '2025-01-31', 17, 31, true, 1],
      ['2025-02-01', '2025-02-01', '2025-02-28', 28, 28, false, 1],
      ['2025-03-01', '2025-03-01', '2025-03-31', 31, 31, false, 0],
      ['2025-04-01', '2025-04-01', '2025-04-30', 30, 30, false, 0],
      ['2025-05-01', '2025-05-01', '2025-05-31', 31, 31, false, 0],
      ['2025-06-01', '2025-06-01', '2025-06-30', 30, 30, false, 0],
      ['2025-07-01', '2025-07-01', '2025-07-31', 31, 31, false, 0],
      ['2025-08-01', '2025-08-01', '2025-08-10', 10, 31, true, 1],
    ]);
  });

  it('marks the current week in progress, counting its days so far, on the default range too', async () => {
    const now = Date.now();
    const today = utcDay(now);
    const dow = (new Date(now).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const monday = utcDay(now - dow * DAY);
    // the default range: the 90 days to today
    const d = await trend('');
    expect(d.trend.at(-1)).toEqual({ period: monday, from: monday, to: today, days: dow + 1, periodDays: 7, partial: true, inProgress: true, count: 1, share: 100 });
    expect(d.trend.slice(0, -1).some((b) => b.inProgress)).toBe(false);
    // 90 days starting on a Monday have a whole first week; otherwise it is partial
    const first = d.trend[0]!;
    expect(first.partial).toBe(first.from !== first.period);
    // a range reaching past today still counts the current week only up to today
    const ahead = await trend(`from=${utcDay(now - 20 * DAY)}&to=${utcDay(now + 20 * DAY)}`);
    expect(ahead.trend.find((b) => b.period === monday)).toMatchObject({ to: utcDay(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY), days: dow + 1, partial: true, inProgress: true });
    // and the weeks after it have not begun: no day of them counted yet
    expect(ahead.trend.at(-1)).toMatchObject({ days: 0, partial: true, inProgress: false, count: 0, share: null });
  });
});
