import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { useSaveTaxonomy, useTaxonomy, type Taxonomy, type TaxonomyState, type TaxonomyTheme } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { FieldError, useFieldErrors, useFocusFirstInvalid } from '../common/FieldError';
import { Loading } from '../common/Loading';
import { RunBanner } from './RunBanner';
import { SentimentModelBox } from './SentimentModelBox';
import { StarterPicker } from './StarterPicker';
import { SuggestionsPanel } from './SuggestionsPanel';
import {
  addTheme,
  cleanTaxonomy,
  flattenThemes,
  indentTheme,
  moveTheme,
  outdentTheme,
  pathKey,
  problemsByTheme,
  removeTheme,
  taxonomyFieldMatches,
  uniqueThemeId,
  updateTheme,
  type ThemePath,
} from './taxonomy';
import { ThemeForm, ThemeTree } from './ThemeTreeEditor';
import './themes.css';

/** Settings → Themes: the taxonomy editor, discovery suggestions and the sentiment model. */
export function TaxonomyEditorPage() {
  const taxonomy = useTaxonomy();
  if (taxonomy.isPending) return <Loading />;
  if (taxonomy.isError) return <ErrorMessage error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />;
  return <Editor state={taxonomy.data} />;
}

function Editor({ state }: { state: TaxonomyState }) {
  const session = useCurrentSession();
  const editable = canWrite(session);
  const save = useSaveTaxonomy();
  const [draft, setDraft] = useState<Taxonomy>(state.taxonomy);
  const [base, setBase] = useState(state);
  const [selected, setSelected] = useState<ThemePath | null>(state.taxonomy.themes.length ? [0] : null);
  const [savedNote, setSavedNote] = useState(false);

  const dirty = JSON.stringify(cleanTaxonomy(draft)) !== JSON.stringify(cleanTaxonomy(base.taxonomy));
  if (state.version !== base.version && !dirty) {
    // The saved taxonomy changed (starter chosen, suggestion accepted): show it, unless edits are pending.
    setBase(state);
    setDraft(state.taxonomy);
    setSelected(state.taxonomy.themes.length ? [0] : null);
  }
  const serverChanged = dirty && state.version !== base.version;

  // The server names each problem by its path ("taxonomy.themes[2].match.topics"): shown at that input of the theme.
  const errors = useFieldErrors(save.error, { matches: taxonomyFieldMatches });
  useFocusFirstInvalid(errors);
  const problems = useMemo(() => problemsByTheme(save.error instanceof ApiError ? save.error.fields : []), [save.error]);
  const problemThemes = useMemo(() => new Set(problems.byPath.keys()), [problems]);

  const setThemes = (themes: TaxonomyTheme[], path?: ThemePath | null) => {
    setSavedNote(false);
    setDraft((d) => ({ ...d, themes }));
    if (path !== undefined) setSelected(path);
  };
  /** A change that moves themes: the last save's problems name themes by position, so they no longer fit. */
  const reshape = (themes: TaxonomyTheme[], path: ThemePath | null) => {
    if (save.error) save.reset();
    setThemes(themes, path);
  };
  const newTheme = (): TaxonomyTheme => ({ id: uniqueThemeId(draft.themes, 'new theme'), label: 'New theme', match: { topics: [] } });

  const onSave = () => {
    setSavedNote(false);
    save.mutate(
      { taxonomy: cleanTaxonomy({ ...draft, name: draft.name.trim() || 'Our themes' }) },
      {
        onError: (err) => {
          // show a theme the server found a problem with, unless the one on show has one
          const keys = err instanceof ApiError ? [...problemsByTheme(err.fields).byPath.keys()] : [];
          if (keys.length === 0 || (selected && keys.includes(pathKey(selected)))) return;
          setSelected(firstInTreeOrder(keys));
        },
        onSuccess: (saved) => {
          setBase({ version: saved.version, taxonomy: saved.taxonomy, starters: saved.starters });
          setDraft(saved.taxonomy);
          setSavedNote(true);
        },
      },
    );
  };

  const flat = flattenThemes(base.taxonomy.themes);
  const count = flattenThemes(draft.themes).length;

  return (
    <div className="th-editor" data-testid="taxonomy-editor">
      <div className="page-header">
        <h2>Themes</h2>
        <Link to="/problems">See top problems →</Link>
      </div>
      <p className="muted">
        The taxonomy lists the themes comments are sorted into. A comment belongs to a theme when it mentions one of its topics or terms (and none of its
        exclusions); a sub-theme also counts for its parent. Saving analyses every comment again.
      </p>
      <RunBanner />

      {editable ? (
        <section className="card" aria-labelledby="starter-title">
          <header className="card-header">
            <h3 id="starter-title">Start from a starter taxonomy</h3>
          </header>
          <StarterPicker starters={state.starters} currentThemes={flattenThemes(state.taxonomy.themes).length} idPrefix="te" />
        </section>
      ) : (
        <p className="alert alert-warning" data-testid="taxonomy-read-only">
          Your role can read the taxonomy but not change it; owners, admins and managers can.
        </p>
      )}

      <section className="card" aria-labelledby="tree-title">
        <header className="card-header">
          <h3 id="tree-title">
            Taxonomy <span className="muted small">({count} {count === 1 ? 'theme' : 'themes'}, version {base.version})</span>
          </h3>
          {dirty ? <span className="pill pill-warn" data-testid="taxonomy-dirty">Unsaved changes</span> : null}
        </header>
        {serverChanged ? (
          <div className="alert alert-warning">
            The saved taxonomy changed meanwhile (for example a suggestion was accepted).{' '}
            <button type="button" className="btn btn-small" onClick={() => { setBase(state); setDraft(state.taxonomy); setSelected(null); }}>
              Load it (drops your edits)
            </button>
          </div>
        ) : null}
        <div className="field th-name-field">
          <label htmlFor="te-name">Name</label>
          <input
            id="te-name"
            {...errors.inputProps('taxonomy.name')}
            value={draft.name}
            maxLength={100}
            disabled={!editable}
            onChange={(e) => { setSavedNote(false); setDraft((d) => ({ ...d, name: e.target.value })); }}
          />
          <FieldError errors={errors} field="taxonomy.name" />
        </div>
        <div className="th-editor-grid">
          <div className="th-tree-col">
            <ThemeTree themes={draft.themes} selected={selected} onSelect={setSelected} problems={problemThemes} />
            {editable ? (
              <button type="button" className="btn btn-small th-add" data-testid="taxonomy-add" onClick={() => { const r = addTheme(draft.themes, null, newTheme()); setThemes(r.themes, r.path); }}>
                + Add theme
              </button>
            ) : null}
          </div>
          <div className="th-form-col">
            {selected && count > 0 ? (
              <ThemeForm
                key={pathKey(selected)}
                themes={draft.themes}
                path={selected}
                disabled={!editable}
                errors={errors}
                onChange={(patch) => setThemes(updateTheme(draft.themes, selected, patch))}
                onRemove={() => reshape(removeTheme(draft.themes, selected), null)}
                onMove={(delta) => { const r = moveTheme(draft.themes, selected, delta); reshape(r.themes, r.path); }}
                onIndent={() => { const r = indentTheme(draft.themes, selected); reshape(r.themes, r.path); }}
                onOutdent={() => { const r = outdentTheme(draft.themes, selected); reshape(r.themes, r.path); }}
                onAddChild={() => { const r = addTheme(draft.themes, selected, newTheme()); setThemes(r.themes, r.path); }}
              />
            ) : (
              <p className="muted">Choose a theme to edit it.</p>
            )}
          </div>
        </div>
        {save.error ? (
          <div className="alert alert-error" data-testid="taxonomy-save-error">
            <div>
              {/* what the inputs do not say themselves: their messages are announced at them */}
              <p role="alert">{saveSummary(save.error, problems)}</p>
              {problems.byPath.size > 0 ? (
                <ul className="th-problems-list" aria-label="Themes with problems">
                  {[...problems.byPath.entries()].map(([key, list]) => (
                    <li key={key}>
                      <button type="button" className="btn-link" aria-current={selected && pathKey(selected) === key ? 'true' : undefined} onClick={() => setSelected(key.split('.').map(Number))}>
                        {labelAt(draft.themes, key)}
                      </button>{' '}
                      ({list.length === 1 ? '1 problem' : `${list.length} problems`})
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
        {savedNote && !save.isPending ? (
          <div className="alert alert-success" role="status" data-testid="taxonomy-saved">
            Saved as version {base.version}. Every comment is being analysed again.
          </div>
        ) : null}
        {editable ? (
          <div className="th-actions">
            <button type="button" className="btn btn-primary" data-testid="taxonomy-save" disabled={save.isPending || !dirty} onClick={onSave}>
              {save.isPending ? 'Saving…' : 'Save taxonomy'}
            </button>
            <button type="button" className="btn btn-ghost" disabled={!dirty || save.isPending} onClick={() => { setDraft(base.taxonomy); save.reset(); }}>
              Discard changes
            </button>
          </div>
        ) : null}
      </section>

      <div className="th-editor-side">
        <SuggestionsPanel themes={flat} editable={editable} dirty={dirty} />
        <SentimentModelBox editable={editable} />
      </div>
    </div>
  );
}

/** The first of these theme keys ("2.0") in the order of the tree. */
function firstInTreeOrder(keys: readonly string[]): ThemePath {
  const paths = keys.map((k) => k.split('.').map(Number));
  paths.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  });
  return paths[0] ?? [];
}

/**
 * The save error's general message: where to look when the server named fields the editor shows (the theme's
 * inputs, the name), and in full only what no input shows.
 */
function saveSummary(error: Error, problems: ReturnType<typeof problemsByTheme>): string {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error.message;
  const atName = problems.general.filter((p) => p.field === 'taxonomy.name');
  const rest = problems.general.filter((p) => p.field !== 'taxonomy.name');
  const restText = rest.map((p) => p.message).join('; ');
  // one highlighted field per path (a theme's "match" problems show at the theme)
  const fields = new Set([...atName, ...[...problems.byPath.values()].flat()].map((p) => p.field.replace(/\.match$/, '')));
  if (fields.size === 0) return `The taxonomy was not saved: ${restText}.`;
  const themes = problems.byPath.size;
  const check = fields.size === 1 ? 'the highlighted field' : `the ${fields.size} highlighted fields`;
  return `The taxonomy was not saved. Check ${check}${themes > 1 ? `, in the ${themes} themes listed` : ''}.${rest.length > 0 ? ` Also: ${restText}.` : ''}`;
}

function labelAt(themes: TaxonomyTheme[], key: string): string {
  let list = themes;
  let label = key;
  for (const i of key.split('.').map(Number)) {
    const t = list[i];
    if (!t) return label;
    label = t.label || t.id || key;
    list = t.themes ?? [];
  }
  return label;
}
