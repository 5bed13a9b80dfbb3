import { useMemo } from 'react';
import type { ThemeDetail } from '../../api/themes';
import { EChart } from '../charts/EChart';
import type { EChartsOption } from '../charts/echarts';
import { partialPeriodText, splitPartialLine } from '../charts/partialPeriods';
import { formatPeriod } from '../common/dates';
import { formatNumber } from '../common/format';

type Trend = ThemeDetail['trend'];
type Interval = ThemeDetail['interval'];

const SHARE_COLOR = '#b91c1c';
const SHARE_LABEL = 'Share of comments';
const PARTIAL_LABEL = 'Partial period';

/**
 * Comments mentioning the theme per week or month (bars) and their share of all comments (line, second axis). As on
 * the overview's trend (overview/TrendChart.tsx), buckets that hold only part of their period (the range starts or
 * ends inside it, or it is the current one) are drawn apart: a pale bar with a dashed outline, a dashed line to a
 * hollow point, and the tooltip says how many days they hold — the current week three days old is not a fall.
 */
export function buildThemeTrendOption(trend: Trend, interval: Interval): EChartsOption {
  const partial = trend.map((p) => p.partial);
  const anyPartial = partial.some(Boolean);
  const line = splitPartialLine(
    trend.map((p) => (p.share === null ? '-' : p.share)),
    partial,
  );
  const counts = trend.map((p) =>
    p.partial ? { value: p.count, itemStyle: { color: 'rgba(147, 197, 253, 0.35)', borderColor: '#60a5fa', borderType: 'dashed' as const, borderWidth: 1 } } : p.count,
  );
  return {
    animationDuration: 300,
    grid: { left: 44, right: 48, top: 40, bottom: 32 },
    legend: { top: 0, data: anyPartial ? ['Comments', SHARE_LABEL, PARTIAL_LABEL] : ['Comments', SHARE_LABEL] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { dataIndex?: number } | undefined;
        const point = first?.dataIndex === undefined ? undefined : trend[first.dataIndex];
        if (!point) return '';
        const heading = interval === 'month' ? 'Month of' : 'Week of';
        const share = point.share === null ? 'no comments' : `${formatNumber(point.share, 1)}% of comments`;
        const coverage = partialPeriodText(point, interval);
        const note = coverage ? `<br/><i data-partial="true">${coverage}</i>` : '';
        return `${heading} ${formatPeriod(point.period, 'day')}${note}<br/><b>${formatNumber(point.count)} comments</b><br/>${share}`;
      },
    },
    xAxis: { type: 'category', data: trend.map((p) => formatPeriod(p.period, interval)), axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: 'Comments', minInterval: 1, splitLine: { lineStyle: { color: '#e5e7eb' } } },
      { type: 'value', name: 'Share %', min: 0, splitLine: { show: false }, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: 'Comments', type: 'bar', data: counts, barMaxWidth: 24, itemStyle: { color: '#93c5fd' } },
      ...(anyPartial
        ? [
            {
              name: PARTIAL_LABEL,
              type: 'line' as const,
              yAxisIndex: 1,
              data: line.partial,
              connectNulls: false,
              lineStyle: { width: 2, color: SHARE_COLOR, type: 'dashed' as const },
              itemStyle: { color: SHARE_COLOR, borderColor: SHARE_COLOR, borderWidth: 2 },
            },
          ]
        : []),
      {
        name: SHARE_LABEL,
        type: 'line',
        yAxisIndex: 1,
        data: line.whole,
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        lineStyle: { width: 2.5, color: SHARE_COLOR },
        itemStyle: { color: SHARE_COLOR },
      },
    ],
  };
}

/**
 * The trend in words, as the chart's accessible name: the span, the comments in all, the busiest period, the share
 * of all comments in the first and the last period that had comments, and the periods held only in part, e.g.
 * "… Dashed: Nov 16, week in progress — 3 of 7 days."
 */
export function describeThemeTrend(trend: Trend, interval: Interval, label: string): string {
  const every = interval === 'month' ? 'Monthly' : 'Weekly';
  if (trend.length === 0) return `${every} comments mentioning ${label}: none.`;
  const when = (period: string) => formatPeriod(period, interval);
  const total = trend.reduce((sum, p) => sum + p.count, 0);
  const busiest = trend.reduce((a, b) => (b.count > a.count ? b : a));
  const shares = trend.filter((p): p is typeof p & { share: number } => p.share !== null);
  const share = (p: { share: number; period: string }) => `${formatNumber(p.share, 1)}% (${when(p.period)})`;
  const shareText =
    shares.length === 0 ? '' : shares.length === 1 ? `; share of all comments ${share(shares[0]!)}` : `; share of all comments from ${share(shares[0]!)} to ${share(shares[shares.length - 1]!)}`;
  const partials = trend
    .map((p) => ({ period: p.period, text: partialPeriodText(p, interval) }))
    .filter((p): p is { period: string; text: string } => p.text !== null);
  const partialNote = partials.length ? ` Dashed: ${partials.map((p) => `${when(p.period)}, ${p.text.charAt(0).toLowerCase()}${p.text.slice(1)}`).join('; ')}.` : '';
  return `${every} comments mentioning ${label}, ${when(trend[0]!.period)} to ${when(trend[trend.length - 1]!.period)}: ${formatNumber(total)} in all, most in the ${interval} of ${when(busiest.period)} (${formatNumber(busiest.count)})${shareText}.${partialNote}`;
}

export function ThemeTrendChart({ trend, interval, label }: { trend: Trend; interval: Interval; label: string }) {
  const option = useMemo(() => buildThemeTrendOption(trend, interval), [trend, interval]);
  const summary = useMemo(() => describeThemeTrend(trend, interval, label), [trend, interval, label]);
  if (trend.length === 0) return <p className="muted chart-empty">No comments in this period.</p>;
  // the partial buckets' periods, for tests and tools that cannot read the canvas (as on the overview's trend)
  const partial = trend.filter((p) => p.partial).map((p) => p.period);
  return (
    <div data-testid="theme-trend-canvas" data-partial-periods={partial.join(' ')}>
      <EChart option={option} label={summary} height={280} />
    </div>
  );
}
