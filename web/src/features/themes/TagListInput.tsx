import { useState, type KeyboardEvent } from 'react';
import { FieldError, fieldInputProps, type FieldErrors } from '../common/FieldError';
import './themes.css';

interface Props {
  id: string;
  label: string;
  hint?: string;
  values: string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  testId?: string;
  /** The form's messages (`useFieldErrors`) and the field of this list: its message shows under the hint, tied to the text box. */
  errors?: FieldErrors;
  field?: string;
}

/** A list of words or phrases as removable tags; type and press Enter (or a comma) to add. */
export function TagListInput({ id, label, hint, values, onChange, disabled = false, testId, errors, field }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const [text, setText] = useState('');
  const add = () => {
    const items = text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '' && !values.includes(s));
    if (items.length > 0) onChange([...values, ...items]);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div className="field th-tags-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="th-tags">
        <ul className="th-tag-list" aria-label={label}>
          {values.map((v) => (
            <li key={v} className="th-tag">
              <span>{v}</span>
              <button type="button" className="th-tag-remove" aria-label={`Remove “${v}” from ${label.toLowerCase()}`} disabled={disabled} onClick={() => onChange(values.filter((x) => x !== v))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          type="text"
          value={text}
          disabled={disabled}
          placeholder={values.length ? 'Add…' : 'Type and press Enter'}
          {...(errors && field ? errors.inputProps(field, hintId) : fieldInputProps(undefined, hintId))}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
      </div>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {errors && field ? <FieldError errors={errors} field={field} testId={testId && `${testId}-error`} /> : null}
    </div>
  );
}
