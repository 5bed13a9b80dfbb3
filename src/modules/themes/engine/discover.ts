/**
 * Discovery: suggest themes from the comments no taxonomy theme covers.
 *
 * 1. Key phrases: a comment is cut into candidate phrases at stop words, punctuation and clause boundaries; the
 *    stemmed words of a phrase and its adjacent word pairs are its terms. @mentions, links, numbers and names
 *    (words that are, or begin, an @handle of the comments: "united" for @united, "southwest" for @SouthwestAir) are
 *    left out. Terms in too few comments (< minDf) or too many (> 25%) are dropped; the rest are ranked by total
 *    TF-IDF weight, df · ln(N / df), and the top `vocabulary` kept.
 * 2. Phrases that go together: average-link agglomerative clustering of the terms on how often they occur in the
 *    same comments (cosine of their comment sets, co / √(df₁ · df₂)), while the average similarity is ≥ `linkage`.
 *    This joins the words of a phrase and its pairs ("customer", "service", "customer service") and words used
 *    together ("bag", "lost", "claim").
 * 3. Synonyms: groups are merged while the cosine of their context centroids is ≥ `groupLinkage`. A term's context
 *    is described twice, each by positive PMI: the words of the comments it occurs in (the mean over all terms
 *    subtracted, so what every comment of the corpus shares does not count), and the words right before and after
 *    it ("my BAG was", "the STAFF were"); a group's centroid is the √df-weighted sum of its terms' descriptions.
 *    Words that rarely occur together but keep the same company join here: "bag", "luggage", "baggage"; "staff",
 *    "crew", "employees". Centroids of groups are much less noisy than the descriptions of single terms.
 * 4. Selection: groups of two or more terms are taken greedily by how many not-yet-covered comments they match (a
 *    set cover), so suggestions do not repeat each other, up to `maxThemes`, each covering at least `minSize` new
 *    comments (small by default: a small but coherent group, such as damaged bags, is worth a slot).
 *    A group that mostly repeats a suggestion the user dismissed earlier (`dismissed`: half or more of the smaller of
 *    the two term sets in common) is passed over, so a dismissed suggestion does not come back on the next run and
 *    its slot goes to the next best group.
 * 5. Fixed phrases: a pair of a group whose words are both mostly used apart from it, while it occurs far more often
 *    than chance, replaces its words ("gate agent", not "gate" and "agent"; see wordsApart).
 *
 * Each suggestion has a label (its top phrase), key phrases, size (comments its terms match), examples (the comments
 * with the most of its terms), and the match rule (`topics`) that would capture it, ready to paste into a taxonomy.
 * Cost: linear in the text, plus O(vocabulary² · contexts) for the clustering (see docs/text-analytics.md for
 * figures).
 */
import { findMatches } from './analyze.ts';
import { tokenizeIn } from './detect.ts';
import { type Language, LANGUAGE_RULES, LANGUAGES } from './languages.ts';
import { GENERIC, STOPWORDS } from './stopwords.ts';
import type { CompiledTaxonomy, TaxonomyJson, ThemeJson } from './taxonomy.ts';
import { termStems } from './text.ts';

export interface DiscoverOptions {
  /** Comments that match a theme of this taxonomy are left out. */
  existingTaxonomy?: CompiledTaxonomy | null;
  maxThemes?: number;
  /** A suggestion must cover at least this many comments not covered by a better one (default: max(5, 0.1% of the comments)). */
  minSize?: number;
  /** Terms considered for clustering. */
  vocabulary?: number;
  /** Minimum average co-occurrence similarity to merge two groups of terms (step 2). */
  linkage?: number;
  /** Maximum number of words in a group of step 2 (their pairs not counted). */
  maxTerms?: number;
  /** Minimum cosine of two groups' context centroids to merge them (step 3). */
  groupLinkage?: number;
  /** Weight of the surrounding-words context against the same-comment context in step 3 (0…1). */
  windowWeight?: number;
  /** Maximum number of words in one suggestion (their pairs not counted). */
  maxGroupTerms?: number;
  /** Two groups are not merged in step 3 when together they would match more than this share of the comments. */
  maxShare?: number;
  /** Most frequent words used to describe a term's comments (step 3). */
  contexts?: number;
  examples?: number;
  /** Prefix of suggested theme ids. */
  idPrefix?: string;
  /** The key phrases (or rule words) of suggestions the user dismissed: groups that mostly repeat one are not suggested again. */
  dismissed?: readonly (readonly string[])[];
  /**
   * Each comment's likely language or locale ("es", "fr-FR"; aligned with the texts), a hint for detection. Each
   * comment is read in its language (detect.ts): its stems and stop words.
   */
  languageHints?: readonly (string | null | undefined)[];
}

export interface SuggestedTheme {
  id: string;
  label: string;
  keyPhrases: string[];
  /** Comments (of those analysed) that the suggestion's terms match. */
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

/** Words either side of a term that describe its use. */
const WINDOW = 2;

function isCandidateWord(norm: string, lang: Language = 'en'): boolean {
  if (norm.length < 3 || STOPWORDS.has(norm) || GENERIC.has(norm)) return false;
  if (lang !== 'en' && (LANGUAGE_RULES[lang].stopwords.has(norm) || LANGUAGE_RULES[lang].generic.has(norm))) return false;
  const c = norm.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** Suggest themes from comments. Pure. */
export function discover(texts: readonly string[], opts: DiscoverOptions = {}): DiscoveryResult {
  const maxThemes = opts.maxThemes ?? 15;
  const vocabulary = opts.vocabulary ?? 300;
  const linkage = opts.linkage ?? 0.08;
  const maxTerms = opts.maxTerms ?? 10;
  const groupLinkage = opts.groupLinkage ?? 0.2;
  const windowWeight = opts.windowWeight ?? 0.5;
  const maxGroupTerms = opts.maxGroupTerms ?? 16;
  const maxShare = opts.maxShare ?? 0.25;
  const nExamples = opts.examples ?? 3;
  const idPrefix = opts.idPrefix ?? 'discovered:';

  // 1. candidate terms per comment, the words around each candidate word, and the @handles
  const terms = new Map<string, number>();
  const termList: Term[] = [];
  const docTerms: Int32Array[] = [];
  const docIndex: number[] = [];
  const handles = new Map<string, number>();
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
  const ctxKeys = new Map<string, number>();
  const ctxCount: number[] = [];
  let pairs = new Int32Array(1 << 16);
  let nPairs = 0;
  const seen = new Set<number>();
  const seq: { term: number; key: string }[] = [];
  texts.forEach((text, di) => {
    if (!text) return;
    const tok = tokenizeIn(text, { languageHint: opts.languageHints?.[di] ?? null });
    if (opts.existingTaxonomy && findMatches(opts.existingTaxonomy, tok).length > 0) return;
    seen.clear();
    seq.length = 0;
    let prev: { stem: string; norm: string; clause: number } | null = null;
    for (const t of tok.tokens) {
      if (t.kind === 'break' || t.kind === 'url' || t.kind === 'emoticon') continue;
      if (t.kind === 'mention') handles.set(t.norm.slice(1), (handles.get(t.norm.slice(1)) ?? 0) + 1);
      const candidate = t.kind === 'word' && isCandidateWord(t.norm, tok.lang);
      const term = candidate ? intern(t.stem, t.norm) : -1;
      seq.push({ term, key: t.kind === 'word' ? t.stem : `<${t.kind}>` });
      if (!candidate) {
        prev = null;
        continue;
      }
      seen.add(term);
      if (prev && prev.clause === t.clause && prev.stem !== t.stem) seen.add(intern(`${prev.stem} ${t.stem}`, `${prev.norm} ${t.norm}`));
      prev = { stem: t.stem, norm: t.norm, clause: t.clause };
    }
    if (seen.size === 0) return;
    for (let i = 0; i < seq.length; i++) {
      const term = seq[i]!.term;
      if (term < 0) continue;
      for (let k = -WINDOW; k <= WINDOW; k++) {
        if (k === 0 || i + k < 0 || i + k >= seq.length) continue;
        // the side matters: "the STAFF" and "STAFF the" are different uses
        const key = (k < 0 ? '<' : '>') + seq[i + k]!.key;
        let c = ctxKeys.get(key);
        if (c === undefined) {
          c = ctxCount.length;
          ctxKeys.set(key, c);
          ctxCount.push(0);
        }
        ctxCount[c]!++;
        if (nPairs + 2 > pairs.length) {
          const bigger = new Int32Array(pairs.length * 2);
          bigger.set(pairs);
          pairs = bigger;
        }
        pairs[nPairs++] = term;
        pairs[nPairs++] = c;
      }
    }
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
  const minSize = opts.minSize ?? Math.max(5, Math.ceil(N * 0.001));

  const names = [...handles].filter(([, n]) => n >= minDf).map(([h]) => h);
  const isName = (t: Term): boolean =>
    names.length > 0 && [...t.surface.keys()].some((s) => s.split(' ').some((w) => names.some((h) => h === w || (w.length >= 4 && h.startsWith(w)))));
  const candidates = termList
    .map((t, id) => ({ id, t, w: t.df * Math.log(N / t.df) }))
    .filter((c) => c.t.df >= minDf && c.t.df <= maxDf && !isName(c.t))
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
  // the size limits count words: the pairs of a group's words come free
  const words = candidates.map((c) => (c.t.key.includes(' ') ? 0 : 1));
  // the comments each group matches, as bit sets: two groups are not merged past maxShare of the comments
  const maxCover = Math.floor(N * maxShare);
  const cover: Uint32Array[] = candidates.map(() => new Uint32Array((N + 31) >>> 5));
  for (let d = 0; d < N; d++) for (const l of docLocal[d]!) cover[l]![d >>> 5]! |= 1 << (d & 31);
  const apart = new Uint8Array(M * M);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < M; i++) {
      const mi = members[i];
      if (!mi) continue;
      for (let j = i + 1; j < M; j++) {
        const mj = members[j];
        if (!mj || words[i]! + words[j]! > maxTerms || apart[i * M + j]) continue;
        const avg = S[i * M + j]! / (mi.length * mj.length);
        if (avg > best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (best < linkage || bi < 0) break;
    const union = unionCover(cover[bi]!, cover[bj]!, maxCover);
    if (!union) {
      apart[bi * M + bj] = 1;
      continue;
    }
    cover[bi] = union;
    members[bi] = [...members[bi]!, ...members[bj]!];
    members[bj] = null;
    words[bi]! += words[bj]!;
    for (let k = 0; k < M; k++) {
      S[bi * M + k] = S[bi * M + k]! + S[bj * M + k]!;
      S[k * M + bi] = S[bi * M + k]!;
      apart[Math.min(bi, k) * M + Math.max(bi, k)] = apart[Math.min(bi, k) * M + Math.max(bi, k)]! | apart[Math.min(bj, k) * M + Math.max(bj, k)]!;
    }
    S[bi * M + bi] = 0;
  }

  // 3. groups that keep the same company are one topic
  const docCtx = commentContexts(docTerms, termList, local, M, N, opts.contexts ?? 1500);
  const winCtx = windowContexts(pairs.subarray(0, nPairs), ctxCount, local, M);
  mergeByContext(members, words, cover, maxCover, docCtx, winCtx, windowWeight, df, groupLinkage, maxGroupTerms);
  // a theme needs two or more terms: a lone word ("fly", "help") is too vague to name a topic
  const groups = members.filter((m): m is number[] => m !== null && m.length >= 2);

  // 4. greedy selection by newly covered comments
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
  // a dismissed phrase in each language's stems: the suggestion may have been in any of them
  const dismissedKeys = (opts.dismissed ?? []).flatMap((phrases) => LANGUAGES.map((lang) => new Set(phrases.map((p) => termStems(p, lang).join(' ')).filter((k) => k !== ''))));
  groups.forEach((g, i) => {
    if (dismissedKeys.some((d) => repeats(g.map((l) => candidates[l]!.t.key), d))) used.add(i);
  });
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
  const keyOf = (l: number): string => candidates[l]!.t.key;
  const slugs = new Set<string>();
  const themes = chosen.map((g): SuggestedTheme => {
    const apart = wordsApart(groups[g]!, keyOf, df, N);
    const termsByDf = groups[g]!.filter((l) => !apart.has(keyOf(l))).sort((a, b) => df[b]! - df[a]!);
    const phrases = termsByDf.map(surfaceOf);
    // label: the most frequent two-word phrase when it is common enough, else the most frequent word
    const topDf = df[termsByDf[0]!]!;
    const bigram = termsByDf.find((l) => keyOf(l).includes(' ') && df[l]! >= topDf * 0.3);
    const label = capitalise(surfaceOf(bigram ?? termsByDf[0]!));
    let slug = idPrefix + label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    for (let k = 2; slugs.has(slug); k++) slug = `${slug.replace(/-\d+$/, '')}-${k}`;
    slugs.add(slug);
    const ruleTerms = ruleOf(termsByDf, keyOf);
    const inGroup = new Set(termsByDf);
    const docs = apart.size === 0 ? groupDocs[g]! : groupDocs[g]!.filter((d) => docLocal[d]!.some((l) => inGroup.has(l)));
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

/** A group repeats a dismissed suggestion when half or more of the smaller of the two term sets is in both. */
function repeats(groupKeys: readonly string[], dismissed: ReadonlySet<string>): boolean {
  if (dismissed.size === 0) return false;
  let common = 0;
  for (const k of groupKeys) if (dismissed.has(k)) common++;
  return common > 0 && common >= 0.5 * Math.min(groupKeys.length, dismissed.size);
}

/** A fixed phrase occurs at least this many times more often than its words would by chance. */
const PHRASE_LIFT = 5;
/** A word whose fixed phrase is less than this share of its uses mostly names something else. */
const PHRASE_SHARE = 0.35;

/**
 * Words of a group that are mostly used apart from the group's fixed phrase: when both words of a pair of the group
 * are used apart from it more than (1 − PHRASE_SHARE) of the time, and the pair is a fixed phrase (lift ≥
 * PHRASE_LIFT), the suggestion keeps the phrase and not its words. "gate agent" names a person, while "gate" and
 * "agent" alone are mostly about waiting at a gate or phoning an agent, and would match the comments of other topics.
 */
function wordsApart(group: readonly number[], keyOf: (l: number) => string, df: readonly number[], N: number): Set<string> {
  const byKey = new Map(group.map((l) => [keyOf(l), l]));
  const apart = new Set<string>();
  for (const l of group) {
    const key = keyOf(l);
    if (!key.includes(' ')) continue;
    const [a, b] = key.split(' ') as [string, string];
    const la = byKey.get(a);
    const lb = byKey.get(b);
    if (la === undefined || lb === undefined) continue;
    const n = df[l]!;
    if (n < PHRASE_SHARE * df[la]! && n < PHRASE_SHARE * df[lb]! && (n * N) / (df[la]! * df[lb]!) >= PHRASE_LIFT) {
      apart.add(a);
      apart.add(b);
    }
  }
  return apart;
}

/** The terms of a suggestion's rule: its words, and the pairs none of whose words is in the rule already. */
function ruleOf(termsByDf: readonly number[], keyOf: (l: number) => string): number[] {
  const words = new Set(termsByDf.map(keyOf).filter((k) => !k.includes(' ')));
  return termsByDf.filter((l) => {
    const key = keyOf(l);
    if (!key.includes(' ')) return true;
    const [a, b] = key.split(' ');
    return !(words.has(a!) || words.has(b!));
  });
}

/** Dense term descriptions, one row of C per term, each of unit length. */
interface DenseVectors {
  vec: Float64Array;
  C: number;
}

/**
 * Each term described by the words of the comments it occurs in: positive PMI with the `contexts` most frequent
 * words, unit length, minus the mean description (what every comment of this corpus shares), unit length again.
 */
function commentContexts(docTerms: readonly Int32Array[], termList: readonly Term[], local: Int32Array, M: number, N: number, contexts: number): DenseVectors {
  const ctxIds = termList
    .map((t, id) => ({ id, df: t.df, uni: !t.key.includes(' ') }))
    .filter((c) => c.uni && c.df >= 3)
    .sort((a, b) => b.df - a.df || a.id - b.id)
    .slice(0, contexts);
  const C = ctxIds.length;
  const ctxOf = new Int32Array(termList.length).fill(-1);
  ctxIds.forEach((c, j) => (ctxOf[c.id] = j));
  const co = new Float32Array(M * C);
  const targetDf = new Float64Array(M);
  const tl: number[] = [];
  const cl: number[] = [];
  for (const ids of docTerms) {
    tl.length = 0;
    cl.length = 0;
    for (const id of ids) {
      const l = local[id]!;
      if (l >= 0) tl.push(l);
      const c = ctxOf[id]!;
      if (c >= 0) cl.push(c);
    }
    for (const l of tl) {
      targetDf[l]!++;
      for (const c of cl) co[l * C + c]! += 1;
    }
  }
  // a term is not its own context
  for (let c = 0; c < C; c++) {
    const l = local[ctxIds[c]!.id]!;
    if (l >= 0) co[l * C + c] = 0;
  }
  const vec = new Float64Array(M * C);
  const mean = new Float64Array(C);
  for (let l = 0; l < M; l++) {
    const row = vec.subarray(l * C, (l + 1) * C);
    for (let c = 0; c < C; c++) {
      const k = co[l * C + c]!;
      if (k < 2) continue;
      const pmi = Math.log((k * N) / (targetDf[l]! * ctxIds[c]!.df));
      if (pmi > 0) row[c] = pmi;
    }
    normalise(row);
    for (let c = 0; c < C; c++) mean[c]! += row[c]! / M;
  }
  for (let l = 0; l < M; l++) {
    const row = vec.subarray(l * C, (l + 1) * C);
    for (let c = 0; c < C; c++) row[c]! -= mean[c]!;
    normalise(row);
  }
  return { vec, C };
}

/**
 * Each term described by the words right before and after it (`WINDOW` each side, side kept): positive PMI against
 * the smoothed context distribution (counts^0.75), unit length. Sparse.
 */
function windowContexts(pairs: Int32Array, ctxCount: readonly number[], local: Int32Array, M: number): Map<number, number>[] {
  const rows: Map<number, number>[] = Array.from({ length: M }, () => new Map<number, number>());
  const rowTotal = new Float64Array(M);
  for (let p = 0; p < pairs.length; p += 2) {
    const l = local[pairs[p]!]!;
    if (l < 0) continue;
    const c = pairs[p + 1]!;
    const r = rows[l]!;
    r.set(c, (r.get(c) ?? 0) + 1);
    rowTotal[l]!++;
  }
  let smoothTotal = 0;
  for (const n of ctxCount) smoothTotal += Math.pow(n, 0.75);
  return rows.map((r, l) => {
    const v = new Map<number, number>();
    for (const [c, k] of r) {
      if (k < 2) continue;
      const pmi = Math.log(k / rowTotal[l]! / (Math.pow(ctxCount[c]!, 0.75) / smoothTotal));
      if (pmi > 0) v.set(c, pmi);
    }
    return normaliseSparse(v);
  });
}

/**
 * Merges groups (in place), best pair first, while the similarity of their centroids is at least `threshold`:
 * (1 − w) · cosine of the comment-context centroids + w · cosine of the window-context centroids.
 */
function mergeByContext(
  members: (number[] | null)[],
  words: number[],
  cover: Uint32Array[],
  maxCover: number,
  docCtx: DenseVectors,
  winCtx: readonly Map<number, number>[],
  w: number,
  df: readonly number[],
  threshold: number,
  maxTerms: number,
): void {
  const { C } = docCtx;
  const G = members.length;
  const cent = members.map((m) => (m ? centroid(m, docCtx, winCtx, df) : null));
  const sim = (i: number, j: number): number => centroidSimilarity(cent[i]!, cent[j]!, C, w);
  const S = new Float64Array(G * G).fill(-1);
  for (let i = 0; i < G; i++) for (let j = i + 1; j < G; j++) if (cent[i] && cent[j]) S[i * G + j] = sim(i, j);
  for (;;) {
    let best = threshold;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < G; i++) {
      const mi = members[i];
      if (!mi) continue;
      for (let j = i + 1; j < G; j++) {
        const mj = members[j];
        if (!mj || words[i]! + words[j]! > maxTerms) continue;
        if (S[i * G + j]! >= best) {
          best = S[i * G + j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) return;
    // a suggestion about everything is about nothing: two topics whose comments together are too many stay apart
    const union = unionCover(cover[bi]!, cover[bj]!, maxCover);
    if (!union) {
      S[bi * G + bj] = -1;
      continue;
    }
    cover[bi] = union;
    members[bi] = [...members[bi]!, ...members[bj]!];
    members[bj] = null;
    words[bi]! += words[bj]!;
    cent[bj] = null;
    cent[bi] = centroid(members[bi]!, docCtx, winCtx, df);
    for (let k = 0; k < G; k++) {
      if (k === bi || !cent[k]) continue;
      if (k < bi) S[k * G + bi] = sim(k, bi);
      else S[bi * G + k] = sim(bi, k);
    }
  }
}

interface Centroid {
  d: Float64Array;
  w: Map<number, number>;
}

/** The √df-weighted sum of the terms' descriptions, unit length (each kind of context apart). */
function centroid(m: readonly number[], docCtx: DenseVectors, winCtx: readonly Map<number, number>[], df: readonly number[]): Centroid {
  const { vec, C } = docCtx;
  const d = new Float64Array(C);
  const wv = new Map<number, number>();
  for (const l of m) {
    const weight = Math.sqrt(df[l]!);
    for (let c = 0; c < C; c++) d[c]! += weight * vec[l * C + c]!;
    for (const [c, x] of winCtx[l]!) wv.set(c, (wv.get(c) ?? 0) + weight * x);
  }
  return { d: normalise(d), w: normaliseSparse(wv) };
}

function centroidSimilarity(a: Centroid, b: Centroid, C: number, w: number): number {
  let d = 0;
  for (let c = 0; c < C; c++) d += a.d[c]! * b.d[c]!;
  const [small, big] = a.w.size < b.w.size ? [a.w, b.w] : [b.w, a.w];
  let s = 0;
  for (const [c, x] of small) {
    const y = big.get(c);
    if (y !== undefined) s += x * y;
  }
  return (1 - w) * d + w * s;
}

/** The union of two comment sets, or null when it has more than `max` comments. */
function unionCover(a: Uint32Array, b: Uint32Array, max: number): Uint32Array | null {
  const union = new Uint32Array(a.length);
  let n = 0;
  for (let k = 0; k < union.length; k++) {
    union[k] = a[k]! | b[k]!;
    n += popcount(union[k]!);
  }
  return n > max ? null : union;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function normalise(v: Float64Array): Float64Array {
  let n2 = 0;
  for (const x of v) n2 += x * x;
  const n = Math.sqrt(n2) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

function normaliseSparse(v: Map<number, number>): Map<number, number> {
  let n2 = 0;
  for (const x of v.values()) n2 += x * x;
  const n = Math.sqrt(n2) || 1;
  for (const [c, x] of v) v.set(c, x / n);
  return v;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Suggestions as a taxonomy (to compile and assign them to comments, or to save as a starting point). */
export function suggestionsToTaxonomy(themes: readonly SuggestedTheme[], name = 'Discovered themes'): TaxonomyJson {
  return { name, themes: themes.map((t) => t.rule) };
}
