/**
 * `analyze(taxonomy, text)`: the themes of one comment with a sentiment per theme, and the comment's sentiment.
 *
 * A theme's sentiment is that of the clauses holding its matches, so "lovely staff but the delivery took three
 * weeks" gives staff positive and delivery negative. A negated topic ("never arrived", "no signal") counts as a
 * complaint about the topic: its clause gets NEGATED_TOPIC_VALENCE unless it is already clearly negative (or
 * clearly positive: "no problem with the delivery"). A sub-theme's matches also count for its parent theme.
 *
 * With a learnt model (learn.ts) the comment's sentiment comes from the model, and a theme's from the average of
 * the model and the lexicon over its clauses.
 */
import { type ReadOptions, tokenizeIn } from './detect.ts';
import type { Language } from './languages.ts';
import { type SentimentModel, predictTokens } from './learn.ts';
import { type Sentiment, clauseValences, combineClauses, cuesFor, labelOf, negatorFor, normalize, round } from './sentiment.ts';
import type { CompiledRule, CompiledTaxonomy, RuleIndex } from './taxonomy.ts';
import type { Token, Tokenized } from './text.ts';

export const NEGATED_TOPIC_VALENCE = -1.6;

export interface ThemeMatch {
  /** Offsets in the text: text.slice(start, end) is the matched words. */
  start: number;
  end: number;
  /** The rule that matched, as written in the taxonomy. */
  term: string;
  /** A topic mentioned under negation ("never arrived"). */
  negated: boolean;
}

export interface ThemeResult {
  id: string;
  label: string;
  parentId: string | null;
  sentiment: Sentiment;
  score: number;
  /** The matches of this theme (for a parent, its sub-themes' matches too), in text order. */
  matches: ThemeMatch[];
}

export interface Analysis {
  themes: ThemeResult[];
  sentiment: Sentiment;
  /** −1 … 1. */
  sentimentScore: number;
  /** The language the comment was read in: the one given, or the one detected (detect.ts). */
  language: Language;
}

export interface AnalyzeOptions extends ReadOptions {
  /** A learnt sentiment model; without one the built-in lexicon model is used. */
  model?: SentimentModel | null;
}

interface RawMatch {
  rule: CompiledRule;
  from: number;
  to: number;
  clause: number;
  negated: boolean;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** The token index after a match of `rule` starting at token i, or -1. */
function matchAt(tokens: Token[], rule: CompiledRule, i: number): number {
  const clause = tokens[i]!.clause;
  let j = i;
  for (const part of rule.parts) {
    const t = tokens[j];
    if (!isWord(t) || t.clause !== clause) return -1;
    if ('stem' in part) {
      if (t.stem !== part.stem && t.norm !== part.stem) return -1;
    } else if ('prefix' in part) {
      if (!t.norm.startsWith(part.prefix)) return -1;
    }
    j++;
  }
  return j;
}

/** The rules found inside a one-word hashtag ("#lostluggage"), other than the hashtag itself. */
function hashtagRules(tax: RuleIndex, norm: string): CompiledRule[] | undefined {
  if (norm.length < 5 || tax.hashtagRules.length === 0) return undefined;
  let out: CompiledRule[] | undefined;
  for (const h of tax.hashtagRules) {
    if (h.joined.length < norm.length && (h.words > 1 ? norm.includes(h.joined) : norm.startsWith(h.joined))) (out ??= []).push(h.rule);
  }
  return out;
}

/** Every rule match in a tokenized text (exclusions applied; negated `terms` dropped). */
export function findMatches(tax: CompiledTaxonomy, tok: Tokenized): RawMatch[] {
  const { tokens, clauses } = tok;
  // the rules compiled for the comment's language
  const ix: RuleIndex = tok.lang === 'en' ? tax : tax.languages[tok.lang];
  const cues = cuesFor(tok.lang);
  const found: RawMatch[] = [];
  let excluded: Set<string> | null = null;
  // `all` rules: parts seen per (rule, clause), as a bit mask of groups, with their matches
  let together: Map<string, { mask: number; rule: number; matches: RawMatch[] }> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const a = ix.byStem.get(t.stem);
    const b = t.norm !== t.stem ? ix.byStem.get(t.norm) : undefined;
    const c = ix.byPrefix.size > 0 ? ix.byPrefix.get(t.norm.slice(0, 2)) : undefined;
    const d = t.hashtag ? hashtagRules(ix, t.norm) : undefined;
    if (!a && !b && !c && !d) continue;
    for (const list of [a, b, c, d]) {
      if (!list) continue;
      for (const rule of list) {
        const end = list === d ? i + 1 : matchAt(tokens, rule, i);
        if (end < 0) continue;
        if (rule.kind === 'exclude') {
          excluded ??= new Set();
          excluded.add(`${rule.theme}:${t.clause}`);
          continue;
        }
        const negated = negatorFor(tokens, i, clauses[t.clause]!.from, cues) >= 0;
        if (negated && rule.kind !== 'topic') continue;
        const match: RawMatch = { rule, from: i, to: end, clause: t.clause, negated: negated && rule.kind === 'topic' };
        if (rule.all) {
          together ??= new Map();
          const key = `${rule.all.rule}:${t.clause}`;
          const entry = together.get(key) ?? { mask: 0, rule: rule.all.rule, matches: [] };
          entry.mask |= 1 << rule.all.group;
          entry.matches.push(match);
          together.set(key, entry);
        } else found.push(match);
      }
    }
  }
  if (together !== null) {
    for (const entry of (together as Map<string, { mask: number; rule: number; matches: RawMatch[] }>).values()) {
      if (entry.mask === (1 << tax.allRules[entry.rule]!.groups) - 1) found.push(...entry.matches);
    }
  }
  const ex = excluded;
  const kept = dropContained(tax, ex === null ? found : found.filter((m) => !ex.has(`${m.rule.theme}:${m.clause}`)));
  return tax.hasUnless ? applyUnless(tax, kept) : kept;
}

/**
 * Longest match wins between themes: a match whose words lie inside a longer match of another theme (not its
 * ancestor or descendant) is dropped. "customer service line" is a queue, not also customer service; "seat
 * assignment" a booking problem, not also the seat.
 */
function dropContained(tax: CompiledTaxonomy, matches: RawMatch[]): RawMatch[] {
  if (matches.length < 2) return matches;
  let out: RawMatch[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const len = m.to - m.from;
    let inside = false;
    for (const o of matches) {
      if (o.to - o.from > len && o.from <= m.from && m.to <= o.to && o.rule.theme !== m.rule.theme && !related(tax, o.rule.theme, m.rule.theme)) {
        inside = true;
        break;
      }
    }
    if (inside) out ??= matches.slice(0, i);
    else if (out) out.push(m);
  }
  return out ?? matches;
}

function related(tax: CompiledTaxonomy, a: number, b: number): boolean {
  return tax.themes[a]!.descendants.includes(b) || tax.themes[b]!.descendants.includes(a);
}

/** Drop the matches of themes whose `unless` themes are present in the comment. */
function applyUnless(tax: CompiledTaxonomy, matches: RawMatch[]): RawMatch[] {
  if (matches.length < 2) return matches;
  const present = new Set<number>();
  for (const m of matches) for (let th: number | null = m.rule.theme; th !== null; th = tax.themes[th]!.parent) present.add(th);
  return matches.filter((m) => !tax.themes[m.rule.theme]!.unless.some((u) => present.has(u)));
}

/**
 * Analyse one comment against a compiled taxonomy, in its language (`language`, or detected, with `languageHint` as
 * the default: detect.ts). Pure; about 10–30 µs for a typical comment.
 */
export function analyze(tax: CompiledTaxonomy, text: string, opts: AnalyzeOptions = {}): Analysis {
  const tok = tokenizeIn(text, opts);
  const { tokens } = tok;
  const raws = clauseValences(tok);
  const matches = findMatches(tax, tok);

  // a negated topic is a complaint about it, unless the clause already says how bad it is
  const pushed = new Set<number>();
  for (const m of matches) {
    if (m.negated && !pushed.has(m.clause) && raws[m.clause]! > -1 && raws[m.clause]! < 0.5) {
      raws[m.clause] = raws[m.clause]! + NEGATED_TOPIC_VALENCE;
      pushed.add(m.clause);
    }
  }

  const model = opts.model ?? null;
  let sentimentScore: number;
  let sentiment: Sentiment;
  if (model) {
    const p = predictTokens(model, tok);
    sentimentScore = p.score;
    sentiment = p.sentiment;
  } else {
    sentimentScore = round(normalize(combineClauses(tok, raws)));
    sentiment = labelOf(sentimentScore);
  }

  if (matches.length === 0) return { themes: [], sentiment, sentimentScore, language: tok.lang };

  // matches per theme, rolled up to ancestors
  const perTheme = new Map<number, RawMatch[]>();
  for (const m of matches) {
    for (let th: number | null = m.rule.theme; th !== null; th = tax.themes[th]!.parent) {
      const list = perTheme.get(th);
      if (list) list.push(m);
      else perTheme.set(th, [m]);
    }
  }
  const modelClause = new Map<number, number>();
  const themes: ThemeResult[] = [];
  for (const index of [...perTheme.keys()].sort((x, y) => x - y)) {
    const list = perTheme.get(index)!.sort((x, y) => x.from - y.from || y.to - x.to);
    const theme = tax.themes[index]!;
    const clauseSet = new Set(list.map((m) => m.clause));
    let raw = 0;
    for (const c of clauseSet) raw += raws[c]!;
    let score = normalize(raw);
    if (model) {
      let sum = 0;
      for (const c of clauseSet) {
        let s = modelClause.get(c);
        if (s === undefined) {
          const cl = tok.clauses[c]!;
          s = clauseSet.size === tok.clauses.length && tok.clauses.length === 1 ? sentimentScore : predictTokens(model, tok, cl.from, cl.to).score;
          modelClause.set(c, s);
        }
        sum += s;
      }
      score = (score + sum / clauseSet.size) / 2;
    }
    const out: ThemeMatch[] = [];
    let lastEnd = -1;
    for (const m of list) {
      const start = tokens[m.from]!.start;
      if (start < lastEnd) continue; // overlapping rules of the same theme: keep the first (longest)
      const end = tokens[m.to - 1]!.end;
      out.push({ start, end, term: m.rule.term, negated: m.negated });
      lastEnd = end;
    }
    themes.push({
      id: theme.id,
      label: theme.label,
      parentId: theme.parent === null ? null : tax.themes[theme.parent]!.id,
      sentiment: labelOf(score),
      score: round(score),
      matches: out,
    });
  }
  return { themes, sentiment, sentimentScore, language: tok.lang };
}

/** The ids of the themes of a comment, without sentiment (the fast path for counting). */
export function assignThemes(tax: CompiledTaxonomy, text: string, opts: ReadOptions = {}): string[] {
  const matches = findMatches(tax, tokenizeIn(text, opts));
  const ids = new Set<number>();
  for (const m of matches) for (let th: number | null = m.rule.theme; th !== null; th = tax.themes[th]!.parent) ids.add(th);
  return [...ids].sort((a, b) => a - b).map((i) => tax.themes[i]!.id);
}
