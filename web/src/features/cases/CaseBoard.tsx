import { useState, type DragEvent } from 'react';
import { CASE_STATUSES, type CaseStatus, type FollowupCase } from '../../api/loop';
import type { Member } from '../../api/types';
import { DueBadge, PriorityChip } from './CaseBadges';
import { CaseSummary, caseOwnerLabel } from './CaseList';
import { memberName, STATUS_LABELS } from './caseText';

/**
 * Cases in four columns by status. Drag a card to another column, or use its "Move to" menu (keyboard and touch);
 * moving to Closed asks for the outcome and root cause first.
 */
export function CaseBoard({
  rows,
  members,
  now,
  editable,
  onMove,
  pendingId,
}: {
  rows: FollowupCase[];
  members: Map<string, Member>;
  now: number;
  editable: boolean;
  onMove: (kase: FollowupCase, status: CaseStatus) => void;
  pendingId: string | null;
}) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<CaseStatus | null>(null);
  const byId = new Map(rows.map((r) => [r.id, r]));

  const onDrop = (status: CaseStatus) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const id = event.dataTransfer.getData('text/plain') || dragging;
    const kase = id ? byId.get(id) : undefined;
    setDragging(null);
    if (kase && kase.status !== status) onMove(kase, status);
  };

  return (
    <div className="case-board" data-testid="case-board">
      {CASE_STATUSES.map((status) => {
        const cards = rows.filter((r) => r.status === status);
        return (
          <section
            key={status}
            className={over === status ? 'board-column drop-target' : 'board-column'}
            aria-labelledby={`board-${status}`}
            data-testid={`board-column-${status}`}
            onDragOver={(e) => {
              if (!editable) return;
              e.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver((o) => (o === status ? null : o))}
            onDrop={onDrop(status)}
          >
            <h2 id={`board-${status}`} className="board-title">
              {STATUS_LABELS[status]} <span className="muted small">{cards.length}</span>
            </h2>
            <ul className="board-cards">
              {cards.length === 0 ? <li className="muted small board-empty">No cases</li> : null}
              {cards.map((c) => (
                <li
                  key={c.id}
                  className={c.overdue ? 'board-card card-overdue' : 'board-card'}
                  data-testid="board-card"
                  data-case-id={c.id}
                  draggable={editable}
                  aria-busy={pendingId === c.id}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', c.id);
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(c.id);
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  <CaseSummary kase={c} compact />
                  <div className="board-card-meta">
                    <PriorityChip priority={c.priority} />
                    <DueBadge kase={c} now={now} />
                  </div>
                  <div className="board-card-foot">
                    <span className="muted small">{c.ownerUserId ? memberName(members.get(c.ownerUserId)) : 'Unassigned'}</span>
                    {editable ? (
                      <>
                        <label className="visually-hidden" htmlFor={`move-${c.id}`}>
                          Move {caseOwnerLabel(c)} to
                        </label>
                        <select
                          id={`move-${c.id}`}
                          className="select-small"
                          data-testid="board-move"
                          value={c.status}
                          disabled={pendingId === c.id}
                          onChange={(e) => onMove(c, e.target.value as CaseStatus)}
                        >
                          {CASE_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {s === c.status ? STATUS_LABELS[s] : `Move to ${STATUS_LABELS[s]}`}
                            </option>
                          ))}
                        </select>
                      </>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
