import { useState } from 'react';
import { isActiveRun, useDiscoverThemes, useResolveSuggestion, useThemeStatus, useThemeSuggestions, type ThemeSuggestion } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import { SuggestionWordsPicker } from './SuggestionWordsPicker';
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
  const busy = discovering || Boolean(otherRun);
  const shown = run ?? otherRun;

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
      {busy ? (
        <div role="status" className="th-inline-progress" data-testid="suggestions-progress">
          <span className="spinner" aria-hidden="true" /> Reading comments{shown && shown.total > 0 ? ` (${shown.progress}%)` : ''}…
        </div>
      ) : null}
      {dirty && editable ? <p className="alert alert-warning small">Save or discard your edits before accepting or merging a suggestion.</p> : null}
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <ErrorMessage error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.length === 0 ? (
        // while discovery runs (started here or elsewhere) the progress says it all: "no suggestions yet, run
        // discovery" beside it read as if nothing were happening
        busy ? null : (
        <p className="muted" data-testid="suggestions-empty">
          {run?.status === 'done' ? 'Discovery found nothing new: the taxonomy covers the comments well.' : editable ? 'No suggestions yet. Run discovery to look for themes you are missing.' : 'No suggestions yet.'}
        </p>
        )
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

/** The words of a suggestion's rule, as the server's `words` takes them (topics, then terms). */
function ruleWords(s: ThemeSuggestion): string[] {
  return [...new Set([...(s.rule.match?.topics ?? []), ...(s.rule.match?.terms ?? [])])];
}

function SuggestionItem({ suggestion: s, themes, editable, dirty }: { suggestion: ThemeSuggestion; themes: FlatTheme[]; editable: boolean; dirty: boolean }) {
  const resolve = useResolveSuggestion();
  const [mode, setMode] = useState<'accept' | 'merge' | null>(null);
  const [label, setLabel] = useState(s.label);
  const [into, setInto] = useState('');
  // accept starts with every word ticked (the suggestion as discovered); merge with none: the user picks what to add
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const errors = useFieldErrors(resolve.error);
  const idBase = `sg-${s.id}`;
  const open = (next: 'accept' | 'merge') => {
    setMode(next);
    setChosen(next === 'accept' ? new Set(ruleWords(s)) : new Set());
    resolve.reset();
  };
  const words = [...chosen];
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
      {editable && mode === null ? (
        <div className="th-suggestion-actions">
          <button type="button" className="btn btn-primary" data-testid="suggestion-accept-open" disabled={dirty} onClick={() => open('accept')}>
            Accept…
          </button>
          <button type="button" className="btn" data-testid="suggestion-merge-open" disabled={dirty || themes.length === 0} onClick={() => open('merge')}>
            Merge into…
          </button>
          <button type="button" className="btn btn-ghost" data-testid="suggestion-dismiss" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: s.id, action: 'dismiss' })}>
            Dismiss
          </button>
        </div>
      ) : null}
      {editable && mode === 'accept' ? (
        <form
          className="th-suggestion-dialog"
          aria-label={`Accept “${s.label}” as a new theme`}
          data-testid="suggestion-accept-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (words.length) resolve.mutate({ id: s.id, action: 'accept', label: label.trim() || s.label, words });
          }}
        >
          <div className="field">
            <label htmlFor={`${idBase}-label`}>New theme name</label>
            <input id={`${idBase}-label`} {...errors.inputProps('label')} value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
            <FieldError errors={errors} field="label" />
          </div>
          <SuggestionWordsPicker suggestionId={s.id} intoThemeId={null} chosen={chosen} onChange={setChosen} legend="Words that put a comment in the new theme" />
          <FieldError errors={errors} field="words" />
          <div className="th-suggestion-actions">
            <button type="submit" className="btn btn-primary" data-testid="suggestion-accept" disabled={resolve.isPending || dirty || words.length === 0}>
              Add theme with {words.length} {words.length === 1 ? 'word' : 'words'}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setMode(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {editable && mode === 'merge' ? (
        <form
          className="th-suggestion-dialog"
          aria-label={`Merge “${s.label}” into a theme`}
          data-testid="suggestion-merge-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (into && words.length) resolve.mutate({ id: s.id, action: 'merge', intoThemeId: into, words });
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
          {into ? <SuggestionWordsPicker suggestionId={s.id} intoThemeId={into} chosen={chosen} onChange={setChosen} legend="Words to add to the theme (none is added unless ticked)" /> : null}
          <FieldError errors={errors} field="words" />
          <div className="th-suggestion-actions">
            <button type="submit" className="btn btn-primary" data-testid="suggestion-merge" disabled={resolve.isPending || dirty || !into || words.length === 0}>
              Add {words.length} {words.length === 1 ? 'word' : 'words'} to the theme
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setMode(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <ErrorSummary errors={errors} />
    </li>
  );
}
