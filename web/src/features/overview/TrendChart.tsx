import { useMemo } from 'react';
import type { Metrics, SurveyKind } from '../../api/types';
import { EChart } from '../charts/EChart';
import type { EChartsOption } from '../charts/echarts';
import { partialPeriodText, splitPartialLine } from '../charts/partialPeriods';
import { formatPeriod } from '../common/dates';
import { formatMargin, formatNumber, formatScore, KIND_LABELS } from '../common/format';

const SCALE: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: -100, max: 100 },
  csat: { min: 0, max: 100 },
  ces: { min: 1, max: 7 },
};

function clamp(value: number, kind: SurveyKind): number {
  const { min, max } = SCALE[kind];
  return Math.min(max, Math.max(min, value));
}

const LINE_COLOR = '#1d4ed8';
const PARTIAL_LABEL = 'Partial period';

/**
 * Score per period with its 95% margin as a shaded band, and response counts as bars on a second axis. Buckets that
 * hold only part of their period (the range starts or ends inside it, or it is the current one) are drawn apart: a
 * dashed line to a hollow point, a pale bar with a dashed outline, and the tooltip says how many days they hold.
 */
export function buildTrendOption(metrics: Metrics, interval: 'week' | 'month'): EChartsOption {
  const kind = metrics.kind;
  const series = metrics.series ?? [];
  const partial = series.map((p) => p.partial);
  const anyPartial = partial.some(Boolean);
  const labels = series.map((p) => formatPeriod(p.period, interval));
  const lower = series.map((p) => (p.low === null || p.score === null ? '-' : clamp(p.low, kind)));
  const band = series.map((p) =>
    p.low === null || p.high === null || p.score === null ? '-' : clamp(p.high, kind) - clamp(p.low, kind),
  );
  const scores = series.map((p) => (p.score === null ? ('-' as const) : p.score));
  const line = splitPartialLine(scores, partial);
  const totals = series.map((p) =>
    p.partial ? { value: p.total, itemStyle: { color: 'rgba(203, 213, 225, 0.45)', borderColor: '#94a3b8', borderType: 'dashed' as const, borderWidth: 1 } } : p.total,
  );
  const label = KIND_LABELS[kind];

  // Fit the score axis to the band, within the scale, so small movements stay visible.
  const values = series.flatMap((p) => (p.score === null ? [] : [p.low ?? p.score, p.high ?? p.score]));
  const { min: scaleMin, max: scaleMax } = SCALE[kind];
  const step = kind === 'ces' ? 0.5 : 10;
  const yMin = values.length ? Math.max(scaleMin, Math.floor(Math.min(...values) / step) * step) : scaleMin;
  const yMax = values.length ? Math.min(scaleMax, Math.ceil(Math.max(...values) / step) * step) : scaleMax;

  return {
    animationDuration: 300,
    grid: { left: 48, right: 52, top: 40, bottom: 32, containLabel: false },
    legend: { top: 0, data: anyPartial ? [label, PARTIAL_LABEL, '95% margin', 'Responses'] : [label, '95% margin', 'Responses'] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { dataIndex?: number } | undefined;
        const point = first?.dataIndex === undefined ? undefined : series[first.dataIndex];
        if (!point) return '';
        const heading = interval === 'month' ? 'Month of' : 'Week of';
        const score =
          point.score === null
            ? 'no responses'
            : `${formatScore(kind, point.score)} ${formatMargin(kind, point.marginOfError)}`;
        const coverage = partialPeriodText(point, interval);
        const note = coverage ? `<br/><i data-partial="true">${coverage}</i>` : '';
        return `${heading} ${formatPeriod(point.period, 'day')}${note}<br/><b>${label}: ${score}</b><br/>${formatNumber(point.total)} responses`;
      },
    },
    xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: label, min: yMin, max: yMax, splitLine: { lineStyle: { color: '#e5e7eb' } } },
      { type: 'value', name: 'Responses', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        name: 'Responses',
        type: 'bar',
        yAxisIndex: 1,
        data: totals,
        barMaxWidth: 24,
        itemStyle: { color: '#cbd5e1' },
        z: 1,
      },
      {
        name: 'Lower bound',
        type: 'line',
        stack: 'margin',
        stackStrategy: 'all',
        data: lower,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
        silent: true,
        z: 2,
      },
      {
        name: '95% margin',
        type: 'line',
        stack: 'margin',
        stackStrategy: 'all',
        data: band,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(37, 99, 235, 0.16)' },
        itemStyle: { color: 'rgba(37, 99, 235, 0.3)' },
        silent: true,
        z: 2,
      },
      ...(anyPartial
        ? [
            {
              name: PARTIAL_LABEL,
              type: 'line' as const,
              data: line.partial,
              connectNulls: false,
              lineStyle: { width: 2, color: LINE_COLOR, type: 'dashed' as const },
              itemStyle: { color: LINE_COLOR, borderColor: LINE_COLOR, borderWidth: 2 },
              z: 3,
            },
          ]
        : []),
      {
        name: label,
        type: 'line',
        data: line.whole,
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        lineStyle: { width: 2.5, color: LINE_COLOR },
        itemStyle: { color: LINE_COLOR },
        z: 3,
        ...(kind === 'nps'
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { color: '#94a3b8', type: 'dashed' },
                data: [{ yAxis: 0 }],
              },
            }
          : {}),
      },
    ],
  };
}

/**
 * The trend in words, as the chart's accessible name: the span, the first and latest score, the lowest and highest,
 * and the number of responses, e.g. "NPS by week, Aug 24 to Nov 16: from 12 (Aug 24) to 35 (Nov 16); lowest 8
 * (Sep 7), highest 40 (Oct 19); 1,240 responses. A shaded band shows the 95% margin of error. Dashed: Nov 16,
 * week in progress — 3 of 7 days."
 */
export function describeTrend(metrics: Metrics, interval: 'week' | 'month'): string {
  const kind = metrics.kind;
  const series = metrics.series ?? [];
  const when = (period: string) => formatPeriod(period, interval);
  const span = series.length ? `, ${when(series[0]!.period)} to ${when(series[series.length - 1]!.period)}` : '';
  const total = series.reduce((sum, p) => sum + p.total, 0);
  const responses = `${formatNumber(total)} ${total === 1 ? 'response' : 'responses'}`;
  const scored = series.filter((p): p is typeof p & { score: number } => p.score !== null);
  const head = `${KIND_LABELS[kind]} by ${interval}${span}`;
  const partials = series
    .map((p) => ({ period: p.period, text: partialPeriodText(p, interval) }))
    .filter((p): p is { period: string; text: string } => p.text !== null);
  const partialNote = partials.length ? ` Dashed: ${partials.map((p) => `${when(p.period)}, ${p.text.charAt(0).toLowerCase()}${p.text.slice(1)}`).join('; ')}.` : '';
  if (scored.length === 0) return `${head}: no scores; ${responses}.${partialNote}`;
  const first = scored[0]!;
  const last = scored[scored.length - 1]!;
  const low = scored.reduce((a, b) => (b.score < a.score ? b : a));
  const high = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const at = (p: { period: string; score: number }) => `${formatScore(kind, p.score)} (${when(p.period)})`;
  const change = scored.length === 1 ? at(first) : `from ${at(first)} to ${at(last)}`;
  return `${head}: ${change}; lowest ${at(low)}, highest ${at(high)}; ${responses}. A shaded band shows the 95% margin of error.${partialNote}`;
}

export function TrendChart({ metrics, interval }: { metrics: Metrics; interval: 'week' | 'month' }) {
  const option = useMemo(() => buildTrendOption(metrics, interval), [metrics, interval]);
  const label = useMemo(() => describeTrend(metrics, interval), [metrics, interval]);
  if (!metrics.series || metrics.series.length === 0) {
    return <p className="muted chart-empty">No responses in this period.</p>;
  }
  // the partial buckets' periods, for tests and tools that cannot read the canvas
  const partial = metrics.series.filter((p) => p.partial).map((p) => p.period);
  return (
    <div data-testid="trend-canvas" data-partial-periods={partial.join(' ')}>
      <EChart option={option} label={label} height={320} />
    </div>
  );
}
