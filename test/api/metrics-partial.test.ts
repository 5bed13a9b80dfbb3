/**
 * The trend's buckets say how much of their period the range covers: a range starting on a Wednesday makes its first
 * week partial (5 of 7 days), a range ending today makes the current week "in progress", months count their own
 * length. Days are UTC: a response sent late on Sunday evening west of Greenwich belongs to Monday's week.
 * Expected values are worked by hand from the calendar (2026-03-04 is a Wednesday).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSurvey, createTestApp, createWorkspace, DIALECTS, type TestApp, type TestWorkspace } from '../harness.ts';

interface Point {
  period: string;
  from: string;
  to: string;
  days: number;
  periodDays: number;
  partial: boolean;
  inProgress: boolean;
  total: number;
  score: number | null;
}

const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe.each(DIALECTS)('%s: partial periods in the metrics series', (dialect) => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ws = await createWorkspace(t.ctx);
  });
  afterAll(() => t.close());

  const series = async (q: string): Promise<Point[]> => {
    const res = await call(t.app, ws.key, 'GET', `/api/v1/metrics?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { series: Point[] }).series;
  };
  const answer = (surveyId: string, rows: [string, number][]) =>
    call(t.app, ws.key, 'POST', '/api/v1/responses', { responses: rows.map(([createdAt, score]) => ({ surveyId, score, createdAt })) });

  it('marks the first week partial when the range starts mid-week, and counts only its days', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    await answer(s, [
      ['2026-03-02T09:00:00Z', 0], // Monday, before the range: not counted
      ['2026-03-04T00:00:00Z', 10], // Wednesday, the range's first day
      ['2026-03-08T23:59:59Z', 9], // Sunday, last second of the first week
      ['2026-03-08T23:30:00-02:00', 0], // Sunday evening at UTC−2 is Monday 01:30 UTC: the second week
      ['2026-03-22T12:00:00Z', 10], // Sunday, the range's last day
    ]);
    const weeks = await series(`surveyId=${s}&from=2026-03-04&to=2026-03-22&interval=week`);
    expect(weeks).toEqual([
      expect.objectContaining({ period: '2026-03-02', from: '2026-03-04', to: '2026-03-08', days: 5, periodDays: 7, partial: true, inProgress: false, total: 2, score: 100 }),
      expect.objectContaining({ period: '2026-03-09', from: '2026-03-09', to: '2026-03-15', days: 7, periodDays: 7, partial: false, inProgress: false, total: 1, score: -100 }),
      // the range ends on a Sunday: the last week is whole
      expect.objectContaining({ period: '2026-03-16', from: '2026-03-16', to: '2026-03-22', days: 7, partial: false, total: 1 }),
    ]);
    // ending on Tuesday instead makes the last week partial: 2 of 7 days
    const cut = await series(`surveyId=${s}&from=2026-03-04&to=2026-03-17&interval=week`);
    expect(cut.at(-1)).toMatchObject({ period: '2026-03-16', from: '2026-03-16', to: '2026-03-17', days: 2, partial: true, inProgress: false, total: 0 });
    // a range that starts on a Monday has a whole first week
    expect((await series(`surveyId=${s}&from=2026-03-02&to=2026-03-22&interval=week`))[0]).toMatchObject({ from: '2026-03-02', days: 7, partial: false, total: 3 });
  });

  it('marks month buckets by the days of each month the range covers', async () => {
    const s = await createSurvey(t.app, ws.key, 'csat');
    await answer(s, [
      ['2024-01-14T23:59:59Z', 1], // the day before the range
      ['2024-01-15T00:00:00Z', 5],
      ['2024-02-29T12:00:00Z', 4], // leap day
      ['2024-03-10T23:59:59Z', 2],
      ['2024-03-11T00:00:00Z', 5], // the day after the range
    ]);
    const months = await series(`surveyId=${s}&from=2024-01-15&to=2024-03-10&interval=month`);
    expect(months.map((p) => [p.period, p.from, p.to, p.days, p.periodDays, p.partial, p.total])).toEqual([
      ['2024-01-01', '2024-01-15', '2024-01-31', 17, 31, true, 1],
      ['2024-02-01', '2024-02-01', '2024-02-29', 29, 29, false, 1],
      ['2024-03-01', '2024-03-01', '2024-03-10', 10, 31, true, 1],
    ]);
  });

  it('marks the current week in progress when the range ends today, counting its days so far', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    const now = Date.now();
    const today = utcDay(now);
    const dow = (new Date(now).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const monday = utcDay(now - dow * DAY);
    await answer(s, [[new Date(now).toISOString(), 10]]);
    const from = utcDay(now - 27 * DAY);
    const weeks = await series(`surveyId=${s}&from=${from}&to=${today}&interval=week`);
    expect(weeks.at(-1)).toEqual(
      expect.objectContaining({ period: monday, from: monday, to: today, days: dow + 1, periodDays: 7, partial: true, inProgress: true, total: 1, score: 100 }),
    );
    // every week before it ended before today: none is in progress
    expect(weeks.slice(0, -1).some((p) => p.inProgress)).toBe(false);
    // a range reaching past today still counts the current week only up to today
    const ahead = utcDay(now + 30 * DAY);
    const current = (await series(`surveyId=${s}&from=${from}&to=${ahead}&interval=week`)).find((p) => p.period === monday);
    expect(current).toMatchObject({ to: utcDay(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY), days: dow + 1, partial: true, inProgress: true });
    // today's own bucket is in progress with day buckets too; yesterday's is whole
    const days = await series(`surveyId=${s}&from=${utcDay(now - DAY)}&to=${today}&interval=day`);
    expect(days.map((p) => [p.period, p.days, p.partial, p.inProgress])).toEqual([
      [utcDay(now - DAY), 1, false, false],
      [today, 1, true, true],
    ]);
  });

  it('leaves the series out without an interval', async () => {
    const s = await createSurvey(t.app, ws.key, 'nps');
    const res = await call(t.app, ws.key, 'GET', `/api/v1/metrics?surveyId=${s}&from=2026-03-04&to=2026-03-22`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty('series');
  });
});
