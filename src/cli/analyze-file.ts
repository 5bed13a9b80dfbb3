/**
 * The work of `clearloop analyze` (see commands/analyze.ts): themes and sentiment of every comment of a CSV file,
 * without a server or a database. Loaded only when the command runs. See docs/text-analytics.md.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { readRows } from '../modules/imports/response-csv.ts';
import { scoreTone, type SurveyKind } from '../modules/surveys/score-groups.ts';
import {
  analyze,
  canLearn,
  compileTaxonomy,
  discover,
  npsImpact,
  trainSentiment,
  TaxonomyError,
  type CompiledTaxonomy,
  type LabelledText,
  type Sentiment,
  type SentimentModel,
  type SuggestedTheme,
  type TaxonomyJson,
} from '../modules/themes/engine/index.ts';
import { isStarterTaxonomy, STARTER_TAXONOMIES, starterTaxonomy } from '../modules/themes/taxonomies/index.ts';
import { AppError } from '../shared/errors.ts';
import { checkWritable } from './output-file.ts';
import { progressBar } from './progress.ts';

export interface AnalyzeFileOptions {
  file: string;
  text: string;
  id?: string;
  score?: string;
  kind?: SurveyKind;
  taxonomy?: string;
  discover?: boolean;
  maxThemes?: number;
  out: string;
  /** Where progress and notes go (default: stderr). */
  log?: (line: string) => void;
}

export interface AnalyzeFileResult {
  themes: { id: string; label: string; keywords: string[]; count: number; [extra: string]: unknown }[];
  rows: { id: string; themes: string[]; sentiment: Sentiment; sentimentScore: number; [extra: string]: unknown }[];
  [extra: string]: unknown;
}

function findColumn(header: string[], name: string, option: string): number {
  let i = header.indexOf(name);
  if (i < 0) i = header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  if (i < 0) throw new AppError('validation_error', `${option} ${name}: no such column. The file's columns are: ${header.map((h) => JSON.stringify(h)).join(', ')}`);
  return i;
}

function loadTaxonomy(ref: string): TaxonomyJson {
  if (isStarterTaxonomy(ref)) return starterTaxonomy(ref);
  let raw: string;
  try {
    raw = readFileSync(ref, 'utf8');
  } catch {
    throw new AppError('validation_error', `--taxonomy ${ref}: no such file, and not a starter taxonomy (${STARTER_TAXONOMIES.join(', ')})`);
  }
  try {
    return JSON.parse(raw) as TaxonomyJson;
  } catch (err) {
    throw new AppError('validation_error', `--taxonomy ${ref}: not valid JSON (${(err as Error).message})`);
  }
}

function compile(json: TaxonomyJson, what: string): CompiledTaxonomy {
  try {
    return compileTaxonomy(json);
  } catch (err) {
    if (err instanceof TaxonomyError) throw new AppError('validation_error', `${what}: ${err.message}`);
    throw err;
  }
}

/** The survey kind from the scores seen: 0–10 → NPS, 1–5 → CSAT, 1–7 → CES. */
function inferKind(scores: number[]): SurveyKind {
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  if (min >= 1 && max <= 5) return 'csat';
  if (min >= 1 && max <= 7) return 'ces';
  return 'nps';
}

/** The command's work, callable without commander (tests). Writes opts.out and returns what it wrote. */
export async function analyzeFile(opts: AnalyzeFileOptions): Promise<AnalyzeFileResult> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let header: string[] | null = null;
  let textCol = -1;
  let idCol = -1;
  let scoreCol = -1;
  const rows: { id: string; text: string; score: number | null }[] = [];
  // a result that cannot be written is known before the analysis, not after it
  checkWritable(opts.out, '--out');
  try {
    if (!statSync(opts.file).isFile()) throw new AppError('validation_error', `${opts.file}: not a file`);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('validation_error', `${opts.file}: no such file`);
  }
  try {
    for await (const cells of readRows(opts.file)) {
      if (!header) {
        header = cells;
        textCol = findColumn(header, opts.text, '--text');
        if (opts.id !== undefined) idCol = findColumn(header, opts.id, '--id');
        if (opts.score !== undefined) scoreCol = findColumn(header, opts.score, '--score');
        continue;
      }
      const rawScore = scoreCol >= 0 ? (cells[scoreCol] ?? '').trim() : '';
      const score = rawScore === '' ? null : Number(rawScore);
      rows.push({
        id: idCol >= 0 ? (cells[idCol] ?? '') : String(rows.length + 1),
        text: cells[textCol] ?? '',
        score: score !== null && Number.isFinite(score) ? score : null,
      });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new AppError('validation_error', `${opts.file}: no such file`);
    throw new AppError('validation_error', `${opts.file}: cannot read it as CSV (${e.message})`);
  }
  if (!header) throw new AppError('validation_error', `${opts.file}: the file is empty (a header row is needed)`);
  log(`Read ${rows.length} rows from ${opts.file}.`);

  // taxonomy, and discovery when asked for or when there is no taxonomy
  let taxonomyJson: TaxonomyJson = { name: 'none', themes: [] };
  if (opts.taxonomy !== undefined) {
    taxonomyJson = loadTaxonomy(opts.taxonomy);
    const compiled = compile(taxonomyJson, `--taxonomy ${opts.taxonomy}`);
    log(`Taxonomy "${compiled.name}": ${compiled.themes.length} themes.`);
  } else {
    log('No --taxonomy given: themes come from discovery alone (suggested themes, ids "discovered:…").');
  }
  let suggestions: SuggestedTheme[] = [];
  if (opts.discover || opts.taxonomy === undefined) {
    const existing = opts.taxonomy !== undefined ? compile(taxonomyJson, 'taxonomy') : null;
    const found = discover(
      rows.map((r) => r.text),
      { existingTaxonomy: existing, maxThemes: opts.maxThemes ?? 15, idPrefix: 'discovered:' },
    );
    suggestions = found.themes;
    log(`Discovery: ${suggestions.length} themes from the ${found.analysed} comments no taxonomy theme covers.`);
  }
  const tax = compile({ name: taxonomyJson.name, themes: [...taxonomyJson.themes, ...suggestions.map((s) => s.rule)] }, 'taxonomy with discovered themes');

  // sentiment model: learnt from the file's scores when there are enough
  let model: SentimentModel | null = null;
  let kind: SurveyKind | null = null;
  let modelNote = 'built-in lexicon model';
  if (scoreCol >= 0) {
    const scored = rows.filter((r): r is typeof r & { score: number } => r.score !== null);
    if (scored.length === 0) log(`--score ${opts.score}: no numeric scores; using the built-in sentiment model.`);
    else {
      kind = opts.kind ?? inferKind(scored.map((r) => r.score));
      const examples: LabelledText[] = scored.filter((r) => r.text.trim() !== '').map((r) => ({ text: r.text, label: scoreTone(kind!, r.score) }));
      const ready = canLearn(examples);
      if (ready.ok) {
        model = trainSentiment(examples);
        modelNote = `model learnt from ${ready.reason}, scores read as ${kind.toUpperCase()}`;
      } else modelNote = `built-in lexicon model (not enough to learn from the scores: ${ready.reason})`;
    }
  }
  log(`Sentiment: ${modelNote}.`);

  const bar = progressBar('Analysing', rows.length);
  const counts = new Map<string, { count: number; negative: number; positive: number }>();
  const outRows: AnalyzeFileResult['rows'] = [];
  for (const r of rows) {
    const a = analyze(tax, r.text, { model });
    const themeSentiment: Record<string, Sentiment> = {};
    for (const t of a.themes) {
      themeSentiment[t.id] = t.sentiment;
      const c = counts.get(t.id) ?? { count: 0, negative: 0, positive: 0 };
      c.count++;
      if (t.sentiment === 'negative') c.negative++;
      else if (t.sentiment === 'positive') c.positive++;
      counts.set(t.id, c);
    }
    outRows.push({
      id: r.id,
      themes: a.themes.map((t) => t.id),
      sentiment: a.sentiment,
      sentimentScore: a.sentimentScore,
      // the language the comment was read in (en, es, fr, de): filter or split the file by it
      language: a.language,
      themeSentiment,
      ...(r.score !== null ? { score: r.score } : {}),
    });
    bar.increment();
  }
  bar.stop();

  const discovered = new Map(suggestions.map((s) => [s.id, s]));
  const themes: AnalyzeFileResult['themes'] = tax.themes.map((t) => {
    const c = counts.get(t.id) ?? { count: 0, negative: 0, positive: 0 };
    const s = discovered.get(t.id);
    return {
      id: t.id,
      label: t.label,
      keywords: s ? s.keyPhrases : t.keywords,
      count: c.count,
      parentId: t.parent === null ? null : tax.themes[t.parent]!.id,
      negative: c.negative,
      positive: c.positive,
      ...(s ? { discovered: true, rule: s.rule, examples: s.examples } : {}),
    };
  });
  const result: AnalyzeFileResult = { themes, rows: outRows, sentimentModel: modelNote };
  if (kind === 'nps') {
    const impact = npsImpact(outRows.filter((r) => typeof r.score === 'number').map((r) => ({ score: r.score as number, themes: r.themes })));
    result.nps = impact.nps;
    result.topProblems = impact.themes.filter((t) => t.detractors > 0).slice(0, 20);
  }
  try {
    writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
  } catch (err) {
    throw new AppError('validation_error', `--out ${opts.out}: cannot write it (${(err as Error).message})`);
  }
  return result;
}

