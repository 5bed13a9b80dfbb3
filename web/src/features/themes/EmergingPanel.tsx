import { Link } from 'react-router';
import type { EmergingTheme } from '../../api/themes';
import { formatShare, plural } from './format';
import './themes.css';

/** Plain words for one emerging theme. */
export function emergingSentence(e: EmergingTheme): string {
  const times = e.baselineShare > 0 ? e.recentShare / e.baselineShare : null;
  const rise = times !== null && times >= 1.5 ? ` — about ${times >= 10 ? Math.round(times) : Math.round(times * 10) / 10} times as often` : '';
  return `${e.label} came up in ${formatShare(e.recentShare)} of comments in the last 7 days (${plural(e.recentCount, 'comment', 'comments')}), up from ${formatShare(e.baselineShare)} over the 8 weeks before${rise}.`;
}

export function EmergingPanel({ emerging, to, search }: { emerging: EmergingTheme[]; to: string; search: string }) {
  return (
    <section className="card th-emerging" data-testid="problems-emerging" aria-labelledby="emerging-title">
      <header className="card-header">
        <h2 id="emerging-title">Emerging</h2>
        <span className="muted small">7 days to {to}</span>
      </header>
      {emerging.length === 0 ? (
        <p className="muted">No theme is rising significantly: this week’s comments talk about the same things as the 8 weeks before.</p>
      ) : (
        <ul className="th-emerging-list">
          {emerging.map((e) => (
            <li key={e.id} data-testid="emerging-item">
              <div className="th-emerging-head">
                <Link to={`/problems/${encodeURIComponent(e.id)}${search}`}>{e.label}</Link>
                <span className="pill pill-warn" title={`z = ${e.z}, p = ${e.pValue}`}>
                  {formatShare(e.baselineShare)} → {formatShare(e.recentShare)}
                </span>
              </div>
              <p className="small">{emergingSentence(e)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">A theme is emerging when its share of the last 7 days is significantly above its share of the previous 8 weeks (p &lt; 0.05, at least 5 comments).</p>
    </section>
  );
}
