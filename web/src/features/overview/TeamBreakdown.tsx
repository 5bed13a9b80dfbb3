import type { Metrics } from '../../api/types';
import { formatMargin, formatNumber, formatScore, KIND_LABELS } from '../common/format';
import { ScaleLegend, scaleOf } from '../common/ScaleLegend';
import { TableWrap } from '../common/TableWrap';

/** Score per team with its 95% margin and number of responses; the bar spans the whole scale. */
export function TeamBreakdown({ metrics }: { metrics: Metrics }) {
  const kind = metrics.kind;
  const groups = [...(metrics.groups ?? [])].sort((a, b) => {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  });
  if (groups.length === 0) return <p className="muted">No responses attributed to a team in this period.</p>;
  const [min, max] = scaleOf(kind);
  const position = (v: number) => `${(((Math.min(max, Math.max(min, v)) - min) / (max - min)) * 100).toFixed(2)}%`;

  return (
    <TableWrap label={`${KIND_LABELS[kind]} by team`}>
      <table className="table breakdown-table">
        <caption className="visually-hidden">{KIND_LABELS[kind]} by team</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col" className="num">
              {KIND_LABELS[kind]}
            </th>
            <th scope="col" className="num">
              95% margin
            </th>
            <th scope="col" className="num">
              n
            </th>
            <th scope="col" className="bar-col">
              <span className="visually-hidden">Range</span>
              <ScaleLegend kind={kind} />
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.label || '(no team)'}</th>
              <td className="num strong">{formatScore(kind, g.score)}</td>
              <td className="num muted">{formatMargin(kind, g.marginOfError)}</td>
              <td className="num">{formatNumber(g.total)}</td>
              <td className="bar-col" aria-hidden="true">
                {g.score !== null ? (
                  <div className="range-bar">
                    {g.marginOfError !== null ? (
                      <span
                        className="range-band"
                        style={{
                          left: position(g.score - g.marginOfError),
                          right: `calc(100% - ${position(g.score + g.marginOfError)})`,
                        }}
                      />
                    ) : null}
                    <span className="range-dot" style={{ left: position(g.score) }} />
                    {kind === 'nps' ? <span className="range-zero" style={{ left: position(0) }} /> : null}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
