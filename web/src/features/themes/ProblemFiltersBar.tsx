import { useId } from 'react';
import type { Survey, Team } from '../../api/types';
import type { RangePreset } from '../common/dates';
import { fieldInputProps } from '../common/FieldError';
import { KIND_LABELS } from '../common/format';
import type { ProblemFilters } from './filters';

interface Props {
  filters: ProblemFilters;
  onChange: (next: ProblemFilters) => void;
  surveys: Survey[];
  teams: Team[];
  rangeError: string | null;
  /** The theme page has no team filter (its breakdown is by team). */
  showTeam?: boolean;
}

export function ProblemFiltersBar({ filters, onChange, surveys, teams, rangeError, showTeam = true }: Props) {
  const set = (patch: Partial<ProblemFilters>) => onChange({ ...filters, ...patch });
  // the custom range's problem (a date missing, or the start after the end) is about both date boxes
  const rangeErrorId = useId();
  const rangeProps = fieldInputProps(rangeError ? rangeErrorId : undefined);
  return (
    <form className="filter-bar" aria-label="Theme filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="tp-survey">Survey</label>
        <select id="tp-survey" data-testid="problems-filter-survey" value={filters.surveyId} onChange={(e) => set({ surveyId: e.target.value })}>
          <option value="">All surveys</option>
          {surveys.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({KIND_LABELS[s.kind]})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tp-period">Period</label>
        <select id="tp-period" data-testid="problems-filter-period" value={filters.period} onChange={(e) => set({ period: e.target.value as RangePreset })}>
          <option value="30d">Last 30 days</option>
          <option value="90d">Last 90 days</option>
          <option value="12m">Last 12 months</option>
          <option value="custom">Custom…</option>
        </select>
      </div>
      {filters.period === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor="tp-from">From</label>
            <input id="tp-from" {...rangeProps} type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="tp-to">To</label>
            <input id="tp-to" {...rangeProps} type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          </div>
        </>
      ) : null}
      {showTeam ? (
        <div className="field">
          <label htmlFor="tp-team">Team</label>
          <select id="tp-team" data-testid="problems-filter-team" value={filters.teamId} onChange={(e) => set({ teamId: e.target.value })}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {rangeError ? (
        <p className="field-error filter-error" id={rangeErrorId} role="alert">
          {rangeError}
        </p>
      ) : null}
    </form>
  );
}
