/**
 * Loyalty metrics for a survey and date range: summary, time series, groups and change against the previous
 * period. Counts come from metric_bucket (one dimension at a time); combinations the buckets cannot answer (two
 * filters, or a filter with a groupBy) fall back to an indexed scan of the survey's responses in the range.
 * Formulas: see stats.ts and docs/metrics.md.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/tables.ts';
import { invalid } from '../../shared/errors.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import type { SurveyService } from '../surveys/survey.service.ts';
import type { SurveyKind } from '../surveys/score-groups.ts';
import { addDays, daysBetween, type Interval, isDay, periodCoverage, periodStart, periodStarts, toDay } from './periods.ts';
import { addCounts, type Change, compare, emptyCounts, round, summarize, type Summary } from './stats.ts';

export type GroupBy = 'team' | 'location' | 'employee' | 'channel' | `property:${string}`;

export interface MetricsQuery {
  surveyId: string;
  from?: string | undefined;
  to?: string | undefined;
  interval?: Interval | undefined;
  groupBy?: string | undefined;
  compareTo?: 'previous' | undefined;
  teamId?: string | undefined;
  locationId?: string | undefined;
  employeeId?: string | undefined;
  channel?: string | undefined;
}

type Filter = { dim: string; column: string; value: string };

const GROUP_COLUMNS: Record<string, string> = { team: 'team_id', location: 'location_id', employee: 'employee_id', channel: 'channel' };
export const DEFAULT_RANGE_DAYS = 90;
const MAX_RANGE_DAYS = 3660;

function present(s: Summary): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = typeof v === 'number' ? round(v) : v;
  return out;
}

export class MetricsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly surveys: SurveyService,
  ) {}

  async metrics(auth: Auth, q: MetricsQuery): Promise<Record<string, unknown>> {
    requireAccess(auth, 'read');
    const survey = await this.surveys.getRow(auth.workspaceId, q.surveyId);
    const kind = survey.kind;
    const today = toDay(Date.now());
    const to = q.to ?? today;
    // checked before the default start is counted back from it: addDays on "2026-13-45" throws (a 500)
    if (!isDay(to)) throw invalid('to', 'must be a date YYYY-MM-DD');
    const from = q.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
    if (!isDay(from)) throw invalid('from', 'must be a date YYYY-MM-DD');
    if (from > to) throw invalid('from', 'must not be after to');
    if (daysBetween(from, to) > MAX_RANGE_DAYS) throw invalid('from', `the range must be at most ${MAX_RANGE_DAYS} days`);

    const filters: Filter[] = [];
    if (q.teamId) filters.push({ dim: 'team', column: 'team_id', value: q.teamId });
    if (q.locationId) filters.push({ dim: 'location', column: 'location_id', value: q.locationId });
    if (q.employeeId) filters.push({ dim: 'employee', column: 'employee_id', value: q.employeeId });
    if (q.channel) filters.push({ dim: 'channel', column: 'channel', value: q.channel });

    let groupDim: string | undefined;
    if (q.groupBy) {
      if (q.groupBy.startsWith('property:') && q.groupBy.length > 9 && q.groupBy.length <= 109) groupDim = `prop:${q.groupBy.slice(9)}`;
      else if (q.groupBy in GROUP_COLUMNS) groupDim = q.groupBy;
      else throw invalid('groupBy', 'must be team, location, employee, channel or property:<name>');
    }

    const byDay = await this.counts(q.surveyId, from, to, filters, 'day');
    const total = emptyCounts();
    for (const c of byDay.values()) addCounts(total, c);
    const summary = summarize(kind, total);
    const result: Record<string, unknown> = {
      surveyId: q.surveyId,
      kind,
      from,
      to,
      ...present(summary),
      distribution: Object.fromEntries(total.map((n, score) => [String(score), n]).filter(([score]) => inScale(kind, Number(score)))),
    };

    if (q.interval) {
      const perPeriod = new Map<string, number[]>();
      for (const [day, c] of byDay) {
        const p = periodStart(day, q.interval);
        const acc = perPeriod.get(p) ?? emptyCounts();
        addCounts(acc, c);
        perPeriod.set(p, acc);
      }
      const interval = q.interval;
      result.series = periodStarts(from, to, interval).map((period) => {
        const s = summarize(kind, perPeriod.get(period) ?? emptyCounts());
        return {
          period,
          // the first and last buckets may hold only part of their period (the range starts or ends inside it,
          // or it is the current one): a chart must not draw them as full periods
          ...periodCoverage(period, interval, from, to, today),
          total: s.total,
          score: round(s.score),
          marginOfError: round(s.marginOfError),
          // the band a chart shades: score ± margin, cut to what the measure can be (NPS −100…100, CSAT 0…100 %,
          // CES 1…7). With few responses the normal approximation runs past them (n = 5: −130).
          low: s.score !== null && s.marginOfError !== null ? round(Math.max(BOUNDS[kind].min, s.score - s.marginOfError)) : null,
          high: s.score !== null && s.marginOfError !== null ? round(Math.min(BOUNDS[kind].max, s.score + s.marginOfError)) : null,
        };
      });
    }

    if (groupDim) {
      const byGroup = await this.counts(q.surveyId, from, to, filters, groupDim);
      const labels = await this.labels(auth.workspaceId, groupDim, [...byGroup.keys()]);
      result.groups = [...byGroup.entries()]
        .map(([key, c]) => {
          const s = summarize(kind, c);
          return { key, label: labels.get(key) ?? key, total: s.total, score: round(s.score), marginOfError: round(s.marginOfError) };
        })
        .filter((g) => g.total > 0)
        .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
    }

    if (q.compareTo === 'previous') {
      const len = daysBetween(from, to);
      const prevTo = addDays(from, -1);
      const prevFrom = addDays(prevTo, -(len - 1));
      const prevCounts = emptyCounts();
      for (const c of (await this.counts(q.surveyId, prevFrom, prevTo, filters, 'day')).values()) addCounts(prevCounts, c);
      const prev = summarize(kind, prevCounts);
      result.previous = { from: prevFrom, to: prevTo, ...present(prev) };
      const change: Change | null = compare(summary, prev);
      result.change = change ? { delta: round(change.delta), standardError: round(change.standardError), pValue: round(change.pValue, 4), significant: change.significant } : null;
    }
    return result;
  }

  /**
   * Score counts keyed by day ('day') or by the value of a dimension, for the responses matching `filters`.
   * Uses buckets when at most one dimension is involved; otherwise scans responses.
   */
  private async counts(surveyId: string, from: string, to: string, filters: Filter[], key: string): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    const dims = filters.length + (key === 'day' ? 0 : 1);
    if (dims <= 1) {
      const dim = key !== 'day' ? key : (filters[0]?.dim ?? 'all');
      const keyCol = key === 'day' ? 'day' : 'dim_value';
      let query = this.db
        .selectFrom('metric_bucket')
        .select(sql.ref<string>(keyCol).as('k'))
        .$call((qb) => {
          let b = qb;
          for (let i = 0; i <= 10; i++) b = b.select(sql<number>`SUM(${sql.ref(`c${i}`)})`.as(`c${i}`)) as unknown as typeof qb;
          return b;
        })
        .where('survey_id', '=', surveyId)
        .where('dim', '=', dim)
        .where('day', '>=', from)
        .where('day', '<=', to);
      if (key === 'day' && filters[0]) query = query.where('dim_value', '=', filters[0].value);
      const rows = (await query.groupBy(keyCol as 'day').execute()) as unknown as Record<string, number | string>[];
      for (const r of rows) out.set(String(r.k), Array.from({ length: 11 }, (_, i) => Number(r[`c${i}`] ?? 0)));
      return out;
    }
    // Fallback: scan the survey's responses in the range (index on survey_id, created_at).
    const keyExpr =
      key === 'day'
        ? sql<string>`substr(created_at, 1, 10)`
        : key.startsWith('prop:')
          ? null
          : sql<string>`${sql.ref(GROUP_COLUMNS[key]!)}`;
    let query = this.db
      .selectFrom('response')
      .where('survey_id', '=', surveyId)
      .where('score', 'is not', null)
      .where('created_at', '>=', `${from}T00:00:00.000Z`)
      .where('created_at', '<=', `${to}T23:59:59.999Z`);
    for (const f of filters) query = query.where(sql.ref(f.column), '=', f.value);
    if (keyExpr) {
      const rows = await query
        .select([keyExpr.as('k'), 'score', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy([keyExpr, 'score'])
        .execute();
      for (const r of rows) {
        if (r.k === null || r.score === null) continue;
        const c = out.get(String(r.k)) ?? emptyCounts();
        c[r.score] = (c[r.score] ?? 0) + Number(r.n);
        out.set(String(r.k), c);
      }
      return out;
    }
    // Property groups need the JSON column; parsed here so the SQL stays identical on both databases.
    const prop = key.slice(5);
    const rows = await query.select(['properties', 'score']).execute();
    for (const r of rows) {
      const v = (JSON.parse(r.properties) as Record<string, unknown>)[prop];
      if (v === undefined || v === null || typeof v === 'object' || r.score === null) continue;
      const c = out.get(String(v)) ?? emptyCounts();
      c[r.score] = (c[r.score] ?? 0) + 1;
      out.set(String(v), c);
    }
    return out;
  }

  private async labels(workspaceId: string, dim: string, keys: string[]): Promise<Map<string, string>> {
    const table = dim === 'team' || dim === 'location' || dim === 'employee' ? dim : null;
    if (!table || keys.length === 0) return new Map(keys.map((k) => [k, k]));
    const rows = await this.db.selectFrom(table).select(['id', 'name']).where('workspace_id', '=', workspaceId).where('id', 'in', keys).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/** The range each measure can take: NPS in points, CSAT as a percentage, CES as a mean on its 1–7 scale. */
const BOUNDS: Record<SurveyKind, { min: number; max: number }> = { nps: { min: -100, max: 100 }, csat: { min: 0, max: 100 }, ces: { min: 1, max: 7 } };

function inScale(kind: SurveyKind, score: number): boolean {
  return kind === 'nps' ? score <= 10 : kind === 'csat' ? score >= 1 && score <= 5 : score >= 1 && score <= 7;
}
