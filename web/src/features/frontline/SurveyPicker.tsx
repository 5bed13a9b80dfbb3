import type { Survey } from '../../api/types';
import { KIND_LABELS } from '../common/format';

/** The survey a frontline screen is about; defaults to the first NPS survey. */
export function defaultSurveyId(surveys: Survey[] | undefined): string {
  if (!surveys?.length) return '';
  return (surveys.find((s) => s.kind === 'nps' && s.status === 'active') ?? surveys.find((s) => s.kind === 'nps') ?? surveys[0])?.id ?? '';
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
