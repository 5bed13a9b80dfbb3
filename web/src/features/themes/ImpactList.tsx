import { Link } from 'react-router';
import type { ThemeImpact } from '../../api/themes';
import { formatNumber } from '../common/format';
import { formatImpact, formatNps, formatPoints, formatShare } from './format';
import { SentimentBar } from './SentimentBar';
import './themes.css';
import { TableWrap } from '../common/TableWrap';

interface Row {
  theme: ThemeImpact;
  depth: number;
  rank: number | null;
}

/** Top-level themes by impact (most harmful first), each followed by its sub-themes, also by impact. */
export function rankRows(themes: readonly ThemeImpact[]): Row[] {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string, ThemeImpact[]>();
  const roots: ThemeImpact[] = [];
  for (const t of themes) {
    if (t.parentId && ids.has(t.parentId)) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
    else roots.push(t);
  }
  const rows: Row[] = [];
  const walk = (t: ThemeImpact, depth: number) => {
    rows.push({ theme: t, depth, rank: depth === 0 ? rows.filter((r) => r.depth === 0).length + 1 : null });
    for (const c of children.get(t.id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return rows;
}

/** Horizontal bar of the impact with a whisker for its 95% margin, on a shared scale. */
function ImpactBar({ impact, margin, scale }: { impact: number | null; margin: number | null; scale: number }) {
  if (impact === null || scale <= 0) return <span className="muted small">No scored comments</span>;
  const size = Math.abs(impact);
  const m = margin ?? 0;
  const pct = (v: number) => `${Math.max(0, Math.min(100, (100 * v) / scale))}%`;
  return (
    <span className="th-impact">
      <span className="th-impact-track" aria-hidden="true">
        <span className="th-impact-bar" style={{ width: pct(size) }} />
        {m > 0 ? <span className="th-impact-whisker" style={{ left: pct(size - m), width: `calc(${pct(size + m)} - ${pct(size - m)})` }} /> : null}
      </span>
      <span className="th-impact-value">
        <strong>{formatImpact(impact)}</strong>
        {margin !== null ? <span className="muted small"> ± {formatPoints(margin)}</span> : null}
      </span>
    </span>
  );
}

/** "+12.5" / "−40": a theme's NPS against the rest's. */
function formatRelative(relative: number | null): string {
  if (relative === null) return '—';
  return `${relative > 0 ? '+' : relative < 0 ? '−' : '±'}${formatPoints(Math.abs(relative))}`;
}

/**
 * Themes in rank order with their impact on NPS. `kind` problems: ranked by impact, most harmful first; strengths:
 * the themes whose responses score above the rest, ranked by how far above (the order they come in).
 */
export function ImpactList({ themes, search, commented, kind = 'problems' }: { themes: ThemeImpact[]; search: string; commented: number; kind?: 'problems' | 'strengths' }) {
  const rows = rankRows(themes);
  const scale = Math.max(0, ...themes.map((t) => Math.abs(t.impact ?? 0) + (t.impactMargin ?? 0)));
  const label = kind === 'problems' ? 'Themes ranked by impact' : 'Strengths ranked by NPS against the rest';
  return (
    <TableWrap label={label}>
      <table className="table th-problems" data-testid={`${kind}-list`}>
        <caption className="visually-hidden">
          {kind === 'problems'
            ? `Themes ranked by impact on NPS, most harmful first, among ${formatNumber(commented)} commented responses`
            : `Themes whose responses score above the rest, highest first, among ${formatNumber(commented)} commented responses`}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="th-col-theme">
              Theme
            </th>
            <th scope="col" className="th-col-impact">
              Impact on NPS <span className="muted small">(points, 95% margin)</span>
            </th>
            <th scope="col" className="num">
              Comments
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              NPS
            </th>
            <th scope="col" className="num">
              <abbr title="The NPS of the responses mentioning the theme minus the NPS of those that do not">vs rest</abbr>
            </th>
            <th scope="col" className="th-col-sentiment">
              Sentiment
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ theme: t, depth, rank }) => (
            <tr key={t.id} className={depth > 0 ? 'th-sub' : undefined} data-testid={`${kind}-row`} data-theme-id={t.id}>
              <th scope="row" className="th-col-theme">
                <span className="th-theme-cell" style={{ paddingLeft: `${depth * 22}px` }}>
                  {rank !== null ? <span className="th-rank">{rank}</span> : <span className="th-sub-mark" aria-hidden="true">↳</span>}
                  <Link to={`/problems/${encodeURIComponent(t.id)}${search}`} data-testid="problems-theme-link">
                    {t.label}
                  </Link>
                </span>
              </th>
              <td className="th-col-impact">
                <ImpactBar impact={t.impact} margin={t.impactMargin} scale={scale} />
              </td>
              <td className="num">{formatNumber(t.count)}</td>
              <td className="num">{formatShare(t.share)}</td>
              <td className="num">
                <span title={`${formatNumber(t.scored)} scored comments, ${formatNumber(t.detractors)} detractors`}>{formatNps(t.nps)}</span>
              </td>
              <td className="num" data-testid="theme-relative-nps" data-standing={t.standing}>
                {formatRelative(t.relativeNps)}
                {/* within the noise of the two samples (95%): neither a problem nor a strength by standing */}
                {t.standing === 'neutral' && t.relativeNps ? <span className="muted small block">not significant</span> : null}
              </td>
              <td className="th-col-sentiment">
                <SentimentBar sentiment={t.sentiment} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
