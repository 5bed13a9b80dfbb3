import type { ReactNode } from 'react';

/** The comment as text slices, with each matched span (character offsets; overlaps merged) wrapped in <mark>. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly { start: number; end: number }[] }) {
  const spans = highlights
    .map((h) => ({ start: Math.max(0, Math.min(text.length, h.start)), end: Math.max(0, Math.min(text.length, h.end)) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const h of spans) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const h of merged) {
    if (h.start > at) parts.push(text.slice(at, h.start));
    parts.push(<mark key={h.start}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
