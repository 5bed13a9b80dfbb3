import { useTaxonomy } from '../../api/themes';
import { flattenThemes } from './taxonomy';

/** A theme select (flattened taxonomy, sub-themes indented) for the responses filters; hidden without a taxonomy. */
export function ThemeFilterField({ id, value, onChange }: { id: string; value: string; onChange: (themeId: string) => void }) {
  const taxonomy = useTaxonomy();
  const themes = flattenThemes(taxonomy.data?.taxonomy.themes ?? []);
  if (themes.length === 0 && !value) return null;
  return (
    <div className="field">
      <label htmlFor={id}>Theme</label>
      <select id={id} data-testid="responses-filter-theme" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All themes</option>
        {value && !themes.some((t) => t.id === value) ? <option value={value}>{value}</option> : null}
        {themes.map((t) => (
          <option key={t.id} value={t.id}>
            {'\u00a0\u00a0\u00a0'.repeat(t.depth)}
            {t.label}
          </option>
        ))}
      </select>
    </div>
  );
}
