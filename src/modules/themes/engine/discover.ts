/**
 * Discovery: suggest themes from the comments no taxonomy theme covers.
 *
 * 1. Candidate key terms (RAKE-like): a comment is cut into candidate phrases at stop words, punctuation and clause
 *    boundaries; the stemmed words of a phrase and its adjacent word pairs are its terms. Terms in too few comments
 *    (< minDf) or too many (> 25%) are dropped; the rest are ranked by total TF-IDF weight, df · ln(N / df), and the
 *    top `vocabulary` kept.
 * 2. Clustering: terms are grouped by average-link agglomerative clustering on how often they occur in the same
 *    comments (cosine of their comment sets, co / √(df₁ · df₂)), while the average similarity is ≥ `linkage`.
 *    Groups of one term are dropped: a lone word is too vague to name a topic.
 * 3. Selection: groups are taken greedily by how many not-yet-covered comments their rule captures (a set cover),
 *    so suggestions do not repeat each other, up to `maxThemes`, each covering at least `minSize` new comments.
 *
 * Each suggestion has a label (its top phrase), key phrases, size (comments its rule matches), examples, and the
 * match rule (`topics`) that would capture it, ready to paste into a taxonomy. Cost: linear in the text, plus
 * O(vocabulary³) for the clustering (300 terms: ~30 ms).
 */
import { findMatches } from './analyze.ts';
import { GENERIC, STOPWORDS } from './stopwords.ts';
import type { CompiledTaxonomy, TaxonomyJson, ThemeJson } from './taxonomy.ts';
import { tokenize } from './text.ts';

export interface DiscoverOptions {
  /** Comments that match a theme of this taxonomy are left out. */
  existingTaxonomy?: CompiledTaxonomy | null;
  maxThemes?: number;
  /** A suggestion must cover at least this many comments not covered by a better one (default: max(5, 0.5% of the comments)). */
  minSize?: number;
  /** Terms considered for clustering. */
  vocabulary?: number;
  /** Minimum average similarity to merge two groups of terms. */
  linkage?: number;
  /** Maximum number of terms in one suggestion's rule. */
  maxTerms?: number;
  examples?: number;
  /** Prefix of suggested theme ids. */
  idPrefix?: string;
}

export interface SuggestedTheme {
  id: string;
  label: string;
  keyPhrases: string[];
  /** Comments (of those analysed) that the rule matches. */
  size: number;
  examples: string[];
  /** The theme with its match rule, in the taxonomy format. */
  rule: ThemeJson;
}

export interface DiscoveryResult {
  themes: SuggestedTheme[];
  /** Comments analysed (those not covered by the existing taxonomy, and not empty). */
  analysed: number;
  total: number;
}

interface Term {
  key: string;
  df: number;
  surface: Map<string, number>;
}

function isCandidateWord(norm: string): boolean {
  if (norm.length < 3 || STOPWORDS.has(norm) || GENERIC.has(norm)) return false;
  const c = norm.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** Suggest themes from comments. Pure; ~1–2 s per 100,000 short comments. */
export function discover(texts: readonly string[], opts: DiscoverOptions = {}): DiscoveryResult {
  const maxThemes = opts.maxThemes ?? 15;
  const vocabulary = opts.vocabulary ?? 300;
  const linkage = opts.linkage ?? 0.08;
  const maxTerms = opts.maxTerms ?? 10;
  const nExamples = opts.examples ?? 3;
  const idPrefix = opts.idPrefix ?? 'discovered:';

  // 1. candidate terms per comment
  const terms = new Map<string, number>();
  const termList: Term[] = [];
  const docTerms: Int32Array[] = [];
  const docIndex: number[] = [];
  const intern = (key: string, surface: string): number => {
    let id = terms.get(key);
    if (id === undefined) {
      id = termList.length;
      terms.set(key, id);
      termList.push({ key, df: 0, surface: new Map() });
    }
    const t = termList[id]!;
    t.surface.set(surface, (t.surface.get(surface) ?? 0) + 1);
    return id;
  };
  const seen = new Set<number>();
  texts.forEach((text, di) => {
    if (!text) return;
    const tok = tokenize(text);
    if (opts.existingTaxonomy && findMatches(opts.existingTaxonomy, tok).length > 0) return;
    seen.clear();
    let prev: { stem: string; norm: string; clause: number } | null = null;
    for (const t of tok.tokens) {
      if (t.kind !== 'word' || !isCandidateWord(t.norm)) {
        prev = null;
        continue;
      }
      seen.add(intern(t.stem, t.norm));
      if (prev && prev.clause === t.clause && prev.stem !== t.stem) seen.add(intern(`${prev.stem} ${t.stem}`, `${prev.norm} ${t.norm}`));
      prev = { stem: t.stem, norm: t.norm, clause: t.clause };
    }
    if (seen.size === 0) return;
    const arr = Int32Array.from(seen);
    for (const id of arr) termList[id]!.df++;
    docTerms.push(arr);
    docIndex.push(di);
  });
  const N = docTerms.length;
  const total = texts.length;
  if (N === 0) return { themes: [], analysed: 0, total };
  const minDf = Math.max(3, Math.ceil(N * 0.002));
  const maxDf = Math.max(minDf, Math.floor(N * 0.25));
  const minSize = opts.minSize ?? Math.max(5, Math.ceil(N * 0.005));

  const candidates = termList
    .map((t, id) => ({ id, t, w: t.df * Math.log(N / t.df) }))
    .filter((c) => c.t.df >= minDf && c.t.df <= maxDf)
    .sort((a, b) => b.w - a.w || (a.t.key < b.t.key ? -1 : 1))
    .slice(0, vocabulary);
  const M = candidates.length;
  if (M === 0) return { themes: [], analysed: N, total };
  const local = new Int32Array(termList.length).fill(-1);
  candidates.forEach((c, i) => (local[c.id] = i));

  // 2. co-occurrence and clustering
  const co = new Float64Array(M * M);
  const docLocal: Int32Array[] = new Array<Int32Array>(N);
  const buf: number[] = [];
  for (let d = 0; d < N; d++) {
    buf.length = 0;
    for (const id of docTerms[d]!) {
      const l = local[id]!;
      if (l >= 0) buf.push(l);
    }
    docLocal[d] = Int32Array.from(buf);
    for (let a = 0; a < buf.length; a++) {
      for (let b = a + 1; b < buf.length; b++) {
        co[buf[a]! * M + buf[b]!]! += 1;
        co[buf[b]! * M + buf[a]!]! += 1;
      }
    }
  }
  const df = candidates.map((c) => c.t.df);
  // S[i][j]: sum of pairwise similarities between clusters i and j
  const S = new Float64Array(M * M);
  for (let a = 0; a < M; a++) for (let b = 0; b < M; b++) if (a !== b) S[a * M + b] = co[a * M + b]! / Math.sqrt(df[a]! * df[b]!);
  const members: (number[] | null)[] = candidates.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < M; i++) {
      const mi = members[i];
      if (!mi) continue;
      for (let j = i + 1; j < M; j++) {
        const mj = members[j];
        if (!mj || mi.length + mj.length > maxTerms) continue;
        const avg = S[i * M + j]! / (mi.length * mj.length);
        if (avg > best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (best < linkage || bi < 0) break;
    members[bi] = [...members[bi]!, ...members[bj]!];
    members[bj] = null;
    for (let k = 0; k < M; k++) {
      S[bi * M + k] = S[bi * M + k]! + S[bj * M + k]!;
      S[k * M + bi] = S[bi * M + k]!;
    }
    S[bi * M + bi] = 0;
  }
  // a theme needs two or more co-occurring terms: a lone word ("fly", "help") is too vague to name a topic
  const groups = members.filter((m): m is number[] => m !== null && m.length >= 2);

  // 3. greedy selection by newly covered comments
  const groupDocs = groups.map((g) => {
    const inGroup = new Set(g);
    const docs: number[] = [];
    for (let d = 0; d < N; d++) {
      for (const l of docLocal[d]!) {
        if (inGroup.has(l)) {
          docs.push(d);
          break;
        }
      }
    }
    return docs;
  });
  const covered = new Uint8Array(N);
  const chosen: number[] = [];
  const used = new Set<number>();
  while (chosen.length < maxThemes) {
    let best = -1;
    let bestGain = 0;
    groupDocs.forEach((docs, g) => {
      if (used.has(g)) return;
      let gain = 0;
      for (const d of docs) if (!covered[d]) gain++;
      if (gain > bestGain) {
        bestGain = gain;
        best = g;
      }
    });
    if (best < 0 || bestGain < minSize) break;
    used.add(best);
    chosen.push(best);
    for (const d of groupDocs[best]!) covered[d] = 1;
  }

  const surfaceOf = (l: number): string => {
    const t = candidates[l]!.t;
    let out = t.key;
    let n = -1;
    for (const [s, c] of t.surface) {
      if (c > n) {
        n = c;
        out = s;
      }
    }
    return out;
  };
  const slugs = new Set<string>();
  const themes = chosen.map((g): SuggestedTheme => {
    const termsByDf = [...groups[g]!].sort((a, b) => df[b]! - df[a]!);
    const phrases = termsByDf.map(surfaceOf);
    // label: the most frequent two-word phrase when it is common enough, else the most frequent word
    const topDf = df[termsByDf[0]!]!;
    const bigram = termsByDf.find((l) => candidates[l]!.t.key.includes(' ') && df[l]! >= topDf * 0.3);
    const label = capitalise(surfaceOf(bigram ?? termsByDf[0]!));
    let slug = idPrefix + label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    for (let k = 2; slugs.has(slug); k++) slug = `${slug.replace(/-\d+$/, '')}-${k}`;
    slugs.add(slug);
    // rule: drop a pair whose words are both in the rule already (it adds nothing)
    const words = new Set(termsByDf.filter((l) => !candidates[l]!.t.key.includes(' ')).map((l) => candidates[l]!.t.key));
    const ruleTerms = termsByDf.filter((l) => {
      const key = candidates[l]!.t.key;
      if (!key.includes(' ')) return true;
      const [a, b] = key.split(' ');
      return !(words.has(a!) || words.has(b!));
    });
    const inGroup = new Set(groups[g]);
    const docs = groupDocs[g]!;
    const ranked = docs
      .map((d) => {
        let hits = 0;
        for (const l of docLocal[d]!) if (inGroup.has(l)) hits++;
        const len = texts[docIndex[d]!]!.length;
        return { d, hits, len };
      })
      .sort((a, b) => b.hits - a.hits || Math.abs(a.len - 90) - Math.abs(b.len - 90) || a.d - b.d);
    const examples: string[] = [];
    const exSeen = new Set<string>();
    for (const r of ranked) {
      if (examples.length >= nExamples) break;
      const text = texts[docIndex[r.d]!]!.trim();
      if (exSeen.has(text.toLowerCase())) continue;
      exSeen.add(text.toLowerCase());
      examples.push(text);
    }
    return {
      id: slug,
      label,
      keyPhrases: phrases.slice(0, 8),
      size: docs.length,
      examples,
      rule: { id: slug, label, description: `Suggested by discovery from ${docs.length} comments.`, match: { topics: ruleTerms.map(surfaceOf) } },
    };
  });
  return { themes, analysed: N, total };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Suggestions as a taxonomy (to compile and assign them to comments, or to save as a starting point). */
export function suggestionsToTaxonomy(themes: readonly SuggestedTheme[], name = 'Discovered themes'): TaxonomyJson {
  return { name, themes: themes.map((t) => t.rule) };
}
