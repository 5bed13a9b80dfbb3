import { useMemo } from 'react';
import type { ThemeDetail } from '../../api/themes';
import { EChart } from '../charts/EChart';
import type { EChartsOption } from '../charts/echarts';
import { formatPeriod } from '../common/dates';
import { formatNumber } from '../common/format';

/** Comments mentioning the theme per week (bars) and their share of all comments (line, second axis). */
export function buildThemeTrendOption(trend: ThemeDetail['trend']): EChartsOption {
  return {
    animationDuration: 300,
    grid: { left: 44, right: 48, top: 40, bottom: 32 },
    legend: { top: 0, data: ['Comments', 'Share of comments'] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { dataIndex?: number } | undefined;
        const point = first?.dataIndex === undefined ? undefined : trend[first.dataIndex];
        if (!point) return '';
        const share = point.share === null ? 'no comments' : `${formatNumber(point.share, 1)}% of comments`;
        return `Week of ${formatPeriod(point.period, 'day')}<br/><b>${formatNumber(point.count)} comments</b><br/>${share}`;
      },
    },
    xAxis: { type: 'category', data: trend.map((p) => formatPeriod(p.period, 'week')), axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: 'Comments', minInterval: 1, splitLine: { lineStyle: { color: '#e5e7eb' } } },
      { type: 'value', name: 'Share %', min: 0, splitLine: { show: false }, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: 'Comments', type: 'bar', data: trend.map((p) => p.count), barMaxWidth: 24, itemStyle: { color: '#93c5fd' } },
      {
        name: 'Share of comments',
        type: 'line',
        yAxisIndex: 1,
        data: trend.map((p) => (p.share === null ? '-' : p.share)),
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2.5, color: '#b91c1c' },
        itemStyle: { color: '#b91c1c' },
      },
    ],
  };
}

/**
 * The trend in words, as the chart's accessible name: the span, the comments in all, the busiest week, and the share
 * of all comments in the first and the last week that had comments.
 */
export function describeThemeTrend(trend: ThemeDetail['trend'], label: string): string {
  if (trend.length === 0) return `Weekly comments mentioning ${label}: none.`;
  const week = (period: string) => formatPeriod(period, 'week');
  const total = trend.reduce((sum, p) => sum + p.count, 0);
  const busiest = trend.reduce((a, b) => (b.count > a.count ? b : a));
  const shares = trend.filter((p): p is typeof p & { share: number } => p.share !== null);
  const share = (p: { share: number; period: string }) => `${formatNumber(p.share, 1)}% (${week(p.period)})`;
  const shareText =
    shares.length === 0 ? '' : shares.length === 1 ? `; share of all comments ${share(shares[0]!)}` : `; share of all comments from ${share(shares[0]!)} to ${share(shares[shares.length - 1]!)}`;
  return `Weekly comments mentioning ${label}, ${week(trend[0]!.period)} to ${week(trend[trend.length - 1]!.period)}: ${formatNumber(total)} in all, most in the week of ${week(busiest.period)} (${formatNumber(busiest.count)})${shareText}.`;
}

export function ThemeTrendChart({ trend, label }: { trend: ThemeDetail['trend']; label: string }) {
  const option = useMemo(() => buildThemeTrendOption(trend), [trend]);
  const summary = useMemo(() => describeThemeTrend(trend, label), [trend, label]);
  if (trend.length === 0) return <p className="muted chart-empty">No comments in this period.</p>;
  return <EChart option={option} label={summary} height={280} data-testid="theme-trend-canvas" />;
}
