import { useState } from 'react';
import { isActiveRun, useDiscoverThemes, useResolveSuggestion, useThemeStatus, useThemeSuggestions, type ThemeSuggestion } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import type { FlatTheme } from './taxonomy';
import './themes.css';

interface Props {
  themes: FlatTheme[];
  editable: boolean;
  /** Accepting or merging changes the saved taxonomy: blocked while the editor has unsaved edits. */
  dirty: boolean;
}

/** Discovery: groups of comments no theme covers, to accept as new themes, merge into one, or dismiss. */
export function SuggestionsPanel({ themes, editable, dirty }: Props) {
  const suggestions = useThemeSuggestions();
  const discover = useDiscoverThemes();
  const [runId, setRunId] = useState<string | null>(null);
  const status = useThemeStatus(runId !== null);
  const run = runId ? status.data?.runs.find((r) => r.id === runId) : undefined;
  const discovering = discover.isPending || (runId !== null && (!run || isActiveRun(run)));
  const otherRun = status.data?.runs.find((r) => r.kind === 'discover' && isActiveRun(r));

  return (
    <section className="card th-suggestions" data-testid="suggestions-panel" aria-labelledby="suggestions-title">
      <header className="card-header">
        <h2 id="suggestions-title">Suggestions</h2>
        {editable ? (
          <button
            type="button"
            className="btn"
            data-testid="suggestions-discover"
            disabled={discovering || Boolean(otherRun)}
            onClick={() => discover.mutate(undefined, { onSuccess: (r) => setRunId(r.id) })}
          >
            {discovering || otherRun ? 'Discovering…' : 'Discover themes'}
          </button>
        ) : null}
      </header>
      <p className="muted small">Discovery reads the comments no theme covers and proposes groups of them, with their key phrases. A dismissed suggestion is not proposed again.</p>
      <ErrorMessage error={discover.error} />
      {run?.status === 'failed' ? <div className="alert alert-error">Discovery failed: {run.error ?? 'unknown error'}</div> : null}
      {discovering ? (
        <div role="status" className="th-inline-progress">
          <span className="spinner" aria-hidden="true" /> Reading comments{run && run.total > 0 ? ` (${run.progress}%)` : ''}…
        </div>
      ) : null}
      {dirty && editable ? <p className="alert alert-warning small">Save or discard your edits before accepting or merging a suggestion.</p> : null}
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <ErrorMessage error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.length === 0 ? (
        <p className="muted" data-testid="suggestions-empty">
          {run?.status === 'done' ? 'Discovery found nothing new: the taxonomy covers the comments well.' : editable ? 'No suggestions yet. Run discovery to look for themes you are missing.' : 'No suggestions yet.'}
        </p>
      ) : (
        <ul className="th-suggestion-list">
          {suggestions.data.map((s) => (
            <SuggestionItem key={s.id} suggestion={s} themes={themes} editable={editable} dirty={dirty} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionItem({ suggestion: s, themes, editable, dirty }: { suggestion: ThemeSuggestion; themes: FlatTheme[]; editable: boolean; dirty: boolean }) {
  const resolve = useResolveSuggestion();
  const [label, setLabel] = useState(s.label);
  const [into, setInto] = useState('');
  const errors = useFieldErrors(resolve.error);
  const idBase = `sg-${s.id}`;
  return (
    <li className="th-suggestion" data-testid="suggestion-item">
      <div className="th-suggestion-head">
        <h3>{s.label}</h3>
        <span className="pill">{formatNumber(s.size)} comments</span>
      </div>
      <ul className="th-phrases" aria-label="Key phrases">
        {s.keyPhrases.map((p) => (
          <li key={p} className="th-tag">
            {p}
          </li>
        ))}
      </ul>
      {s.examples.length > 0 ? (
        <ul className="th-examples" aria-label="Example comments">
          {s.examples.slice(0, 3).map((e) => (
            <li key={e}>
              <q>{e}</q>
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <div className="th-suggestion-actions">
          <form
            className="th-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              resolve.mutate({ id: s.id, action: 'accept', label: label.trim() || s.label });
            }}
          >
            <div className="field">
              <label htmlFor={`${idBase}-label`}>New theme name</label>
              <input id={`${idBase}-label`} {...errors.inputProps('label')} value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
              <FieldError errors={errors} field="label" />
            </div>
            <button type="submit" className="btn btn-primary" data-testid="suggestion-accept" disabled={resolve.isPending || dirty}>
              Accept
            </button>
          </form>
          <form
            className="th-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (into) resolve.mutate({ id: s.id, action: 'merge', intoThemeId: into });
            }}
          >
            <div className="field">
              <label htmlFor={`${idBase}-into`}>Merge into</label>
              <select id={`${idBase}-into`} {...errors.inputProps('intoThemeId')} value={into} onChange={(e) => setInto(e.target.value)}>
                <option value="">Choose a theme…</option>
                {themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {'\u00a0\u00a0'.repeat(t.depth)}
                    {t.label}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} field="intoThemeId" />
            </div>
            <button type="submit" className="btn" data-testid="suggestion-merge" disabled={resolve.isPending || dirty || !into}>
              Merge
            </button>
          </form>
          <button type="button" className="btn btn-ghost" data-testid="suggestion-dismiss" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: s.id, action: 'dismiss' })}>
            Dismiss
          </button>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
    </li>
  );
}
