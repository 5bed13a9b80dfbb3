// Pure helpers for taxonomies: flattening for pickers and lists, and tree edits addressed by index paths.
import type { Taxonomy, TaxonomyTheme, ThemeMatch } from '../../api/themes';
import { allOf, type ApiErrorField } from '../../api/types';

export interface FlatTheme {
  id: string;
  label: string;
  parentId: string | null;
  depth: number;
}

/** Every theme and sub-theme in tree order, with its depth (0 = top level). */
export function flattenThemes(themes: readonly TaxonomyTheme[], depth = 0, parentId: string | null = null): FlatTheme[] {
  return themes.flatMap((t) => [{ id: t.id, label: t.label, parentId, depth }, ...flattenThemes(t.themes ?? [], depth + 1, t.id)]);
}

/** A theme's position in the tree: indices from the top level down. */
export type ThemePath = readonly number[];

export const pathKey = (path: ThemePath): string => path.join('.');

export function themeAt(themes: readonly TaxonomyTheme[], path: ThemePath): TaxonomyTheme | undefined {
  let list: readonly TaxonomyTheme[] = themes;
  let found: TaxonomyTheme | undefined;
  for (const i of path) {
    found = list[i];
    if (!found) return undefined;
    list = found.themes ?? [];
  }
  return found;
}

/** Applies `edit` to the sibling list holding `path` (the top-level list for a one-index path); returns a new tree. */
function editSiblings(themes: TaxonomyTheme[], parentPath: ThemePath, edit: (list: TaxonomyTheme[]) => TaxonomyTheme[]): TaxonomyTheme[] {
  if (parentPath.length === 0) return edit([...themes]);
  const [head, ...rest] = parentPath;
  return themes.map((t, i) => (i === head ? withChildren(t, editSiblings(t.themes ?? [], rest, edit)) : t));
}

function withChildren(theme: TaxonomyTheme, children: TaxonomyTheme[]): TaxonomyTheme {
  const { themes: _old, ...rest } = theme;
  return children.length === 0 ? rest : { ...rest, themes: children };
}

export function updateTheme(themes: TaxonomyTheme[], path: ThemePath, patch: Partial<TaxonomyTheme>): TaxonomyTheme[] {
  const index = path[path.length - 1] ?? 0;
  return editSiblings(themes, path.slice(0, -1), (list) => list.map((t, i) => (i === index ? { ...t, ...patch } : t)));
}

export function removeTheme(themes: TaxonomyTheme[], path: ThemePath): TaxonomyTheme[] {
  const index = path[path.length - 1] ?? 0;
  return editSiblings(themes, path.slice(0, -1), (list) => list.filter((_, i) => i !== index));
}

/** Adds a theme at the end of the top level (parent null) or under the theme at `parent`; returns the tree and the new path. */
export function addTheme(themes: TaxonomyTheme[], parent: ThemePath | null, theme: TaxonomyTheme): { themes: TaxonomyTheme[]; path: ThemePath } {
  if (parent === null) return { themes: [...themes, theme], path: [themes.length] };
  const target = themeAt(themes, parent);
  const count = target?.themes?.length ?? 0;
  const index = parent[parent.length - 1] ?? 0;
  const next = editSiblings(themes, parent.slice(0, -1), (list) =>
    list.map((t, i) => (i === index ? { ...t, themes: [...(t.themes ?? []), theme] } : t)),
  );
  return { themes: next, path: [...parent, count] };
}

/** Moves a theme one place up (-1) or down (+1) among its siblings; returns the tree and the theme's new path. */
export function moveTheme(themes: TaxonomyTheme[], path: ThemePath, delta: -1 | 1): { themes: TaxonomyTheme[]; path: ThemePath } {
  const index = path[path.length - 1] ?? 0;
  const target = index + delta;
  let moved = false;
  const next = editSiblings(themes, path.slice(0, -1), (list) => {
    if (target < 0 || target >= list.length) return list;
    const copy = [...list];
    const [item] = copy.splice(index, 1);
    if (item) copy.splice(target, 0, item);
    moved = true;
    return copy;
  });
  return moved ? { themes: next, path: [...path.slice(0, -1), target] } : { themes, path };
}

/** Makes a theme a sub-theme of the sibling above it. */
export function indentTheme(themes: TaxonomyTheme[], path: ThemePath): { themes: TaxonomyTheme[]; path: ThemePath } {
  const index = path[path.length - 1] ?? 0;
  if (index === 0) return { themes, path };
  const item = themeAt(themes, path);
  if (!item) return { themes, path };
  const above = themeAt(themes, [...path.slice(0, -1), index - 1]);
  const newIndex = above?.themes?.length ?? 0;
  const next = editSiblings(themes, path.slice(0, -1), (list) => {
    const copy = list.filter((_, i) => i !== index);
    const prev = copy[index - 1];
    if (prev) copy[index - 1] = { ...prev, themes: [...(prev.themes ?? []), item] };
    return copy;
  });
  return { themes: next, path: [...path.slice(0, -1), index - 1, newIndex] };
}

/** Moves a sub-theme up one level, just after its parent. */
export function outdentTheme(themes: TaxonomyTheme[], path: ThemePath): { themes: TaxonomyTheme[]; path: ThemePath } {
  if (path.length < 2) return { themes, path };
  const item = themeAt(themes, path);
  if (!item) return { themes, path };
  const parentPath = path.slice(0, -1);
  const parentIndex = parentPath[parentPath.length - 1] ?? 0;
  const without = removeTheme(themes, path);
  const next = editSiblings(without, parentPath.slice(0, -1), (list) => {
    const copy = [...list];
    copy.splice(parentIndex + 1, 0, item);
    return copy;
  });
  return { themes: next, path: [...parentPath.slice(0, -1), parentIndex + 1] };
}

/** An id the server accepts (lower-case letters, digits and _ . : -) that no theme uses yet. */
export function uniqueThemeId(themes: readonly TaxonomyTheme[], label: string, prefix = ''): string {
  const used = new Set(flattenThemes(themes).map((t) => t.id));
  const base = `${prefix}${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'theme'}`.slice(0, 60);
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
  return id;
}

/** Every kind of match rule (allOf: a rule the server adds must be added here, or saving would drop it). */
export const MATCH_KEYS = allOf<keyof ThemeMatch>()(['topics', 'terms', 'all', 'exclude', 'unless']);

/** Drops empty match lists so the saved taxonomy stays tidy. */
export function cleanTaxonomy(taxonomy: Taxonomy): Taxonomy {
  const clean = (t: TaxonomyTheme): TaxonomyTheme => {
    const out: TaxonomyTheme = { id: t.id.trim(), label: t.label.trim() };
    if (t.description?.trim()) out.description = t.description.trim();
    const match: ThemeMatch = {};
    for (const key of MATCH_KEYS) {
      const list = t.match?.[key]?.filter((s) => s.trim() !== '');
      if (list && list.length > 0) match[key] = list;
    }
    if (Object.keys(match).length > 0) out.match = match;
    if (t.themes && t.themes.length > 0) out.themes = t.themes.map(clean);
    return out;
  };
  return { ...taxonomy, themes: taxonomy.themes.map(clean) };
}

/**
 * The field the server names a theme's problems under: "taxonomy.themes[2].themes[0]" for the path [2, 0]; its
 * inputs are that plus ".label", ".id" or ".match.topics" (terms, all, exclude, unless).
 */
export function themeField(path: ThemePath): string {
  return `taxonomy${path.map((i) => `.themes[${i}]`).join('')}`;
}

/** For `useFieldErrors`: a field shows the server's problems at its own path; a theme's also those of its "match". */
export function taxonomyFieldMatches(field: string, path: string): boolean {
  return path === field || path === `${field}.match`;
}

/**
 * Sorts the server's taxonomy problems by the theme their field is under ("taxonomy.themes[2].themes[0].label" is
 * about the theme at [2, 0], keyed "2.0"); the rest (the taxonomy's name, or the whole) are `general`.
 */
export function problemsByTheme(fields: readonly ApiErrorField[]): { byPath: Map<string, ApiErrorField[]>; general: ApiErrorField[] } {
  const byPath = new Map<string, ApiErrorField[]>();
  const general: ApiErrorField[] = [];
  for (const problem of fields) {
    const m = /^taxonomy((?:\.themes\[\d+\])+)/.exec(problem.field);
    if (!m?.[1]) {
      general.push(problem);
      continue;
    }
    const key = [...m[1].matchAll(/\[(\d+)\]/g)].map((x) => x[1]).join('.');
    byPath.set(key, [...(byPath.get(key) ?? []), problem]);
  }
  return { byPath, general };
}

export const STARTER_LABELS: Record<string, string> = {
  ecommerce: 'E-commerce and retail',
  software: 'Software and SaaS',
  telecom: 'Telecom and broadband',
  travel: 'Travel and hospitality',
  banking: 'Banking and finance',
};

export function starterLabel(name: string): string {
  return STARTER_LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
}
