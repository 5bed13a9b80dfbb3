// Trend buckets that hold only part of their period (the range starts or ends inside it, or it is the current one):
// drawn as full ones, the current week three days old looks like a collapse in volume, with a wide margin. Charts
// draw them dashed and hollow, and say how much of the period they hold. The API marks them (GET /api/v1/metrics,
// series[].partial; docs/metrics.md).

/** What a bucket says of its coverage: the days it can count of the days in its period. */
export interface PeriodCoverage {
  days: number;
  periodDays: number;
  partial: boolean;
  inProgress: boolean;
}

export type TrendInterval = 'day' | 'week' | 'month';

const UNIT: Record<TrendInterval, string> = { day: 'day', week: 'week', month: 'month' };

/**
 * How much of its period a bucket holds, in words ("Week in progress — 3 of 7 days", "Partial month — 17 of 31 days
 * in the range"), or null for a whole period.
 */
export function partialPeriodText(point: PeriodCoverage, interval: TrendInterval): string | null {
  if (!point.partial) return null;
  const unit = UNIT[interval];
  const Unit = unit.charAt(0).toUpperCase() + unit.slice(1);
  if (point.inProgress) return point.periodDays === 1 ? `${Unit} in progress` : `${Unit} in progress — ${point.days} of ${point.periodDays} days`;
  if (point.days === 0) return `${Unit} not begun yet`;
  return `Partial ${unit} — ${point.days} of ${point.periodDays} days in the range`;
}

/** A line's value at one bucket: a number, or ECharts' '-' for a gap. */
export type LineValue = number | '-';

/** One data item of a line series, with the symbol it is drawn with. */
export interface LineItem {
  value: LineValue;
  symbol?: string;
  symbolSize?: number;
}

/**
 * One line split in two series over the same buckets: `whole` joins the whole periods with a solid line; `partial`
 * joins each partial bucket to its neighbours, to be drawn dashed with a hollow point (the neighbours, drawn by
 * `whole`, get no second symbol).
 */
export function splitPartialLine(values: LineValue[], partial: boolean[]): { whole: LineValue[]; partial: LineItem[] } {
  const whole = values.map((v, i) => (partial[i] ? '-' : v));
  const near = (i: number) => Boolean(partial[i] || partial[i - 1] || partial[i + 1]);
  const dashed = values.map((value, i): LineItem => {
    if (!near(i)) return { value: '-' };
    return partial[i] ? { value, symbol: 'emptyCircle', symbolSize: 8 } : { value, symbol: 'none' };
  });
  return { whole, partial: dashed };
}
