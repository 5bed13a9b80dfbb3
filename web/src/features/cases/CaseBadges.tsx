import type { CasePriority, CaseStatus, FollowupCase } from '../../api/loop';
import { StatusPill } from '../common/StatusPill';
import { nextDeadline, PRIORITY_LABELS, STATUS_LABELS, STATUS_TONES } from './caseText';
import './cases.css';

export function PriorityChip({ priority }: { priority: CasePriority }) {
  return (
    <span className={`priority-chip priority-${priority}`} data-testid="case-priority" title={`Priority: ${PRIORITY_LABELS[priority]}`}>
      {PRIORITY_LABELS[priority]}
    </span>
  );
}

export function CaseStatusPill({ status }: { status: CaseStatus }) {
  return (
    <StatusPill tone={STATUS_TONES[status]} testId="case-status">
      {STATUS_LABELS[status]}
    </StatusPill>
  );
}

/** The deadline the case runs against now, with an "Overdue" badge once it has passed. */
export function DueBadge({ kase, now }: { kase: FollowupCase; now: number }) {
  const next = nextDeadline(kase, now);
  if (!next) return <span className="muted small">—</span>;
  return (
    <span className="due" data-testid="case-due">
      {kase.overdue || next.overdue ? (
        <span className="overdue-badge" data-testid="case-overdue">
          Overdue
        </span>
      ) : null}
      <span className={next.overdue ? 'due-text due-late' : 'due-text'} title={`${next.what} deadline: ${new Date(next.at).toLocaleString()}`}>
        {next.what} {next.text}
      </span>
    </span>
  );
}
