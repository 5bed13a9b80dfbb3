import { useMemo } from 'react';
import type { Metrics, SurveyKind } from '../../api/types';
import { EChart } from '../charts/EChart';
import type { EChartsOption } from '../charts/echarts';
import { formatNumber, scoreTone, TONE_COLORS } from '../common/format';

const RANGES: Record<SurveyKind, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };

/** How many responses gave each score; NPS bars are red (0–6), amber (7–8) and green (9–10). */
export function buildDistributionOption(metrics: Metrics): EChartsOption {
  const [low, high] = RANGES[metrics.kind];
  const scores: number[] = [];
  for (let s = low; s <= high; s++) scores.push(s);
  const total = scores.reduce((sum, s) => sum + (metrics.distribution[String(s)] ?? 0), 0);
  return {
    animationDuration: 300,
    grid: { left: 44, right: 16, top: 16, bottom: 36 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { dataIndex?: number } | undefined;
        const score = first?.dataIndex === undefined ? undefined : scores[first.dataIndex];
        if (score === undefined) return '';
        const count = metrics.distribution[String(score)] ?? 0;
        const share = total ? ` (${formatNumber((count / total) * 100, 1)}%)` : '';
        return `Score ${score}: <b>${formatNumber(count)}</b>${share}`;
      },
    },
    xAxis: { type: 'category', data: scores.map(String), name: 'Score', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e5e7eb' } } },
    series: [
      {
        name: 'Responses',
        type: 'bar',
        barMaxWidth: 36,
        data: scores.map((s) => ({
          value: metrics.distribution[String(s)] ?? 0,
          itemStyle: { color: TONE_COLORS[scoreTone(metrics.kind, s)], borderRadius: [3, 3, 0, 0] },
        })),
      },
    ],
  };
}

/** The distribution in words, as the chart's accessible name: every score's count, e.g. "Responses per score, 0 to 10: 0: 41, 1: 8, …". */
export function describeDistribution(metrics: Metrics): string {
  const [low, high] = RANGES[metrics.kind];
  const counts: string[] = [];
  let total = 0;
  for (let s = low; s <= high; s++) {
    const count = metrics.distribution[String(s)] ?? 0;
    total += count;
    counts.push(`${s}: ${formatNumber(count)}`);
  }
  return `Responses per score, ${low} to ${high} (${formatNumber(total)} in all): ${counts.join(', ')}.`;
}

export function DistributionChart({ metrics }: { metrics: Metrics }) {
  const option = useMemo(() => buildDistributionOption(metrics), [metrics]);
  const label = useMemo(() => describeDistribution(metrics), [metrics]);
  return <EChart option={option} label={label} height={280} />;
}
