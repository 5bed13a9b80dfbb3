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

/** Every period start from the period containing `from` to the one containing `to`. */
export function periodStarts(from: string, to: string, interval: Interval): string[] {
  const out: string[] = [];
  let p = periodStart(from, interval);
  while (p <= to) {
    out.push(p);
    if (interval === 'day') p = addDays(p, 1);
    else if (interval === 'week') p = addDays(p, 7);
    else {
      const d = new Date(dayMs(p));
      p = toDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
  }
  return out;
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
