import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from './echarts';

interface EChartProps {
  option: EChartsOption;
  /**
   * What the chart shows, in words, for people who cannot see it: its subject and a summary of the data (the range,
   * the first and latest values, the extremes), as the container's accessible name (role img).
   */
  label: string;
  height?: number;
  className?: string;
  'data-testid'?: string;
}

/** A small ECharts wrapper: init on mount, setOption on change, resize with its box, dispose on unmount. */
export function EChart({ option, label, height = 320, className, 'data-testid': testId }: EChartProps) {
  const elementRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={elementRef}
      className={className ? `echart ${className}` : 'echart'}
      style={{ height }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
