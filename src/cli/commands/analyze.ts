/**
 * `clearloop analyze FILE.csv --text COLUMN [--id COLUMN] [--score COLUMN] [--taxonomy FILE.json|NAME] [--discover]
 * --out RESULT.json`: themes and sentiment of every comment of a CSV file, without a server or a database.
 * The work is in ../analyze-file.ts, loaded only when the command runs. See docs/text-analytics.md.
 */
import type { Command } from 'commander';
import type { SurveyKind } from '../../modules/surveys/score-groups.ts';
import { STARTER_TAXONOMIES } from '../../modules/themes/taxonomies/index.ts';
import { AppError } from '../../shared/errors.ts';
import type { AnalyzeFileOptions, AnalyzeFileResult } from '../analyze-file.ts';

export type { AnalyzeFileOptions, AnalyzeFileResult } from '../analyze-file.ts';

/** The command's work, callable without commander (tests). Writes opts.out and returns what it wrote. */
export async function analyzeFile(opts: AnalyzeFileOptions): Promise<AnalyzeFileResult> {
  const { analyzeFile: run } = await import('../analyze-file.ts');
  return run(opts);
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze <file>')
    .description(
      'Themes and sentiment of every comment in a CSV file, offline (no server, no database). Writes RESULT.json: ' +
        '{"themes": [{id, label, keywords, count}], "rows": [{id, themes, sentiment, sentimentScore}]}. ' +
        'Without --taxonomy, themes come from discovery. With --score, a sentiment model is learnt from the scores when there are enough ' +
        '(300 comments, 30 of each tone). See docs/text-analytics.md.',
    )
    .requiredOption('--text <column>', 'column holding the comment')
    .option('--id <column>', 'column holding the row id (default: the row number)')
    .option('--score <column>', 'column holding the score (0–10 NPS, 1–5 CSAT or 1–7 CES), to learn sentiment from')
    .option('--kind <kind>', 'the score scale: nps, csat or ces (default: guessed from the scores)')
    .option('--taxonomy <file>', `taxonomy JSON file, or a starter taxonomy: ${STARTER_TAXONOMIES.join(', ')}`)
    .option('--discover', 'also suggest themes from the comments no taxonomy theme covers (ids "discovered:…")')
    .option('--max-themes <n>', 'most themes discovery suggests', '15')
    .requiredOption('--out <file>', 'where to write RESULT.json')
    .action(async (file: string, opts: { text: string; id?: string; score?: string; kind?: string; taxonomy?: string; discover?: boolean; maxThemes: string; out: string }) => {
      if (opts.kind !== undefined && !['nps', 'csat', 'ces'].includes(opts.kind)) throw new AppError('validation_error', `--kind ${opts.kind}: expected nps, csat or ces`);
      const maxThemes = Number(opts.maxThemes);
      if (!Number.isInteger(maxThemes) || maxThemes < 1 || maxThemes > 100) throw new AppError('validation_error', `--max-themes ${opts.maxThemes}: expected a whole number 1–100`);
      const { analyzeFile: run } = await import('../analyze-file.ts');
      const started = performance.now();
      const result = await run({
        file,
        text: opts.text,
        id: opts.id,
        score: opts.score,
        kind: opts.kind as SurveyKind | undefined,
        taxonomy: opts.taxonomy,
        discover: opts.discover ?? false,
        maxThemes,
        out: opts.out,
      });
      const withTheme = result.rows.filter((r) => r.themes.length > 0).length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`Analysed ${result.rows.length} comments in ${seconds} s: ${withTheme} with a theme, ${result.themes.length} themes. Written to ${opts.out}.\n`);
    });
}
