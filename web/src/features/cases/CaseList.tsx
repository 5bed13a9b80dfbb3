import { Link } from 'react-router';
import { useResponse, type FollowupCase } from '../../api/loop';
import type { Member, Team } from '../../api/types';
import { formatDateTime } from '../common/format';
import { ScoreBadge } from '../common/ScoreBadge';
import { CaseStatusPill, DueBadge, PriorityChip } from './CaseBadges';
import { memberName } from './caseText';
import { TableWrap } from '../common/TableWrap';

/** Whose case it is, from the list's summary, to tell the rows' controls apart ("Select the case of Ana Diaz"). */
export function caseOwnerLabel(kase: FollowupCase): string {
  const person = kase.summary?.customer;
  const who = person ? person.name || person.email || person.externalId : null;
  return who ? `the case of ${who}` : 'this case';
}

/** The customer and comment of a case: from the list's summary, or read from its response when there is none. */
export function CaseSummary({ kase, compact = false }: { kase: FollowupCase; compact?: boolean }) {
  const fromList = kase.summary !== undefined;
  const response = useResponse(kase.responseId, !fromList);
  const r = fromList
    ? kase.summary
      ? { score: kase.summary.score, group: kase.summary.group, comment: kase.summary.comment, person: kase.summary.customer }
      : null
    : response.data
      ? { score: response.data.score, group: response.data.group, comment: response.data.comment, person: response.data.person }
      : undefined;
  const who = r?.person ? r.person.name || r.person.email || r.person.externalId || 'Customer' : r ? 'Anonymous' : '';
  return (
    <div className="case-summary">
      <ScoreBadge score={r?.score ?? kase.initialScore} group={r?.group ?? null} />
      <div className="case-summary-text">
        <Link to={`/cases/${kase.id}`} className="case-link" data-testid="case-link">
          {who || 'Case'}
        </Link>
        {r?.comment ? (
          <span className={compact ? 'case-comment clamp-2' : 'case-comment clamp-3'}>{r.comment}</span>
        ) : r ? (
          <span className="muted small">No comment</span>
        ) : r === null || response.isError ? (
          <span className="muted small">Response not available</span>
        ) : (
          <span className="muted small">Loading…</span>
        )}
      </div>
    </div>
  );
}

export function CaseList({
  rows,
  members,
  teams,
  now,
  selected,
  onToggle,
  onToggleAll,
  selectable,
}: {
  rows: FollowupCase[];
  members: Map<string, Member>;
  teams: Map<string, Team>;
  now: number;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
  selectable: boolean;
}) {
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <TableWrap label="Follow-up cases">
      <table className="table cases-table" data-testid="cases-table">
        <caption className="visually-hidden">Follow-up cases</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="select-col">
                <input type="checkbox" aria-label="Select all cases on the page" checked={allChecked} onChange={(e) => onToggleAll(e.target.checked)} />
              </th>
            ) : null}
            <th scope="col">Customer and comment</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">Owner</th>
            <th scope="col">Team</th>
            <th scope="col">Opened</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={selectable ? 8 : 7} className="muted empty-row">
                No cases match these filters.
              </td>
            </tr>
          ) : (
            rows.map((c) => (
              <tr key={c.id} data-testid="case-row" data-case-id={c.id} className={selected.has(c.id) ? 'selected' : undefined}>
                {selectable ? (
                  <td className="select-col">
                    <input type="checkbox" aria-label={`Select ${caseOwnerLabel(c)}`} data-testid="case-select" checked={selected.has(c.id)} onChange={() => onToggle(c.id)} />
                  </td>
                ) : null}
                <td className="case-main-col">
                  <CaseSummary kase={c} />
                </td>
                <td>
                  <PriorityChip priority={c.priority} />
                </td>
                <td>
                  <CaseStatusPill status={c.status} />
                  {c.wonBack ? <span className="pill pill-ok">Won back</span> : null}
                </td>
                <td>
                  <DueBadge kase={c} now={now} />
                </td>
                <td data-label="Owner">{c.ownerUserId ? memberName(members.get(c.ownerUserId)) : <span className="muted">Unassigned</span>}</td>
                <td data-label="Team">{c.teamId ? (teams.get(c.teamId)?.name ?? '—') : <span className="muted">—</span>}</td>
                <td className="nowrap" data-label="Opened">
                  <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableWrap>
  );
}
