/**
 * The statistics behind every number Clearloop shows. Inputs are counts per score (index = score 0…10).
 *
 * NPS (0–10): promoters 9–10, detractors 0–6. NPS = 100·(pP − pD).
 *   Scoring each response +1 (promoter), 0 (passive), −1 (detractor), the variance of one response is
 *   Var = pP + pD − (pP − pD)², SE = √(Var / n), 95% margin of error = 1.96 · SE · 100 points.
 * CSAT (1–5): p = share of 4s and 5s; CSAT = 100·p; SE = √(p(1 − p) / n); margin = 1.96 · SE · 100 points.
 * CES (1–7): mean score; SE = s / √n with s the sample standard deviation (n − 1); margin = 1.96 · SE.
 * Change between two independent periods: SE = √(SE₁² + SE₂²) in the score's units; significant at 95% when
 * |Δ| > 1.96 · SE; the two-sided p-value is 2·(1 − Φ(|Δ| / SE)).
 */
import type { SurveyKind } from '../surveys/score-groups.ts';

export const Z95 = 1.96;

export interface Summary {
  total: number;
  /** Headline: NPS points, CSAT percent or CES mean; null without responses. */
  score: number | null;
  /** Standard error of `score`, in its units; null when it cannot be estimated. */
  standardError: number | null;
  marginOfError: number | null;
  promoters?: number;
  passives?: number;
  detractors?: number;
  nps?: number | null;
  satisfied?: number;
  csat?: number | null;
  mean?: number | null;
}

export function emptyCounts(): number[] {
  return new Array<number>(11).fill(0);
}

export function addCounts(into: number[], from: readonly number[]): void {
  for (let i = 0; i <= 10; i++) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
}

function sum(counts: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i <= to; i++) s += counts[i] ?? 0;
  return s;
}

export function round(x: number | null, digits = 2): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function npsSummary(counts: readonly number[]): Summary {
  return npsOfGroups(sum(counts, 0, 10), sum(counts, 9, 10), sum(counts, 0, 6));
}

/** The NPS summary of `n` scored responses of which `promoters` and `detractors` (the rest passives). */
export function npsOfGroups(n: number, promoters: number, detractors: number): Summary {
  const passives = n - promoters - detractors;
  if (n === 0) return { total: 0, score: null, standardError: null, marginOfError: null, promoters, passives, detractors, nps: null };
  const pP = promoters / n;
  const pD = detractors / n;
  const nps = 100 * (pP - pD);
  const variance = pP + pD - (pP - pD) ** 2;
  const se = Math.sqrt(Math.max(variance, 0) / n) * 100;
  return { total: n, score: nps, standardError: se, marginOfError: Z95 * se, promoters, passives, detractors, nps };
}

export function csatSummary(counts: readonly number[]): Summary {
  const n = sum(counts, 0, 10);
  const satisfied = sum(counts, 4, 5);
  if (n === 0) return { total: 0, score: null, standardError: null, marginOfError: null, satisfied, csat: null };
  const p = satisfied / n;
  const se = Math.sqrt((p * (1 - p)) / n) * 100;
  return { total: n, score: 100 * p, standardError: se, marginOfError: Z95 * se, satisfied, csat: 100 * p };
}

export function cesSummary(counts: readonly number[]): Summary {
  const n = sum(counts, 0, 10);
  if (n === 0) return { total: 0, score: null, standardError: null, marginOfError: null, mean: null };
  let s = 0;
  for (let i = 0; i <= 10; i++) s += i * (counts[i] ?? 0);
  const mean = s / n;
  if (n < 2) return { total: n, score: mean, standardError: null, marginOfError: null, mean };
  let ss = 0;
  for (let i = 0; i <= 10; i++) ss += (counts[i] ?? 0) * (i - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const se = sd / Math.sqrt(n);
  return { total: n, score: mean, standardError: se, marginOfError: Z95 * se, mean };
}

export function summarize(kind: SurveyKind, counts: readonly number[]): Summary {
  switch (kind) {
    case 'nps':
      return npsSummary(counts);
    case 'csat':
      return csatSummary(counts);
    case 'ces':
      return cesSummary(counts);
  }
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; absolute error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

export interface Change {
  delta: number;
  standardError: number;
  z: number;
  pValue: number;
  significant: boolean;
}

/** Difference of two independent period summaries (current − previous); null when either cannot be estimated. */
export function compare(current: Summary, previous: Summary): Change | null {
  if (current.score === null || previous.score === null || current.standardError === null || previous.standardError === null) return null;
  const delta = current.score - previous.score;
  const se = Math.sqrt(current.standardError ** 2 + previous.standardError ** 2);
  if (se === 0) return { delta, standardError: 0, z: delta === 0 ? 0 : Infinity, pValue: delta === 0 ? 1 : 0, significant: delta !== 0 };
  const z = delta / se;
  return { delta, standardError: se, z, pValue: 2 * (1 - normalCdf(Math.abs(z))), significant: Math.abs(delta) > Z95 * se };
}
