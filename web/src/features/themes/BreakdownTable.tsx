import type { ThemeBreakdownRow } from '../../api/themes';
import { formatNumber } from '../common/format';
import { formatShare } from './format';
import './themes.css';
import { TableWrap } from '../common/TableWrap';

/** Mentions of the theme per team (or location, or comment language), with the share of that group's comments, highest share first. */
export function BreakdownTable({ rows, groupLabel, testId }: { rows: ThemeBreakdownRow[]; groupLabel: string; testId: string }) {
  const sorted = [...rows].sort((a, b) => b.share - a.share || b.count - a.count);
  const max = Math.max(0, ...rows.map((r) => r.share));
  if (rows.length === 0) return <p className="muted">No {groupLabel.toLowerCase()}s recorded.</p>;
  return (
    <TableWrap label={`Comments by ${groupLabel.toLowerCase()}`}>
      <table className="table th-breakdown" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col" className="num">
              Comments
            </th>
            <th scope="col">Share of its comments</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(r.count)}</td>
              <td>
                <span className="th-share">
                  <span className="th-share-track" aria-hidden="true">
                    <span className="th-share-bar" style={{ width: max > 0 ? `${(100 * r.share) / max}%` : 0 }} />
                  </span>
                  <span className="th-share-value">{formatShare(r.share)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
