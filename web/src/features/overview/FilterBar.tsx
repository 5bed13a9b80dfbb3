import { useId } from 'react';
import type { Location, Survey, SurveyKind, Team } from '../../api/types';
import { CHANNELS } from '../../api/types';
import type { RangePreset } from '../common/dates';
import { fieldInputProps } from '../common/FieldError';
import { channelLabel, KIND_LABELS } from '../common/format';
import type { OverviewFilters } from './filters';
import { selectedSurvey } from './filters';

interface FilterBarProps {
  filters: OverviewFilters;
  onChange: (next: OverviewFilters) => void;
  surveys: Survey[];
  teams: Team[];
  locations: Location[];
  rangeError: string | null;
}

const KINDS: SurveyKind[] = ['nps', 'csat', 'ces'];

export function FilterBar({ filters, onChange, surveys, teams, locations, rangeError }: FilterBarProps) {
  const set = (patch: Partial<OverviewFilters>) => onChange({ ...filters, ...patch });
  // the custom range's problem (a date missing, or the start after the end) is about both date boxes
  const rangeErrorId = useId();
  const rangeProps = fieldInputProps(rangeError ? rangeErrorId : undefined);

  return (
    <form className="filter-bar" aria-label="Overview filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="ov-period">Period</label>
        <select
          id="ov-period"
          data-testid="filter-period"
          value={filters.preset}
          onChange={(e) => set({ preset: e.target.value as RangePreset })}
        >
          <option value="30d">Last 30 days</option>
          <option value="90d">Last 90 days</option>
          <option value="12m">Last 12 months</option>
          <option value="custom">Custom…</option>
        </select>
      </div>
      {filters.preset === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor="ov-from">From</label>
            <input
              id="ov-from"
              {...rangeProps}
              type="date"
              value={filters.customFrom}
              max={filters.customTo || undefined}
              onChange={(e) => set({ customFrom: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="ov-to">To</label>
            <input
              id="ov-to"
              {...rangeProps}
              type="date"
              value={filters.customTo}
              min={filters.customFrom || undefined}
              onChange={(e) => set({ customTo: e.target.value })}
            />
          </div>
        </>
      ) : null}
      {KINDS.map((kind) => {
        const ofKind = surveys.filter((s) => s.kind === kind);
        if (ofKind.length === 0) return null;
        const current = selectedSurvey(surveys, filters, kind);
        return (
          <div className="field" key={kind}>
            <label htmlFor={`ov-survey-${kind}`}>{KIND_LABELS[kind]} survey</label>
            <select
              id={`ov-survey-${kind}`}
              data-testid={`filter-survey-${kind}`}
              value={current?.id ?? ''}
              onChange={(e) => set({ surveyIds: { ...filters.surveyIds, [kind]: e.target.value } })}
            >
              {ofKind.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.status === 'active' ? '' : ` (${s.status})`}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div className="field">
        <label htmlFor="ov-team">Team</label>
        <select id="ov-team" value={filters.teamId} onChange={(e) => set({ teamId: e.target.value })}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ov-location">Location</label>
        <select id="ov-location" value={filters.locationId} onChange={(e) => set({ locationId: e.target.value })}>
          <option value="">All locations</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ov-channel">Channel</label>
        <select id="ov-channel" value={filters.channel} onChange={(e) => set({ channel: e.target.value })}>
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </div>
      {rangeError ? (
        <p className="field-error filter-error" id={rangeErrorId} role="alert">
          {rangeError}
        </p>
      ) : null}
    </form>
  );
}
