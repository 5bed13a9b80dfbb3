import { useId } from 'react';
import { QUESTION_TYPES, type ApiErrorField, type QuestionType } from '../../api/types';
import { fieldInputProps } from '../common/FieldError';
import { QUESTION_TYPE_LABELS } from './surveyText';

/** An extra question while it is being edited: options are typed one per line, numbers as text. */
export interface QuestionDraft {
  id: string;
  type: QuestionType;
  label: string;
  options: string;
  min: string;
  max: string;
  required: boolean;
}

export function newQuestionId(): string {
  return `q_${Math.random().toString(36).slice(2, 8)}`;
}

type ErrorTarget = 'label' | 'type' | 'options' | 'min' | 'max' | 'required';

/** The input a question's error is about ("questions/2/options" → options); the label when it is about the question as a whole or that input is not shown. */
function errorTarget(field: string, q: QuestionDraft): ErrorTarget {
  const part = field.split('/')[2];
  const choice = q.type === 'single_choice' || q.type === 'multiple_choice';
  if (part === 'type' || part === 'required' || (part === 'options' && choice)) return part;
  if ((part === 'min' || part === 'max') && q.type === 'rating') return part;
  return 'label';
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Add, remove, reorder and edit the extra questions asked after the score and the follow-up. */
export function QuestionsEditor({
  questions,
  onChange,
  disabled,
  errors,
}: {
  questions: QuestionDraft[];
  onChange: (next: QuestionDraft[]) => void;
  disabled: boolean;
  /** The server's field errors; `questions/2/options` belongs to the third question. */
  errors: ApiErrorField[];
}) {
  const uid = useId();
  const listError = errors.find((f) => f.field === 'questions')?.message;
  const listErrorId = `${uid}list-error`;
  const errorOf = (index: number) => errors.find((f) => f.field === `questions/${index}` || f.field.startsWith(`questions/${index}/`));
  const update = (index: number, patch: Partial<QuestionDraft>) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));

  return (
    <fieldset className="fieldset" data-testid="survey-questions" aria-describedby={listError ? listErrorId : undefined}>
      <legend>Extra questions</legend>
      <p className="hint">Asked on the survey page after the score and the follow-up question. Up to 20.</p>
      {listError ? (
        <span className="field-error" id={listErrorId}>
          {listError}
        </span>
      ) : null}
      {questions.length === 0 ? <p className="muted small">No extra questions.</p> : null}
      <ol className="question-list">
        {questions.map((q, i) => {
          const base = `question-${q.id}`;
          const error = errorOf(i);
          const errorId = `${base}-error`;
          // aria-invalid and aria-describedby for the input the error is about
          const aria = (target: ErrorTarget) => fieldInputProps(error && errorTarget(error.field, q) === target ? errorId : undefined);
          return (
            <li key={q.id} className="question-item" data-testid="survey-question">
              <div className="form-row">
                <div className="field field-grow">
                  <label htmlFor={`${base}-label`}>Question {i + 1}</label>
                  <input id={`${base}-label`} {...aria('label')} required maxLength={500} value={q.label} disabled={disabled} onChange={(e) => update(i, { label: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${base}-type`}>Type</label>
                  <select id={`${base}-type`} {...aria('type')} value={q.type} disabled={disabled} onChange={(e) => update(i, { type: e.target.value as QuestionType })}>
                    {QUESTION_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {QUESTION_TYPE_LABELS[t]}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {q.type === 'single_choice' || q.type === 'multiple_choice' ? (
                <div className="field">
                  <label htmlFor={`${base}-options`}>Options (one per line)</label>
                  <textarea id={`${base}-options`} {...aria('options')} rows={3} value={q.options} disabled={disabled} onChange={(e) => update(i, { options: e.target.value })} />
                </div>
              ) : null}
              {q.type === 'rating' ? (
                <div className="form-row form-row-compact">
                  <div className="field">
                    <label htmlFor={`${base}-min`}>Lowest</label>
                    <input id={`${base}-min`} {...aria('min')} type="number" min={0} max={100} value={q.min} disabled={disabled} onChange={(e) => update(i, { min: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-max`}>Highest</label>
                    <input id={`${base}-max`} {...aria('max')} type="number" min={1} max={100} value={q.max} disabled={disabled} onChange={(e) => update(i, { max: e.target.value })} />
                  </div>
                </div>
              ) : null}
              {error ? (
                <span className="field-error" id={errorId} data-testid="survey-question-error">
                  {error.field.split('/').slice(2).join(' ') || 'Question'}: {error.message}
                </span>
              ) : null}
              <div className="question-actions">
                <label className="check">
                  <input type="checkbox" {...aria('required')} checked={q.required} disabled={disabled} onChange={(e) => update(i, { required: e.target.checked })} />
                  Required
                </label>
                <span className="spacer" />
                <button type="button" className="btn btn-small" disabled={disabled || i === 0} onClick={() => onChange(move(questions, i, i - 1))} aria-label={`Move question ${i + 1} up`}>
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={disabled || i === questions.length - 1}
                  onClick={() => onChange(move(questions, i, i + 1))}
                  aria-label={`Move question ${i + 1} down`}
                >
                  ↓
                </button>
                <button type="button" className="btn btn-small btn-danger" disabled={disabled} onClick={() => onChange(questions.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button
          type="button"
          className="btn btn-small"
          data-testid="survey-question-add"
          disabled={disabled || questions.length >= 20}
          onClick={() => onChange([...questions, { id: newQuestionId(), type: 'text', label: '', options: '', min: '1', max: '5', required: false }])}
        >
          Add a question
        </button>
      </div>
    </fieldset>
  );
}
