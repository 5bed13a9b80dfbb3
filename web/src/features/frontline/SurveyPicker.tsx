import type { Survey } from '../../api/types';
import { KIND_LABELS } from '../common/format';
import { mainSurvey } from '../common/mainSurvey';

/** The survey a frontline screen is about; defaults to the main NPS survey (mainSurvey), else the main one of any kind. */
export function defaultSurveyId(surveys: Survey[] | undefined): string {
  if (!surveys?.length) return '';
  return (mainSurvey(surveys, 'nps') ?? mainSurvey(surveys))?.id ?? '';
}

export function SurveyPicker({ id, surveys, value, onChange }: { id: string; surveys: Survey[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Survey</label>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {surveys.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({KIND_LABELS[s.kind]})
          </option>
        ))}
      </select>
    </div>
  );
}
