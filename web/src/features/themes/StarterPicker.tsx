import { useState } from 'react';
import { type StarterName, useSaveTaxonomy } from '../../api/themes';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { starterLabel } from './taxonomy';
import './themes.css';

interface Props {
  starters: StarterName[];
  /** Themes in the current taxonomy: when any, choosing a starter asks to confirm that it replaces them. */
  currentThemes: number;
  idPrefix: string;
  onStarted?: () => void;
  disabled?: boolean;
}

/** Choose an industry starter taxonomy; the server replaces the taxonomy and re-analyses every comment. */
export function StarterPicker({ starters, currentThemes, idPrefix, onStarted, disabled = false }: Props) {
  const save = useSaveTaxonomy();
  const [starter, setStarter] = useState(starters.includes('telecom') ? 'telecom' : (starters[0] ?? ''));
  const [confirming, setConfirming] = useState(false);
  const errors = useFieldErrors(save.error);

  const apply = () => {
    setConfirming(false);
    const chosen = starters.find((s) => s === starter);
    if (chosen) save.mutate({ starter: chosen }, { onSuccess: () => onStarted?.() });
  };

  return (
    <form
      className="th-starter"
      aria-label="Start from a starter taxonomy"
      onSubmit={(e) => {
        e.preventDefault();
        if (currentThemes > 0) setConfirming(true);
        else apply();
      }}
    >
      <div className="th-starter-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-starter`}>Starter taxonomy</label>
          <select
            id={`${idPrefix}-starter`}
            data-testid="themes-starter-select"
            value={starter}
            disabled={disabled || save.isPending}
            {...errors.inputProps('starter')}
            onChange={(e) => {
              setStarter(e.target.value);
              setConfirming(false);
            }}
          >
            {starters.map((s) => (
              <option key={s} value={s}>
                {starterLabel(s)}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="starter" />
        </div>
        <button type="submit" className="btn btn-primary" data-testid="themes-starter-use" disabled={disabled || !starter || save.isPending || confirming}>
          {save.isPending ? 'Starting…' : 'Use this starter'}
        </button>
      </div>
      {confirming ? (
        <div className="alert alert-warning th-confirm" role="alertdialog" aria-label="Replace the taxonomy?">
          <p>
            This <strong>replaces your current taxonomy</strong> ({currentThemes} {currentThemes === 1 ? 'theme' : 'themes'}) with the{' '}
            {starterLabel(starter)} starter, and every comment is analysed again. Unsaved edits are lost.
          </p>
          <div className="th-actions">
            <button type="button" className="btn btn-danger" data-testid="themes-starter-confirm" onClick={apply}>
              Replace taxonomy
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
    </form>
  );
}
