/**
 * npm run eval:themes [-- --data DIR] [--tweets FILE.csv] [--verbatims FILE.csv] [--out FILE]
 *
 * Measures the text-analytics engine on the shared data sets (default ../shared/data, relative to the repo):
 * 1. Airline tweets (CC BY-NC-SA: evaluation only, nothing that ships is trained on them):
 *    - theme assignment with eval/airline-taxonomy.json against `negativereason` (negative tweets, "Can't Tell" left
 *      out): per reason precision / recall / F1 and the macro average. A tweet labelled R is a hit when the theme
 *      mapped to R is among its themes; a theme's precision is over the labelled tweets it is assigned to;
 *    - discovery alone (no taxonomy) over all negative tweets: for each reason the best-matching discovered theme
 *      (by F1, computed the same way) and how many reasons reach F1 ≥ 0.4; beside it two yardsticks that see the
 *      labels (supervised-reference.ts, word-list-reference.ts), for how high that bar is on these labels;
 *    - sentiment accuracy against `airline_sentiment`: the built-in model on every tweet, and a model learnt from
 *      70% of the tweets (by a hash of tweet_id) and tested on the other 30%.
 * 2. NPS verbatims (broadband provider) with the telecom starter taxonomy: the top problems, themes ranked by impact
 *    on NPS (the points NPS would move if the theme's detractors were passives), with counts.
 * Prints a report (stdout) and writes eval/results.json.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import airlineTaxonomy from './airline-taxonomy.json' with { type: 'json' };
import { readRows } from '../src/modules/imports/response-csv.ts';
import {
  analyze,
  assignThemes,
  canLearn,
  compileTaxonomy,
  discover,
  npsImpact,
  predictSentiment,
  scoreText,
  suggestionsToTaxonomy,
  trainSentiment,
  type Sentiment,
} from '../src/modules/themes/engine/index.ts';
import { starterTaxonomy } from '../src/modules/themes/taxonomies/index.ts';
import { supervisedReference } from './supervised-reference.ts';
import { fnv1a } from './hash.ts';
import { wordListReference } from './word-list-reference.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** negativereason → theme id of eval/airline-taxonomy.json. */
const REASON_THEME: Record<string, string> = {
  'Customer Service Issue': 'customer_service',
  'Late Flight': 'late_flight',
  'Cancelled Flight': 'cancelled_flight',
  'Lost Luggage': 'lost_luggage',
  'Bad Flight': 'bad_flight',
  'Flight Booking Problems': 'booking',
  'Flight Attendant Complaints': 'flight_attendant',
  longlines: 'long_lines',
  'Damaged Luggage': 'damaged_luggage',
};
const DISCOVERY_MAX_THEMES = 20;
const TARGETS = { macroF1: 0.6, discoveryMatched: 6, builtinAccuracy: 0.65, learntAccuracy: 0.78 };

async function readCsv(file: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  let header: string[] | null = null;
  for await (const cells of readRows(file)) {
    if (!header) {
      header = cells;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    out.push(row);
  }
  return out;
}

/** The tweets are HTML-escaped (README): undo it before analysis. */
function unescapeHtml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  assigned: number;
}

function prf(tp: number, assigned: number, support: number): Prf {
  const precision = assigned > 0 ? tp / assigned : 0;
  const recall = support > 0 ? tp / support : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1), support, assigned };
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function pad(s: string | number, n: number): string {
  const str = String(s);
  return str.length >= n ? str : str + ' '.repeat(n - str.length);
}

function lpad(s: string | number, n: number): string {
  const str = String(s);
  return str.length >= n ? str : ' '.repeat(n - str.length) + str;
}

function accuracy(pairs: { truth: Sentiment; predicted: Sentiment }[]): { accuracy: number; n: number; confusion: Record<string, Record<string, number>> } {
  const confusion: Record<string, Record<string, number>> = {};
  let ok = 0;
  for (const p of pairs) {
    confusion[p.truth] ??= { negative: 0, neutral: 0, positive: 0 };
    confusion[p.truth]![p.predicted]!++;
    if (p.truth === p.predicted) ok++;
  }
  return { accuracy: r3(ok / Math.max(1, pairs.length)), n: pairs.length, confusion };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, tweets: { type: 'string' }, verbatims: { type: 'string' } } });
  const dataDir = path.resolve(ROOT, values.data ?? '../shared/data');
  const outFile = path.resolve(ROOT, values.out ?? 'eval/results.json');
  const tweetsFile = values.tweets ? path.resolve(values.tweets) : datasetFile(path.join(dataDir, 'twitter_airline_sentiment'), 'tweets_shared.csv');
  if (!tweetsFile) throw new Error(`No airline tweets: give --tweets FILE.csv, or put the CSV in ${path.join(dataDir, 'twitter_airline_sentiment')}`);
  const verbatimsFile = values.verbatims ? path.resolve(values.verbatims) : datasetFile(path.join(dataDir, 'nps_survey_verbatims'), 'nps_verbatims_shared.csv');
  const lines: string[] = [];
  const say = (s = '') => {
    lines.push(s);
    process.stdout.write(`${s}\n`);
  };
  const t0 = performance.now();

  // ------------------------------------------------------------------------------------------------ airline tweets
  const tweets = (await readCsv(tweetsFile)).map((r) => ({
    id: r.tweet_id ?? '',
    sentiment: r.airline_sentiment as Sentiment,
    reason: r.negativereason ?? '',
    text: unescapeHtml(r.text ?? ''),
  }));
  say(`Clearloop text analytics evaluation (${new Date().toISOString().slice(0, 10)})`);
  say(`Data: ${path.relative(ROOT, tweetsFile)}${verbatimsFile ? `, ${path.relative(ROOT, verbatimsFile)}` : ''}`);
  say();
  say(`== Airline tweets: ${tweets.length} tweets ==`);

  const tax = compileTaxonomy(airlineTaxonomy);
  const labelled = tweets.filter((t) => t.sentiment === 'negative' && t.reason !== '' && t.reason in REASON_THEME);
  const assigned = labelled.map((t) => new Set(assignThemes(tax, t.text)));
  const perReason: Record<string, Prf & { theme: string }> = {};
  for (const [reason, theme] of Object.entries(REASON_THEME)) {
    let tp = 0;
    let support = 0;
    let nAssigned = 0;
    labelled.forEach((t, i) => {
      const has = assigned[i]!.has(theme);
      if (t.reason === reason) support++;
      if (has) nAssigned++;
      if (has && t.reason === reason) tp++;
    });
    perReason[reason] = { theme, ...prf(tp, nAssigned, support) };
  }
  const macro = {
    precision: r3(avg(Object.values(perReason).map((r) => r.precision))),
    recall: r3(avg(Object.values(perReason).map((r) => r.recall))),
    f1: r3(avg(Object.values(perReason).map((r) => r.f1))),
  };
  const noTheme = assigned.filter((s) => s.size === 0).length;
  say();
  say(`Theme assignment (eval/airline-taxonomy.json) on ${labelled.length} negative tweets with a reason ("Can't Tell" left out)`);
  say(`${pad('reason', 30)}${pad('theme', 18)}${lpad('support', 8)}${lpad('assigned', 9)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}`);
  for (const [reason, r] of Object.entries(perReason)) {
    say(`${pad(reason, 30)}${pad(r.theme, 18)}${lpad(r.support, 8)}${lpad(r.assigned, 9)}${lpad(r.precision.toFixed(3), 7)}${lpad(r.recall.toFixed(3), 7)}${lpad(r.f1.toFixed(3), 7)}`);
  }
  say(`${pad('macro average', 56)}${lpad(macro.precision.toFixed(3), 7)}${lpad(macro.recall.toFixed(3), 7)}${lpad(macro.f1.toFixed(3), 7)}   target ≥ ${TARGETS.macroF1}: ${macro.f1 >= TARGETS.macroF1 ? 'MET' : 'NOT MET'}`);
  say(`Tweets with no theme: ${noTheme} (${pct(noTheme / labelled.length)})`);

  // discovery alone
  const negatives = tweets.filter((t) => t.sentiment === 'negative');
  const td = performance.now();
  const found = discover(
    negatives.map((t) => t.text),
    { maxThemes: DISCOVERY_MAX_THEMES },
  );
  const discoverySeconds = (performance.now() - td) / 1000;
  const dtax = compileTaxonomy(suggestionsToTaxonomy(found.themes));
  const dAssigned = labelled.map((t) => new Set(assignThemes(dtax, t.text)));
  const discoveryMatch: Record<string, { theme: string; label: string } & Prf> = {};
  for (const reason of Object.keys(REASON_THEME)) {
    let best: ({ theme: string; label: string } & Prf) | null = null;
    for (const th of found.themes) {
      let tp = 0;
      let support = 0;
      let nAssigned = 0;
      labelled.forEach((t, i) => {
        const has = dAssigned[i]!.has(th.id);
        if (t.reason === reason) support++;
        if (has) nAssigned++;
        if (has && t.reason === reason) tp++;
      });
      const m = prf(tp, nAssigned, support);
      if (!best || m.f1 > best.f1) best = { theme: th.id, label: th.label, ...m };
    }
    if (best) discoveryMatch[reason] = best;
  }
  const matched = Object.values(discoveryMatch).filter((m) => m.f1 >= 0.4).length;
  say();
  say(`Discovery alone (no taxonomy, maxThemes ${DISCOVERY_MAX_THEMES}) over ${negatives.length} negative tweets: ${found.themes.length} themes in ${discoverySeconds.toFixed(2)} s`);
  for (const th of found.themes) say(`  ${pad(th.label, 24)} ${lpad(th.size, 5)}  ${th.keyPhrases.slice(0, 6).join(', ')}`);
  say(`Best discovered theme per reason (F1 over the labelled tweets):`);
  for (const [reason, m] of Object.entries(discoveryMatch)) {
    say(`  ${pad(reason, 30)}${pad(m.label, 24)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}${m.f1 >= 0.4 ? '  ✓' : ''}`);
  }
  say(`Reasons matched with F1 ≥ 0.4: ${matched} of 9   target ≥ ${TARGETS.discoveryMatched}: ${matched >= TARGETS.discoveryMatched ? 'MET' : 'NOT MET'}`);
  const reference = supervisedReference(labelled, Object.keys(REASON_THEME));
  say(`Yardstick: a classifier that sees the labels (logistic regression per reason, 5-fold cross-validation; evaluation only):`);
  for (const [reason, m] of Object.entries(reference)) {
    say(`  ${pad(reason, 30)}P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}   discovery ${discoveryMatch[reason]?.f1.toFixed(3) ?? '–'}`);
  }
  const wordLists = wordListReference(labelled, Object.keys(REASON_THEME));
  say(`Yardstick: the best word list written knowing the labels, scored on tweets it was not written from (2-fold; evaluation only):`);
  for (const [reason, m] of Object.entries(wordLists)) {
    say(`  ${pad(reason, 30)}P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)} (${m.fitF1.toFixed(3)} on its own half)   ${m.words.slice(0, 8).join(' ')}`);
  }
  const listReach = Object.values(wordLists).filter((m) => m.f1 >= 0.4).length;
  say(`Reasons a label-fitted word list reaches with F1 ≥ 0.4 on unseen tweets: ${listReach} of 9`);

  // sentiment: built-in
  const builtin = accuracy(tweets.map((t) => ({ truth: t.sentiment, predicted: scoreText(t.text).sentiment })));
  // sentiment: learnt on 70% (by tweet_id hash), tested on 30%
  const train = tweets.filter((t) => fnv1a(t.id) % 100 < 70);
  const test = tweets.filter((t) => fnv1a(t.id) % 100 >= 70);
  const examples = train.map((t) => ({ text: t.text, label: t.sentiment }));
  const tl = performance.now();
  const model = trainSentiment(examples);
  const trainSeconds = (performance.now() - tl) / 1000;
  const learnt = accuracy(test.map((t) => ({ truth: t.sentiment, predicted: predictSentiment(model, t.text).sentiment })));
  const builtinOnTest = accuracy(test.map((t) => ({ truth: t.sentiment, predicted: scoreText(t.text).sentiment })));
  const majority = r3(Math.max(...(['negative', 'neutral', 'positive'] as const).map((l) => test.filter((t) => t.sentiment === l).length)) / test.length);
  say();
  say(`Sentiment against airline_sentiment`);
  say(`  built-in lexicon model, all ${builtin.n} tweets: accuracy ${builtin.accuracy.toFixed(3)}   target ≥ ${TARGETS.builtinAccuracy}: ${builtin.accuracy >= TARGETS.builtinAccuracy ? 'MET' : 'NOT MET'}`);
  say(`    confusion (truth → predicted): ${JSON.stringify(builtin.confusion)}`);
  say(`  learnt model: trained on ${train.length} tweets (70% by tweet_id hash, ${canLearn(examples).reason}; ${model.features.length} features, ${trainSeconds.toFixed(1)} s),`);
  say(`    tested on ${learnt.n}: accuracy ${learnt.accuracy.toFixed(3)}   target ≥ ${TARGETS.learntAccuracy}: ${learnt.accuracy >= TARGETS.learntAccuracy ? 'MET' : 'NOT MET'}`);
  say(`    (same 30%: built-in ${builtinOnTest.accuracy.toFixed(3)}, majority class ${majority.toFixed(3)})`);
  say(`    confusion (truth → predicted): ${JSON.stringify(learnt.confusion)}`);

  // ------------------------------------------------------------------------------------------------ NPS verbatims
  const nps = verbatimsFile ? await npsVerbatims(verbatimsFile, say) : null;
  if (!verbatimsFile) {
    say();
    say('NPS verbatims: no nps_survey_verbatims/*.csv in the data folder (nor --verbatims), section skipped.');
  }
  say();
  say(`Done in ${((performance.now() - t0) / 1000).toFixed(1)} s. Report written to ${path.relative(ROOT, outFile)}.`);

  const results = {
    generatedAt: new Date().toISOString(),
    targets: TARGETS,
    airline: {
      tweets: tweets.length,
      assignment: { labelledTweets: labelled.length, tweetsWithoutTheme: noTheme, perReason, macro, met: macro.f1 >= TARGETS.macroF1 },
      discovery: {
        maxThemes: DISCOVERY_MAX_THEMES,
        tweets: negatives.length,
        seconds: r3(discoverySeconds),
        themes: found.themes.map((t) => ({ id: t.id, label: t.label, size: t.size, keyPhrases: t.keyPhrases, rule: t.rule.match })),
        bestPerReason: discoveryMatch,
        matched,
        met: matched >= TARGETS.discoveryMatched,
        supervisedReference: reference,
        wordListReference: Object.fromEntries(Object.entries(wordLists).map(([r, m]) => [r, { precision: r3(m.precision), recall: r3(m.recall), f1: r3(m.f1), fitF1: r3(m.fitF1), words: m.words }])),
      },
      sentiment: {
        builtin: { ...builtin, met: builtin.accuracy >= TARGETS.builtinAccuracy },
        learnt: { trainedOn: train.length, testedOn: learnt.n, features: model.features.length, ...learnt, builtinOnSameTest: builtinOnTest.accuracy, majorityClass: majority, met: learnt.accuracy >= TARGETS.learntAccuracy },
      },
    },
    nps,
    report: lines,
  };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
}

/** The NPS verbatims with the telecom starter taxonomy: top problems by impact, discovery in what it leaves. */
async function npsVerbatims(file: string, say: (s?: string) => void) {
  const verbatims = (await readCsv(file)).map((r) => ({
    id: r.response_id ?? '',
    score: r.NPS_SCORE === '' || r.NPS_SCORE === undefined ? null : Number(r.NPS_SCORE),
    text: r.text ?? '',
  }));
  const telecom = compileTaxonomy(starterTaxonomy('telecom'));
  const analysed = verbatims.map((v) => ({ ...v, analysis: analyze(telecom, v.text) }));
  const scored = analysed.filter((v): v is typeof v & { score: number } => v.score !== null && Number.isFinite(v.score));
  const impact = npsImpact(scored.map((v) => ({ score: v.score, themes: v.analysis.themes.filter((t) => t.parentId === null).map((t) => t.id) })));
  const negShare = new Map<string, { negative: number; total: number }>();
  for (const v of analysed) {
    for (const t of v.analysis.themes) {
      const s = negShare.get(t.id) ?? { negative: 0, total: 0 };
      s.total++;
      if (t.sentiment === 'negative') s.negative++;
      negShare.set(t.id, s);
    }
  }
  const covered = analysed.filter((v) => v.analysis.themes.length > 0).length;
  const npsSentiment = accuracy(scored.map((v) => ({ truth: v.score >= 9 ? 'positive' : v.score >= 7 ? 'neutral' : 'negative', predicted: v.analysis.sentiment })));
  say();
  say(`== NPS verbatims (broadband provider): ${verbatims.length} comments, ${scored.length} scored, NPS ${impact.nps} ==`);
  say(`Telecom starter taxonomy: ${covered} comments (${pct(covered / verbatims.length)}) have at least one theme`);
  say(`Top problems: themes ranked by impact on NPS (points NPS would gain if the theme's detractors were passives)`);
  say(`${pad('theme', 34)}${lpad('comments', 9)}${lpad('detractors', 11)}${lpad('passives', 9)}${lpad('promoters', 10)}${lpad('NPS', 8)}${lpad('impact', 8)}${lpad('negative', 10)}`);
  for (const row of impact.themes) {
    const label = telecom.byId.get(row.id)?.label ?? row.id;
    const s = negShare.get(row.id);
    say(
      `${pad(label, 34)}${lpad(row.count, 9)}${lpad(row.detractors, 11)}${lpad(row.passives, 9)}${lpad(row.promoters, 10)}${lpad(row.nps.toFixed(1), 8)}${lpad(row.impact.toFixed(1), 8)}${lpad(s ? pct(s.negative / s.total) : '', 10)}`,
    );
  }
  const uncovered = discover(
    verbatims.map((v) => v.text),
    { existingTaxonomy: telecom, maxThemes: 8 },
  );
  say(`Discovery over the ${uncovered.analysed} comments no telecom theme covers:`);
  for (const th of uncovered.themes) say(`  ${pad(th.label, 24)} ${lpad(th.size, 5)}  ${th.keyPhrases.slice(0, 6).join(', ')}`);
  say(`Built-in sentiment vs NPS group (promoter → positive, passive → neutral, detractor → negative): accuracy ${npsSentiment.accuracy.toFixed(3)} on ${npsSentiment.n}`);
  return {
    comments: verbatims.length,
    scored: scored.length,
    nps: impact.nps,
    covered,
    topProblems: impact.themes.map((row) => ({ ...row, label: telecom.byId.get(row.id)?.label ?? row.id, negativeShare: r3((negShare.get(row.id)?.negative ?? 0) / (negShare.get(row.id)?.total ?? 1)) })),
    discoveredInUncovered: uncovered.themes.map((t) => ({ label: t.label, size: t.size, keyPhrases: t.keyPhrases })),
    builtinSentimentVsGroup: npsSentiment,
  };
}

/**
 * The data set's CSV in `dir`: `preferred` when it is there, else the folder's only CSV (a held-out copy may be named
 * differently), else null (no folder, or several CSVs and none preferred: then name the file with an option).
 */
function datasetFile(dir: string, preferred: string): string | null {
  if (!existsSync(dir)) return null;
  if (existsSync(path.join(dir, preferred))) return path.join(dir, preferred);
  const csvs = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv'));
  if (csvs.length === 1) return path.join(dir, csvs[0]!);
  if (csvs.length > 1) throw new Error(`${dir} holds ${csvs.length} CSV files (${csvs.join(', ')}): name the one to use with --tweets or --verbatims`);
  return null;
}

function avg(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

await main();
