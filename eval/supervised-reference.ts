/**
 * A yardstick for discovery, evaluation only (nothing here ships, and nothing ships trained on the tweets): how well
 * can a classifier that *sees the labels* pick out each `negativereason`? One logistic regression per reason
 * (one-vs-rest) over a tweet's word stems and adjacent stem pairs, trained by SGD (15 epochs, step 0.3 / (1 + epoch),
 * L2 decay 1e-4), its threshold the one with the best F1 on the training folds, scored by 5-fold cross-validation
 * (fold = position mod 5). When this reaches F1 0.45 for a reason, an unsupervised word list reaching 0.4 for it
 * is close to the ceiling the crowd labels allow. A simple model, so a rough yardstick: weighting a reason's tweets
 * by negatives / positives lifts "Damaged Luggage" (51 tweets) from 0 to 0.23 and lowers six other reasons.
 */
import { tokenize } from '../src/modules/themes/engine/text.ts';

export interface ReferenceScore {
  precision: number;
  recall: number;
  f1: number;
}

const FOLDS = 5;
const EPOCHS = 15;

function features(text: string): string[] {
  const out = new Set<string>();
  let prev = '';
  for (const t of tokenize(text).tokens) {
    if (t.kind !== 'word') {
      prev = '';
      continue;
    }
    out.add(t.stem);
    if (prev) out.add(`${prev} ${t.stem}`);
    prev = t.stem;
  }
  return [...out];
}

export function supervisedReference(labelled: readonly { text: string; reason: string }[], reasons: readonly string[]): Record<string, ReferenceScore> {
  const docs = labelled.map((t, i) => ({ f: features(t.text), reason: t.reason, fold: i % FOLDS }));
  const out: Record<string, ReferenceScore> = {};
  for (const reason of reasons) {
    let tp = 0;
    let predicted = 0;
    let support = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const train = docs.filter((d) => d.fold !== fold);
      const w = new Map<string, number>();
      let b = 0;
      const score = (f: readonly string[]): number => {
        let z = b;
        for (const x of f) z += w.get(x) ?? 0;
        return z;
      };
      for (let epoch = 0; epoch < EPOCHS; epoch++) {
        const lr = 0.3 / (1 + epoch);
        for (const d of train) {
          const g = (d.reason === reason ? 1 : 0) - 1 / (1 + Math.exp(-score(d.f)));
          b += lr * g;
          for (const x of d.f) w.set(x, (w.get(x) ?? 0) * (1 - 1e-4) + lr * g);
        }
      }
      // the threshold with the best F1 on the training folds
      const ranked = train.map((d) => ({ s: score(d.f), y: d.reason === reason ? 1 : 0 })).sort((p, q) => q.s - p.s);
      const positives = ranked.reduce((n, r) => n + r.y, 0);
      let best = -1;
      let threshold = Infinity;
      let hits = 0;
      ranked.forEach((r, k) => {
        hits += r.y;
        const f1 = (2 * hits) / (k + 1 + positives);
        if (f1 > best) {
          best = f1;
          threshold = r.s;
        }
      });
      for (const d of docs) {
        if (d.fold !== fold) continue;
        const yes = score(d.f) >= threshold;
        const truth = d.reason === reason;
        if (yes) predicted++;
        if (truth) support++;
        if (yes && truth) tp++;
      }
    }
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    out[reason] = { precision: r3(precision), recall: r3(recall), f1: r3(f1) };
  }
  return out;
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
