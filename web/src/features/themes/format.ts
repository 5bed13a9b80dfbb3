// How theme numbers are written: impact in NPS points (always ≤ 0), shares in percent.
import { formatNumber } from '../common/format';

export function formatImpact(impact: number | null): string {
  if (impact === null) return '—';
  return impact === 0 ? '0' : `−${formatNumber(Math.abs(impact), 1)}`;
}

export function formatPoints(value: number | null, decimals = 1): string {
  if (value === null) return '—';
  return formatNumber(value, decimals);
}

export function formatShare(share: number | null): string {
  if (share === null) return '—';
  return `${formatNumber(share, share < 10 ? 1 : 0)}%`;
}

export function formatNps(nps: number | null): string {
  if (nps === null) return '—';
  const n = Math.round(nps);
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

export const RUN_LABELS = {
  reanalyze: 'Re-analysing comments',
  discover: 'Discovering themes',
  train: 'Learning the sentiment model',
} as const;
