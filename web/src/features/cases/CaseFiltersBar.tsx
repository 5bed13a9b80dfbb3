import type { CasePriority, CaseStatus } from '../../api/loop';
import { CASE_PRIORITIES, CASE_STATUSES } from '../../api/loop';
import type { Member, Team } from '../../api/types';
import { CASE_FILTER_KEYS, OWNER_MINE, OWNER_NONE, STATUS_ANY, type CaseFilterValues } from './caseFilters';
import { memberName, PRIORITY_LABELS, STATUS_LABELS } from './caseText';

export function CaseFiltersBar({
  values,
  onChange,
  onReset,
  members,
  teams,
  showStatus,
}: {
  values: CaseFilterValues;
  onChange: (patch: Partial<CaseFilterValues>) => void;
  onReset: () => void;
  members: Member[];
  teams: Team[];
  showStatus: boolean;
}) {
  const active = CASE_FILTER_KEYS.some((k) => values[k]);
  return (
    <form className="filter-bar" aria-label="Case filters" onSubmit={(e) => e.preventDefault()}>
      {showStatus ? (
        <>
          <div className="field">
            <label htmlFor="case-filter-status">Status</label>
            <select id="case-filter-status" data-testid="case-filter-status" value={values.status} onChange={(e) => onChange({ status: e.target.value as CaseStatus | typeof STATUS_ANY | '' })}>
              <option value="">Open or in progress</option>
              <option value={STATUS_ANY}>Any status</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]} only
                </option>
              ))}
            </select>
          </div>
          {/* the default hides resolved and closed cases: one click shows them, and one brings the default back */}
          {values.status === STATUS_ANY ? (
            <button type="button" className="btn filter-shortcut" data-testid="case-filter-status-toggle" onClick={() => onChange({ status: '' })}>
              Open cases only
            </button>
          ) : values.status === '' ? (
            <button type="button" className="btn filter-shortcut" data-testid="case-filter-status-toggle" onClick={() => onChange({ status: STATUS_ANY })}>
              Show any status
            </button>
          ) : null}
        </>
      ) : null}
      <div className="field">
        <label htmlFor="case-filter-owner">Owner</label>
        <select id="case-filter-owner" data-testid="case-filter-owner" value={values.owner} onChange={(e) => onChange({ owner: e.target.value })}>
          <option value="">Anyone</option>
          <option value={OWNER_MINE}>Mine</option>
          <option value={OWNER_NONE}>Unassigned</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {memberName(m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="case-filter-team">Team</label>
        <select id="case-filter-team" data-testid="case-filter-team" value={values.team} onChange={(e) => onChange({ team: e.target.value })}>
          <option value="">Any team</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="case-filter-priority">Priority</label>
        <select id="case-filter-priority" data-testid="case-filter-priority" value={values.priority} onChange={(e) => onChange({ priority: e.target.value as CasePriority | '' })}>
          <option value="">Any priority</option>
          {CASE_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <label className="check filter-check">
        <input type="checkbox" data-testid="case-filter-overdue" checked={values.overdue === '1'} onChange={(e) => onChange({ overdue: e.target.checked ? '1' : '' })} />
        Overdue only
      </label>
      {active ? (
        <button type="button" className="btn btn-ghost" onClick={onReset}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
