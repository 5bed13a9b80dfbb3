/**
 * Taxonomies: themes and sub-themes with match rules (format in docs/text-analytics.md). `compileTaxonomy` checks a
 * taxonomy (all problems reported at once) and turns its rules into stem sequences indexed by their first stem, so
 * matching a comment costs one map look-up per word.
 *
 * A rule is a word or phrase. Each word is stemmed ("delays" and "delayed" match "delay"); a word ending in * matches
 * any word starting with it ("wifi*"); a lone * matches any one word ("took * long").
 * - `terms`: a negated mention does not count ("not slow" is not "slow").
 * - `topics`: the subject itself; a negated mention still counts and makes the theme negative ("never arrived",
 *   "no signal").
 * - `all`: words that must come together in one clause, written "A|B + C|D" (A or B, and C or D): "bag|suitcase +
 *   damaged|broken". Each part behaves like a term (a negated part does not count).
 * - `exclude`: when one of these is in the same clause, the theme's matches in that clause are dropped.
 * - `unless`: theme ids; when one of those themes (or one of its sub-themes) is found anywhere in the comment, this
 *   theme's own matches are dropped: a cancelled flight is not also a late one, damaged luggage not also lost
 *   luggage. Decided on the matches before any is dropped, so two themes naming each other both drop.
 * Longest match wins between themes: a match inside a longer match of another theme (not an ancestor or descendant)
 * is dropped (analyze.ts).
 * A rule of plain words also matches inside a hashtag that holds them written together ("#lostluggage",
 * "#badcustomerservice"), five letters or more; a one-word rule only at the hashtag's start ("#delayedagain").
 *
 * Languages: rules may mix English, Spanish, French and German words ("late", "retraso", "retard", "Verspätung").
 * Every rule is compiled once per language, with that language's stemmer (`languages`), and a comment is matched
 * against the rules compiled for its language (analyze.ts). The English index (`byStem`, `byPrefix`…) is the one it
 * always was. In another language, a word that stems like one of its stop words is matched as written, and the
 * language's false friends ("sale" in Spanish and French) are not compiled for it (languages.ts).
 */
import { clashesWithStopword, LANGUAGE_RULES, type OtherLanguage, OTHER_LANGUAGES } from './languages.ts';
import { termStems } from './text.ts';

export interface MatchRulesJson {
  terms?: string[];
  topics?: string[];
  all?: string[];
  exclude?: string[];
  unless?: string[];
}

export interface ThemeJson {
  id: string;
  label: string;
  description?: string;
  match?: MatchRulesJson;
  themes?: ThemeJson[];
}

export interface TaxonomyJson {
  name: string;
  description?: string;
  version?: number;
  language?: string;
  themes: ThemeJson[];
}

/** One element of a compiled rule: a stem, a prefix of the lower-case word, or any one word. */
export type RulePart = { stem: string } | { prefix: string } | { any: true };

export interface CompiledRule {
  theme: number;
  parts: RulePart[];
  term: string;
  kind: 'term' | 'topic' | 'exclude' | 'all';
  /** For `all` rules: which rule (index in CompiledTaxonomy.allRules) and which of its groups this part is. */
  all?: { rule: number; group: number };
}

export interface CompiledAllRule {
  theme: number;
  term: string;
  groups: number;
}

export interface CompiledTheme {
  index: number;
  id: string;
  label: string;
  description: string;
  parent: number | null;
  /** Indexes of all descendants. */
  descendants: number[];
  /** The rule strings, for display ("keywords"). */
  keywords: string[];
  /** Indexes of the themes whose presence in a comment drops this theme's matches (`unless`). */
  unless: number[];
}

/** The rules of a taxonomy indexed for matching, in one language. */
export interface RuleIndex {
  /** Rules by the stem of their first part. */
  byStem: Map<string, CompiledRule[]>;
  /** Rules whose first part is a prefix, by its first two letters. */
  byPrefix: Map<string, CompiledRule[]>;
  /** Rules of plain words by those words written together, for hashtags (see CompiledTaxonomy.hashtagRules). */
  hashtagRules: { joined: string; words: number; rule: CompiledRule }[];
}

export interface CompiledTaxonomy extends RuleIndex {
  name: string;
  themes: CompiledTheme[];
  byId: Map<string, CompiledTheme>;
  /** The same rules compiled with the Spanish, French and German stemmers. */
  languages: Record<OtherLanguage, RuleIndex>;
  /** Rules by the stem of their first part. */
  byStem: Map<string, CompiledRule[]>;
  /** Rules whose first part is a prefix, by its first two letters. */
  byPrefix: Map<string, CompiledRule[]>;
  allRules: CompiledAllRule[];
  /**
   * Rules made of plain words, by those words written together ("customer service" → "customerservice"), for
   * hashtags: "#badcustomerservice" matches the rule "customer service". Only joined forms of HASHTAG_MIN_JOINED
   * letters or more, and a one-word rule only at the start of a hashtag ("#delayedagain" is "delayed", but
   * "#airlines" is not "lines", nor "#happy" "app").
   */
  hashtagRules: { joined: string; words: number; rule: CompiledRule }[];
  /** Some theme has `unless`. */
  hasUnless: boolean;
  source: TaxonomyJson;
}

export class TaxonomyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid taxonomy: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; … and ${problems.length - 10} more` : ''}`);
  }
}

const HASHTAG_MIN_JOINED = 5;

const ID_RE = /^[a-z0-9][a-z0-9_.:-]{0,79}$/;

function parseRule(term: string, lang: 'en' | OtherLanguage = 'en'): RulePart[] {
  const parts: RulePart[] = [];
  for (const piece of term.trim().toLowerCase().split(/\s+/)) {
    if (piece === '') continue;
    if (piece === '*') parts.push({ any: true });
    else if (piece.endsWith('*')) {
      const prefix = piece.slice(0, -1).replace(/’/g, "'");
      if (prefix.length > 0) parts.push({ prefix });
    } else {
      const stems = termStems(piece, lang);
      // a word that stems like a stop word of the language ("télé" and "tellement") is matched there as written
      const word = piece.replace(/’/g, "'").normalize('NFC');
      if (lang !== 'en' && stems.length === 1 && clashesWithStopword(lang, word, stems[0]!)) parts.push({ stem: word });
      else for (const s of stems) parts.push({ stem: s });
    }
  }
  return parts;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Check and compile a taxonomy (parsed JSON). Throws TaxonomyError listing every problem. */
export function compileTaxonomy(input: unknown): CompiledTaxonomy {
  const problems: string[] = [];
  if (!isObject(input)) throw new TaxonomyError(['a taxonomy must be a JSON object with "name" and "themes"']);
  const name = typeof input.name === 'string' && input.name.trim() !== '' ? input.name : '';
  if (!name) problems.push('"name" must be a non-empty string');
  if (!Array.isArray(input.themes)) problems.push('"themes" must be an array');
  const themes: CompiledTheme[] = [];
  const rules: CompiledRule[] = [];
  const allRules: CompiledAllRule[] = [];
  const byId = new Map<string, CompiledTheme>();
  const pendingUnless: { theme: number; ids: string[]; where: string }[] = [];

  const walk = (list: unknown, parent: number | null, path: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const where = `${path}[${i}]`;
      if (!isObject(raw)) {
        problems.push(`${where}: a theme must be an object`);
        return;
      }
      const id = typeof raw.id === 'string' ? raw.id : '';
      if (!ID_RE.test(id)) problems.push(`${where}: "id" must be lower-case letters, digits and _ . : - (got ${JSON.stringify(raw.id)})`);
      else if (byId.has(id)) problems.push(`${where}: duplicate id "${id}"`);
      const label = typeof raw.label === 'string' && raw.label.trim() !== '' ? raw.label : '';
      if (!label) problems.push(`${where}: "label" must be a non-empty string`);
      const theme: CompiledTheme = {
        index: themes.length,
        id,
        label,
        description: typeof raw.description === 'string' ? raw.description : '',
        parent,
        descendants: [],
        keywords: [],
        unless: [],
      };
      themes.push(theme);
      if (id) byId.set(id, theme);
      const match = raw.match;
      if (match !== undefined && !isObject(match)) problems.push(`${where}.match must be an object`);
      const m = isObject(match) ? match : {};
      for (const key of Object.keys(m)) if (!['terms', 'topics', 'all', 'exclude', 'unless'].includes(key)) problems.push(`${where}.match: unknown key "${key}" (terms, topics, all, exclude, unless)`);
      const unless = m.unless;
      if (unless !== undefined && (!Array.isArray(unless) || unless.some((t) => typeof t !== 'string'))) problems.push(`${where}.match.unless must be an array of theme ids`);
      else if (unless !== undefined) pendingUnless.push({ theme: theme.index, ids: unless as string[], where });
      const allList = m.all;
      if (allList !== undefined && (!Array.isArray(allList) || allList.some((t) => typeof t !== 'string'))) problems.push(`${where}.match.all must be an array of strings`);
      else if (allList !== undefined) {
        for (const term of allList as string[]) {
          const groups = term.split('+').map((g) => g.split('|').map((a) => a.trim()).filter((a) => a !== ''));
          if (groups.length < 2 || groups.some((g) => g.length === 0)) {
            problems.push(`${where}.match.all: "${term}" must have two or more groups joined by + (alternatives within a group joined by |)`);
            continue;
          }
          const ruleIndex = allRules.length;
          allRules.push({ theme: theme.index, term, groups: groups.length });
          groups.forEach((alts, group) => {
            for (const alt of alts) {
              const parts = parseRule(alt);
              if (parts.length === 0 || 'any' in parts[0]!) problems.push(`${where}.match.all: "${alt}" has no word to match (or starts with *)`);
              else rules.push({ theme: theme.index, parts, term: alt, kind: 'all', all: { rule: ruleIndex, group } });
            }
          });
          theme.keywords.push(term);
        }
      }
      for (const [key, kind] of [['terms', 'term'], ['topics', 'topic'], ['exclude', 'exclude']] as const) {
        const arr = m[key];
        if (arr === undefined) continue;
        if (!Array.isArray(arr) || arr.some((t) => typeof t !== 'string')) {
          problems.push(`${where}.match.${key} must be an array of strings`);
          continue;
        }
        for (const term of arr as string[]) {
          const parts = parseRule(term);
          if (parts.length === 0 || 'any' in parts[0]!) {
            problems.push(`${where}.match.${key}: "${term}" has no word to match (or starts with *)`);
            continue;
          }
          rules.push({ theme: theme.index, parts, term, kind });
          if (kind !== 'exclude') theme.keywords.push(term);
        }
      }
      walk(raw.themes, theme.index, `${where}.themes`);
    });
  };
  walk(input.themes, null, 'themes');
  for (const { theme, ids, where } of pendingUnless) {
    for (const id of ids) {
      const other = byId.get(id);
      if (!other) problems.push(`${where}.match.unless: no theme with id "${id}"`);
      else if (other.index === theme) problems.push(`${where}.match.unless: a theme cannot list itself`);
      else themes[theme]!.unless.push(other.index);
    }
  }
  if (problems.length > 0) throw new TaxonomyError(problems);

  for (const t of themes) {
    for (let p = t.parent; p !== null; p = themes[p]!.parent) themes[p]!.descendants.push(t.index);
  }
  const { byStem, byPrefix, hashtagRules } = indexRules(rules);
  const languages = {} as Record<OtherLanguage, RuleIndex>;
  for (const lang of OTHER_LANGUAGES) {
    const local: CompiledRule[] = [];
    const falseFriends = LANGUAGE_RULES[lang].falseFriends;
    for (const r of rules) {
      // "sale" is not a Spanish or French rule word, nor "fast" a German one: see LanguageRules.falseFriends
      if (falseFriends.has(r.term.trim().toLowerCase())) continue;
      const parts = parseRule(r.term, lang);
      if (parts.length > 0 && !('any' in parts[0]!)) local.push({ ...r, parts });
    }
    languages[lang] = indexRules(local);
  }
  const hasUnless = themes.some((t) => t.unless.length > 0);
  return { name, themes, byId, byStem, byPrefix, allRules, hashtagRules, languages, hasUnless, source: input as unknown as TaxonomyJson };
}

function indexRules(rules: readonly CompiledRule[]): RuleIndex {
  const byStem = new Map<string, CompiledRule[]>();
  const byPrefix = new Map<string, CompiledRule[]>();
  for (const r of rules) {
    const first = r.parts[0]!;
    if ('stem' in first) push(byStem, first.stem, r);
    else if ('prefix' in first) push(byPrefix, first.prefix.slice(0, 2), r);
  }
  const hashtagRules: { joined: string; words: number; rule: CompiledRule }[] = [];
  for (const r of rules) {
    if (!r.parts.every((part) => 'stem' in part)) continue;
    const joined = r.term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (joined.length >= HASHTAG_MIN_JOINED) hashtagRules.push({ joined, words: r.parts.length, rule: r });
  }
  return { byStem, byPrefix, hashtagRules };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A taxonomy with no themes (analysis then gives sentiment only). */
export function emptyTaxonomy(): CompiledTaxonomy {
  return compileTaxonomy({ name: 'empty', themes: [] });
}
