import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { useSaveTaxonomy, useTaxonomy, type Taxonomy, type TaxonomyState, type TaxonomyTheme } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
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

  const problems = useMemo(() => {
    if (!(save.error instanceof ApiError)) return { byPath: new Map<string, string[]>(), general: [] as string[] };
    return problemsByTheme(save.error.fields.map((f) => f.message));
  }, [save.error]);

  const setThemes = (themes: TaxonomyTheme[], path?: ThemePath | null) => {
    setSavedNote(false);
    setDraft((d) => ({ ...d, themes }));
    if (path !== undefined) setSelected(path);
  };
  const newTheme = (): TaxonomyTheme => ({ id: uniqueThemeId(draft.themes, 'new theme'), label: 'New theme', match: { topics: [] } });

  const onSave = () => {
    setSavedNote(false);
    save.mutate(
      { taxonomy: cleanTaxonomy({ ...draft, name: draft.name.trim() || 'Our themes' }) },
      {
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
          <input id="te-name" value={draft.name} maxLength={100} disabled={!editable} onChange={(e) => { setSavedNote(false); setDraft((d) => ({ ...d, name: e.target.value })); }} />
        </div>
        <div className="th-editor-grid">
          <div className="th-tree-col">
            <ThemeTree themes={draft.themes} selected={selected} onSelect={setSelected} problems={problems.byPath} />
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
                problems={problems.byPath.get(pathKey(selected)) ?? []}
                onChange={(patch) => setThemes(updateTheme(draft.themes, selected, patch))}
                onRemove={() => setThemes(removeTheme(draft.themes, selected), null)}
                onMove={(delta) => { const r = moveTheme(draft.themes, selected, delta); setThemes(r.themes, r.path); }}
                onIndent={() => { const r = indentTheme(draft.themes, selected); setThemes(r.themes, r.path); }}
                onOutdent={() => { const r = outdentTheme(draft.themes, selected); setThemes(r.themes, r.path); }}
                onAddChild={() => { const r = addTheme(draft.themes, selected, newTheme()); setThemes(r.themes, r.path); }}
              />
            ) : (
              <p className="muted">Choose a theme to edit it.</p>
            )}
          </div>
        </div>
        {save.error ? (
          <div className="alert alert-error" role="alert" data-testid="taxonomy-save-error">
            <div>
              <p>{save.error.message}</p>
              {problems.general.length > 0 || problems.byPath.size > 0 ? (
                <ul className="th-problems-list">
                  {problems.general.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                  {[...problems.byPath.entries()].map(([key, list]) => (
                    <li key={key}>
                      <button type="button" className="btn-link" onClick={() => setSelected(key.split('.').map(Number))}>
                        {flattenThemes(draft.themes).length ? labelAt(draft.themes, key) : key}
                      </button>
                      : {list.join('; ')}
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
