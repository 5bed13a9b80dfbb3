/**
 * The learnt sentiment model: multinomial logistic regression over stemmed unigrams and bigrams with negation
 * marking (words after "not/no/never/…n't" up to the next comma or clause end get a "!" prefix), plus two dense
 * features from the built-in lexicon (its positive and negative valence). Trained with AdaGrad SGD and L2
 * regularisation, deterministically (fixed seed). The model is plain JSON: store it, load it, score with it.
 *
 * Labels come from the workspace's own scores: promoter/satisfied/easy → positive, passive/neutral → neutral,
 * detractor/dissatisfied/difficult → negative (see `scoreTone` in surveys/score-groups.ts).
 */
import { clauseValences } from './sentiment.ts';
import { type Sentiment, round } from './sentiment.ts';
import { type ReadOptions, tokenizeIn } from './detect.ts';
import type { Tokenized } from './text.ts';

export const LABELS: readonly Sentiment[] = ['negative', 'neutral', 'positive'];

/** Enough labelled comments to learn from: at least MIN_TOTAL, and MIN_PER_CLASS of each label. */
export const MIN_TOTAL = 300;
export const MIN_PER_CLASS = 30;

export interface LabelledText {
  text: string;
  label: Sentiment;
  /** The language or locale of the page it was written on ("es", "fr-FR"…): a hint for detection (detect.ts). */
  language?: string | null;
}

export interface SentimentModel {
  kind: 'clearloop.sentiment.logreg';
  version: 1;
  labels: Sentiment[];
  /** Feature strings, aligned with each row of `weights`. */
  features: string[];
  /** weights[class][feature], rounded to 4 decimals. */
  weights: number[][];
  bias: number[];
  /** Weights of the two lexicon features [positive valence, negative valence] per class. */
  lexiconWeights: number[][];
  trainedOn: number;
  counts: Record<Sentiment, number>;
}

export interface TrainOptions {
  epochs?: number;
  /** L2 regularisation strength. */
  l2?: number;
  learningRate?: number;
  /** A feature must appear in at least this many comments. */
  minCount?: number;
  maxFeatures?: number;
}

export function labelCounts(examples: readonly LabelledText[]): Record<Sentiment, number> {
  const counts: Record<Sentiment, number> = { negative: 0, neutral: 0, positive: 0 };
  for (const e of examples) counts[e.label]++;
  return counts;
}

/** Whether there are enough labelled comments to learn a model (and why not). */
export function canLearn(examples: readonly LabelledText[]): { ok: boolean; reason: string } {
  const c = labelCounts(examples);
  const total = c.negative + c.neutral + c.positive;
  if (total < MIN_TOTAL) return { ok: false, reason: `${total} labelled comments, ${MIN_TOTAL} needed` };
  const short = LABELS.filter((l) => c[l] < MIN_PER_CLASS);
  if (short.length > 0) return { ok: false, reason: `fewer than ${MIN_PER_CLASS} ${short.join(' and ')} comments` };
  return { ok: true, reason: `${total} labelled comments (${c.negative} negative, ${c.neutral} neutral, ${c.positive} positive)` };
}

/** Sparse features of a tokenized text (deduplicated). */
export function textFeatures(tok: Tokenized, from = 0, to = tok.tokens.length): string[] {
  const feats = new Set<string>();
  let negated = false;
  let prev = '^';
  let clause = -1;
  for (let i = from; i < to; i++) {
    const t = tok.tokens[i]!;
    if (t.clause !== clause) {
      clause = t.clause;
      negated = false;
      prev = '^';
    }
    if (t.kind === 'break') {
      negated = false;
      prev = '^';
      continue;
    }
    if (t.kind === 'mention' || t.kind === 'url') continue;
    let f: string;
    if (t.kind === 'number') f = '#';
    else if (t.kind === 'emoticon') f = t.norm;
    else f = t.stem;
    if (t.negator) {
      feats.add('NEG');
      feats.add(f);
      negated = true;
      prev = f;
      continue;
    }
    const g = negated ? `!${f}` : f;
    feats.add(g);
    feats.add(`${prev} ${g}`);
    prev = g;
  }
  return [...feats];
}

function lexiconFeatures(tok: Tokenized): [number, number] {
  let pos = 0;
  let neg = 0;
  for (const v of clauseValences(tok)) {
    if (v > 0) pos += v;
    else neg -= v;
  }
  return [Math.log1p(pos), Math.log1p(neg)];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  idx: Int32Array;
  val: number;
  lex: [number, number];
  y: number;
}

/** Learn a sentiment model from labelled comments. Pure and deterministic. */
export function trainSentiment(examples: readonly LabelledText[], opts: TrainOptions = {}): SentimentModel {
  const epochs = opts.epochs ?? 12;
  const l2 = opts.l2 ?? 1e-4;
  const lr = opts.learningRate ?? 0.05;
  const minCount = opts.minCount ?? 2;
  const maxFeatures = opts.maxFeatures ?? 60_000;
  const K = LABELS.length;

  const docs = examples.map((e) => {
    const tok = tokenizeIn(e.text, { languageHint: e.language ?? null });
    return { feats: textFeatures(tok), lex: lexiconFeatures(tok), y: LABELS.indexOf(e.label) };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.feats) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxFeatures)
    .map(([f]) => f);
  const index = new Map(features.map((f, i) => [f, i]));
  const rows: Row[] = docs.map((d) => {
    const idx = Int32Array.from(d.feats.map((f) => index.get(f) ?? -1).filter((i) => i >= 0));
    return { idx, val: idx.length > 0 ? 1 / Math.sqrt(idx.length) : 0, lex: d.lex, y: d.y };
  });

  const F = features.length;
  const W = Array.from({ length: K }, () => new Float64Array(F));
  const G = Array.from({ length: K }, () => new Float64Array(F).fill(1e-8));
  const L = Array.from({ length: K }, () => [0, 0]);
  const GL = Array.from({ length: K }, () => [1e-8, 1e-8]);
  const b = new Float64Array(K);
  const gb = new Float64Array(K).fill(1e-8);
  const rand = mulberry32(42);
  const order = rows.map((_, i) => i);
  const p = new Float64Array(K);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      if (row.y < 0) continue;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = b[k]! + L[k]![0]! * row.lex[0] + L[k]![1]! * row.lex[1];
        const w = W[k]!;
        for (const f of row.idx) z += w[f]! * row.val;
        p[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        p[k] = Math.exp(p[k]! - max);
        sum += p[k]!;
      }
      for (let k = 0; k < K; k++) {
        const err = p[k]! / sum - (k === row.y ? 1 : 0);
        const w = W[k]!;
        const g = G[k]!;
        for (const f of row.idx) {
          const grad = err * row.val + l2 * w[f]!;
          g[f] = g[f]! + grad * grad;
          w[f] = w[f]! - (lr * grad) / Math.sqrt(g[f]!);
        }
        for (let d = 0; d < 2; d++) {
          const grad = err * row.lex[d]! + l2 * L[k]![d]!;
          GL[k]![d] = GL[k]![d]! + grad * grad;
          L[k]![d] = L[k]![d]! - (lr * grad) / Math.sqrt(GL[k]![d]!);
        }
        gb[k] = gb[k]! + err * err;
        b[k] = b[k]! - (lr * err) / Math.sqrt(gb[k]!);
      }
    }
  }
  return {
    kind: 'clearloop.sentiment.logreg',
    version: 1,
    labels: [...LABELS],
    features,
    weights: W.map((w) => Array.from(w, (x) => round(x, 4))),
    bias: Array.from(b, (x) => round(x, 4)),
    lexiconWeights: L.map((l) => l.map((x) => round(x, 4))),
    trainedOn: rows.length,
    counts: labelCounts(examples),
  };
}

interface Compiled {
  index: Map<string, number>;
  model: SentimentModel;
}
const compiledCache = new WeakMap<SentimentModel, Compiled>();

function compiled(model: SentimentModel): Compiled {
  let c = compiledCache.get(model);
  if (!c) {
    if (model.kind !== 'clearloop.sentiment.logreg' || model.version !== 1 || model.weights.length !== model.labels.length) {
      throw new Error('not a Clearloop sentiment model (kind clearloop.sentiment.logreg, version 1)');
    }
    c = { index: new Map(model.features.map((f, i) => [f, i])), model };
    compiledCache.set(model, c);
  }
  return c;
}

/** Validate a model read from JSON (throws with a clear message when it is not one). */
export function loadSentimentModel(json: unknown): SentimentModel {
  const m = json as SentimentModel;
  compiled(m);
  return m;
}

export interface Prediction {
  sentiment: Sentiment;
  /** P(positive) − P(negative), −1…1. */
  score: number;
  probabilities: Record<Sentiment, number>;
}

/** Predict with a learnt model over a tokenized text (or a token range of it, e.g. one clause). */
export function predictTokens(model: SentimentModel, tok: Tokenized, from?: number, to?: number): Prediction {
  const { index } = compiled(model);
  const idx: number[] = [];
  for (const f of textFeatures(tok, from, to)) {
    const i = index.get(f);
    if (i !== undefined) idx.push(i);
  }
  const val = idx.length > 0 ? 1 / Math.sqrt(idx.length) : 0;
  const lex = lexiconFeatures(from === undefined ? tok : sliceTokenized(tok, from, to ?? tok.tokens.length));
  const K = model.labels.length;
  const z: number[] = [];
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    let s = model.bias[k]! + model.lexiconWeights[k]![0]! * lex[0] + model.lexiconWeights[k]![1]! * lex[1];
    const w = model.weights[k]!;
    for (const i of idx) s += w[i]! * val;
    z.push(s);
    if (s > max) max = s;
  }
  let sum = 0;
  for (let k = 0; k < K; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  const probabilities: Record<Sentiment, number> = { negative: 0, neutral: 0, positive: 0 };
  let best = 0;
  for (let k = 0; k < K; k++) {
    probabilities[model.labels[k]!] = z[k]! / sum;
    if (z[k]! > z[best]!) best = k;
  }
  return { sentiment: model.labels[best]!, score: round(probabilities.positive - probabilities.negative), probabilities };
}

export function predictSentiment(model: SentimentModel, text: string, opts: ReadOptions = {}): Prediction {
  return predictTokens(model, tokenizeIn(text, opts));
}

function sliceTokenized(tok: Tokenized, from: number, to: number): Tokenized {
  const c = tok.tokens[from]?.clause ?? 0;
  const clause = tok.clauses[c];
  return { text: tok.text, lang: tok.lang, tokens: tok.tokens, clauses: clause ? [{ ...clause, from, to }] : [], exclamations: 0, questions: tok.questions };
}
