/**
 * The NPS trend drawn on the server with Apache ECharts (SSR to SVG), for emails and reports: the score line,
 * its 95% margin as a shaded band, and response counts as bars.
 */
import * as echarts from 'echarts';

export interface TrendPoint {
  period: string;
  total: number;
  score: number | null;
  low: number | null;
  high: number | null;
}

export function renderTrendSvg(points: TrendPoint[], opts: { title?: string; color?: string; width?: number; height?: number } = {}): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: opts.width ?? 600, height: opts.height ?? 260 });
  const color = opts.color ?? '#2563eb';
  chart.setOption({
    animation: false,
    title: opts.title ? { text: opts.title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 'bold', color: '#18181b' } } : undefined,
    grid: { left: 44, right: 44, top: opts.title ? 40 : 16, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => p.period.slice(5)), axisLabel: { fontSize: 10, color: '#52525b' } },
    yAxis: [
      { type: 'value', min: -100, max: 100, splitNumber: 4, axisLabel: { fontSize: 10, color: '#52525b' } },
      { type: 'value', axisLabel: { fontSize: 10, color: '#a1a1aa' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', yAxisIndex: 1, data: points.map((p) => p.total), itemStyle: { color: '#e4e4e7' }, barWidth: '50%', z: 1 },
      // The band: an invisible line at the lower bound, and the band's height stacked on it.
      { type: 'line', data: points.map((p) => p.low), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, z: 2 },
      { type: 'line', data: points.map((p) => (p.low !== null && p.high !== null ? p.high - p.low : null)), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color, opacity: 0.15 }, z: 2 },
      { type: 'line', data: points.map((p) => p.score), symbol: 'circle', symbolSize: 5, lineStyle: { color, width: 2 }, itemStyle: { color }, connectNulls: false, z: 3 },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
