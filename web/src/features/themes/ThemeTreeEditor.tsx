import type { TaxonomyTheme } from '../../api/themes';
import { FieldError, joinIds, type FieldErrors } from '../common/FieldError';
import { pathKey, themeAt, themeField, type ThemePath } from './taxonomy';
import { TagListInput } from './TagListInput';
import './themes.css';

interface TreeProps {
  themes: TaxonomyTheme[];
  selected: ThemePath | null;
  onSelect: (path: ThemePath) => void;
  /** The keys (`pathKey`) of the themes the server found a problem with. */
  problems: ReadonlySet<string>;
}

/** The themes and sub-themes as a nested list of buttons; the selected one is edited beside it. */
export function ThemeTree({ themes, selected, onSelect, problems }: TreeProps) {
  const selectedKey = selected ? pathKey(selected) : null;
  const render = (list: TaxonomyTheme[], parent: ThemePath) => (
    <ul className={parent.length === 0 ? 'th-tree' : 'th-tree th-tree-sub'}>
      {list.map((t, i) => {
        const path = [...parent, i];
        const key = pathKey(path);
        const hasProblem = problems.has(key);
        return (
          <li key={key}>
            <button
              type="button"
              className={`th-tree-item${key === selectedKey ? ' selected' : ''}${hasProblem ? ' has-problem' : ''}`}
              aria-current={key === selectedKey ? 'true' : undefined}
              data-testid="taxonomy-tree-item"
              onClick={() => onSelect(path)}
            >
              <span>{t.label || <em className="muted">Untitled</em>}</span>
              {hasProblem ? (
                <>
                  <span className="th-problem-dot" aria-hidden="true" />
                  <span className="visually-hidden">(has a problem)</span>
                </>
              ) : null}
            </button>
            {t.themes && t.themes.length > 0 ? render(t.themes, path) : null}
          </li>
        );
      })}
    </ul>
  );
  if (themes.length === 0) return <p className="muted">No themes yet. Add one, or start from a starter taxonomy.</p>;
  return <nav aria-label="Themes">{render(themes, [])}</nav>;
}

interface FormProps {
  themes: TaxonomyTheme[];
  path: ThemePath;
  onChange: (patch: Partial<TaxonomyTheme>) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
  onIndent: () => void;
  onOutdent: () => void;
  onAddChild: () => void;
  /** The messages of the taxonomy's last save, by field (`themeField`): each shows at its input. */
  errors: FieldErrors;
  disabled: boolean;
}

/**
 * Label, description, id and match lists of one theme, with buttons to move, nest or remove it. The server's
 * problems with the theme show at their inputs; one about the theme as a whole (its "match") at the top.
 */
export function ThemeForm({ themes, path, onChange, onRemove, onMove, onIndent, onOutdent, onAddChild, errors, disabled }: FormProps) {
  const theme = themeAt(themes, path);
  if (!theme) return null;
  const index = path[path.length - 1] ?? 0;
  const siblings = path.length === 1 ? themes.length : (themeAt(themes, path.slice(0, -1))?.themes?.length ?? 0);
  const match = theme.match ?? {};
  const setMatch = (key: keyof NonNullable<TaxonomyTheme['match']>, values: string[]) => onChange({ match: { ...match, [key]: values } });
  const k = pathKey(path);
  const field = themeField(path);
  return (
    <fieldset className="th-theme-form" data-testid="taxonomy-theme-form" disabled={disabled} aria-describedby={joinIds(errors.message(field) && errors.errorId(field))}>
      <legend className="visually-hidden">Theme {theme.label}</legend>
      <FieldError errors={errors} field={field} testId="taxonomy-theme-error" />
      <div className="form-row">
        <div className="field">
          <label htmlFor={`tf-label-${k}`}>Label</label>
          <input
            id={`tf-label-${k}`}
            {...errors.inputProps(`${field}.label`)}
            data-testid="taxonomy-theme-label"
            value={theme.label}
            maxLength={100}
            onChange={(e) => onChange({ label: e.target.value })}
          />
          <FieldError errors={errors} field={`${field}.label`} testId="taxonomy-theme-label-error" />
        </div>
        <div className="field">
          <label htmlFor={`tf-id-${k}`}>Id</label>
          <input
            id={`tf-id-${k}`}
            {...errors.inputProps(`${field}.id`, `tf-id-hint-${k}`)}
            className="mono"
            data-testid="taxonomy-theme-id"
            value={theme.id}
            maxLength={100}
            onChange={(e) => onChange({ id: e.target.value })}
          />
          <span className="hint" id={`tf-id-hint-${k}`}>
            Lower-case letters, digits and _ . : - . Links, filters and alert rules use it.
          </span>
          <FieldError errors={errors} field={`${field}.id`} testId="taxonomy-theme-id-error" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`tf-desc-${k}`}>Description</label>
        <textarea id={`tf-desc-${k}`} rows={2} value={theme.description ?? ''} onChange={(e) => onChange({ description: e.target.value })} />
      </div>
      <TagListInput
        id={`tf-topics-${k}`}
        label="Topics"
        hint="Things people talk about (“router”, “direct debit”). Word endings are ignored; end with * for a prefix."
        values={match.topics ?? []}
        onChange={(v) => setMatch('topics', v)}
        disabled={disabled}
        testId="taxonomy-topics"
        errors={errors}
        field={`${field}.match.topics`}
      />
      <TagListInput
        id={`tf-terms-${k}`}
        label="Terms"
        hint="Words or phrases that signal the theme on their own (“keeps disconnecting”)."
        values={match.terms ?? []}
        onChange={(v) => setMatch('terms', v)}
        disabled={disabled}
        testId="taxonomy-terms"
        errors={errors}
        field={`${field}.match.terms`}
      />
      <TagListInput
        id={`tf-all-${k}`}
        label="Together"
        hint="Words that must appear together: groups joined by +, alternatives by | (“wifi|router + slow|drops”)."
        values={match.all ?? []}
        onChange={(v) => setMatch('all', v)}
        disabled={disabled}
        testId="taxonomy-all"
        errors={errors}
        field={`${field}.match.all`}
      />
      <TagListInput
        id={`tf-exclude-${k}`}
        label="Exclusions"
        hint="Phrases that must not count (“charging cable” for a billing theme)."
        values={match.exclude ?? []}
        onChange={(v) => setMatch('exclude', v)}
        disabled={disabled}
        testId="taxonomy-exclude"
        errors={errors}
        field={`${field}.match.exclude`}
      />
      <TagListInput
        id={`tf-unless-${k}`}
        label="Unless"
        hint="Ids of themes that win over this one: when one of them is found in a comment, this theme is not counted (a cancelled flight is not also a late one)."
        values={match.unless ?? []}
        onChange={(v) => setMatch('unless', v)}
        disabled={disabled}
        testId="taxonomy-unless"
        errors={errors}
        field={`${field}.match.unless`}
      />
      {disabled ? null : (
        <div className="th-actions th-theme-actions">
          <button type="button" className="btn btn-small" onClick={() => onMove(-1)} disabled={index === 0}>
            Move up
          </button>
          <button type="button" className="btn btn-small" onClick={() => onMove(1)} disabled={index >= siblings - 1}>
            Move down
          </button>
          <button type="button" className="btn btn-small" onClick={onIndent} disabled={index === 0} title="Make it a sub-theme of the theme above">
            Make sub-theme
          </button>
          <button type="button" className="btn btn-small" onClick={onOutdent} disabled={path.length < 2} title="Move it up one level">
            Move out a level
          </button>
          <button type="button" className="btn btn-small" onClick={onAddChild} data-testid="taxonomy-add-child">
            Add sub-theme
          </button>
          <span className="spacer" />
          <button type="button" className="btn btn-small btn-danger" onClick={onRemove} data-testid="taxonomy-remove">
            Remove{theme.themes?.length ? ' with sub-themes' : ''}
          </button>
        </div>
      )}
    </fieldset>
  );
}
