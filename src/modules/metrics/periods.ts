/** UTC calendar helpers for metric periods: days are 'YYYY-MM-DD', weeks start on Monday (ISO 8601). */
export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

const DAY = 86_400_000;

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  return toDay(dayMs(day) + n * DAY);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY) + 1;
}

/** The first day of the period of `interval` containing `day`. */
export function periodStart(day: string, interval: Interval): string {
  switch (interval) {
    case 'day':
      return day;
    case 'week': {
      const dow = (new Date(dayMs(day)).getUTCDay() + 6) % 7; // Monday = 0
      return addDays(day, -dow);
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
  }
}

/** The first day of the period after the one starting on `start`. */
function nextPeriodStart(start: string, interval: Interval): string {
  if (interval === 'day') return addDays(start, 1);
  if (interval === 'week') return addDays(start, 7);
  const d = new Date(dayMs(start));
  return toDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** The last day of the period starting on `start` (a Sunday for weeks, the 28th…31st for months). */
export function periodEnd(start: string, interval: Interval): string {
  return addDays(nextPeriodStart(start, interval), -1);
}

/** Every period start from the period containing `from` to the one containing `to`. */
export function periodStarts(from: string, to: string, interval: Interval): string[] {
  const out: string[] = [];
  for (let p = periodStart(from, interval); p <= to; p = nextPeriodStart(p, interval)) out.push(p);
  return out;
}

/** How much of one period a date range's figures can hold: see periodCoverage. */
export interface PeriodCoverage {
  /** The first day of the period inside the range. */
  from: string;
  /** The last day of the period inside the range (it may lie after today). */
  to: string;
  /** The days from `from` to `to` that have begun by `today`: the days the figures can count. */
  days: number;
  /** The days of the whole period: 1, 7, or 28…31. */
  periodDays: number;
  /** The figures hold less than the whole period (`days` < `periodDays`), or the period is still going on. */
  partial: boolean;
  /** Today lies inside the period and the range: its figures will still grow. */
  inProgress: boolean;
}

/**
 * The part of the period starting on `period` that the range `from`…`to` covers, up to `today` (all UTC days).
 * A trend's first bucket is partial when the range starts after its Monday (or 1st); its last one when the range
 * ends before its Sunday (or month end) or the period is the current one: drawn as full, such a bucket looks like a
 * drop in volume and has a wider margin.
 */
export function periodCoverage(period: string, interval: Interval, from: string, to: string, today: string): PeriodCoverage {
  const end = periodEnd(period, interval);
  const first = period > from ? period : from;
  const last = end < to ? end : to;
  const lastBegun = last < today ? last : today;
  const days = lastBegun >= first ? daysBetween(first, lastBegun) : 0;
  const periodDays = daysBetween(period, end);
  const inProgress = first <= today && today <= last;
  return { from: first, to: last, days, periodDays, partial: days < periodDays || inProgress, inProgress };
}

export function isDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(dayMs(s)) && toDay(dayMs(s)) === s;
}

/**
 * An ISO-8601 date or date-time in milliseconds, NaN when it is not one. Stricter than Date.parse, which takes
 * other formats and rolls an impossible day over ("2026-02-30" is 2 March).
 */
export function parseDateTime(text: string): number {
  return isDay(text.slice(0, 10)) ? Date.parse(text) : NaN;
}
