/**
 * A second yardstick for discovery, evaluation only: the best *word list* someone who sees the labels could write for
 * each `negativereason`, scored on tweets it was not written from. Discovered themes are word lists (their rule is
 * `topics`), so this bounds what any discovery method can reach on a reason far more directly than a classifier does.
 *
 * The list is grown greedily: start empty, add the word stem (in ≥ MIN_DF labelled tweets) that raises F1 on the
 * fitting half the most, stop when no stem adds MIN_GAIN, at most MAX_WORDS stems. Two-fold: fit on one half (by a
 * hash of the tweet id), score on the other, and the other way round; the reported precision, recall and F1 pool the
 * two scored halves. Each half is about the size of the held-out split, so the figure is also what such a list
 * would score on unseen tweets of that size. The fitting half's F1 is reported too: the gap is over-fitting.
 */
import { tokenize } from '../src/modules/themes/engine/text.ts';
import { fnv1a } from './hash.ts';

export interface WordListScore {
  precision: number;
  recall: number;
  f1: number;
  /** F1 on the tweets the lists were fitted on (average of the two folds). */
  fitF1: number;
  /** The list fitted on the first half, for the report. */
  words: string[];
}

const MIN_DF = 10;
const MIN_GAIN = 0.005;
const MAX_WORDS = 25;

function f1Of(tp: number, assigned: number, support: number): number {
  return tp === 0 ? 0 : (2 * tp) / (assigned + support);
}

export function wordListReference(labelled: readonly { id: string; text: string; reason: string }[], reasons: readonly string[]): Record<string, WordListScore> {
  const n = labelled.length;
  const fold = labelled.map((t) => fnv1a(`${t.id}:word-list`) % 2);
  // the tweets of each stem, as a list of indexes
  const docsOf = new Map<string, number[]>();
  labelled.forEach((t, i) => {
    const seen = new Set<string>();
    for (const tok of tokenize(t.text).tokens) if (tok.kind === 'word') seen.add(tok.stem);
    for (const s of seen) {
      let d = docsOf.get(s);
      if (!d) docsOf.set(s, (d = []));
      d.push(i);
    }
  });
  const stems = [...docsOf].filter(([, d]) => d.length >= MIN_DF).map(([s]) => s).sort();
  const out: Record<string, WordListScore> = {};
  for (const reason of reasons) {
    const isReason = labelled.map((t) => t.reason === reason);
    let tp = 0;
    let assigned = 0;
    let support = 0;
    let fitSum = 0;
    let firstWords: string[] = [];
    for (const fitFold of [0, 1]) {
      const covered = new Uint8Array(n);
      let cTp = 0;
      let cAssigned = 0;
      let fitSupport = 0;
      for (let i = 0; i < n; i++) if (fold[i] === fitFold && isReason[i]) fitSupport++;
      const words: string[] = [];
      let current = 0;
      while (words.length < MAX_WORDS) {
        let best = '';
        let bestF1 = current + MIN_GAIN;
        let bestTp = 0;
        let bestAssigned = 0;
        for (const s of stems) {
          let addTp = 0;
          let add = 0;
          for (const i of docsOf.get(s)!) {
            if (fold[i] !== fitFold || covered[i]) continue;
            add++;
            if (isReason[i]) addTp++;
          }
          if (add === 0) continue;
          const f = f1Of(cTp + addTp, cAssigned + add, fitSupport);
          if (f > bestF1) {
            bestF1 = f;
            best = s;
            bestTp = cTp + addTp;
            bestAssigned = cAssigned + add;
          }
        }
        if (!best) break;
        words.push(best);
        for (const i of docsOf.get(best)!) covered[i] = 1;
        cTp = bestTp;
        cAssigned = bestAssigned;
        current = bestF1;
      }
      fitSum += current;
      if (fitFold === 0) firstWords = words;
      // score on the other half
      const list = new Set(words.flatMap((w) => docsOf.get(w)!));
      for (let i = 0; i < n; i++) {
        if (fold[i] === fitFold) continue;
        const has = list.has(i);
        if (isReason[i]) support++;
        if (has) assigned++;
        if (has && isReason[i]) tp++;
      }
    }
    const precision = assigned ? tp / assigned : 0;
    const recall = support ? tp / support : 0;
    out[reason] = { precision, recall, f1: f1Of(tp, assigned, support), fitF1: fitSum / 2, words: firstWords };
  }
  return out;
}
