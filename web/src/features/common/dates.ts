// Dates the API takes are calendar days `YYYY-MM-DD`, inclusive, in UTC.

export type RangePreset = '30d' | '90d' | '12m' | 'custom';

export interface DateRange {
  from: string;
  to: string;
}

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  const date = parseIsoDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDay(date);
}

export function todayUtc(): string {
  return toIsoDay(new Date());
}

export function presetRange(preset: Exclude<RangePreset, 'custom'>, today = todayUtc()): DateRange {
  switch (preset) {
    case '30d':
      return { from: addDays(today, -29), to: today };
    case '90d':
      return { from: addDays(today, -89), to: today };
    case '12m': {
      const date = parseIsoDay(today);
      date.setUTCFullYear(date.getUTCFullYear() - 1);
      date.setUTCDate(date.getUTCDate() + 1);
      return { from: toIsoDay(date), to: today };
    }
  }
}

/** Number of days in an inclusive range. */
export function rangeDays(range: DateRange): number {
  return Math.round((parseIsoDay(range.to).getTime() - parseIsoDay(range.from).getTime()) / 86_400_000) + 1;
}

/** Weekly buckets for ranges up to six months, monthly beyond. */
export function trendInterval(range: DateRange): 'week' | 'month' {
  return rangeDays(range) <= 184 ? 'week' : 'month';
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseIsoDay(value).getTime());
}

export function formatPeriod(period: string, interval: 'day' | 'week' | 'month'): string {
  const date = parseIsoDay(period);
  if (interval === 'month') return date.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
