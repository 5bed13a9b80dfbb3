/** `clearloop import delighted FILE.csv --survey ID`: a Delighted response export into a Clearloop survey. */
import type { Command } from 'commander';
import { openAppContext } from './open-context.ts';
import { systemAuthForSurvey } from './system-auth.ts';

export function registerImportDelightedCommand(program: Command): void {
  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('Import data from files');
  imp
    .command('delighted <file>')
    .description(
      'Import a Delighted response export (CSV) into a survey, keeping each response\'s original time, the person (email, name) and properties. ' +
        'Recognises Response ID, Person ID, Score, Comment, Created, Email, Name, Phone number, Tags, Notes, Delighted Source and "Properties: …" columns; ' +
        'other columns become properties. The whole file is checked first: with any problem nothing is written. ' +
        'Rows whose Response ID was already imported into the survey are skipped, so a re-run is safe.',
    )
    .requiredOption('--survey <id>', 'survey id (an NPS survey)')
    .option('--skip-invalid', 'import the valid rows even when some rows have problems')
    .action(async (file: string, opts: { survey: string; skipInvalid?: boolean }) => {
      const ctx = await openAppContext();
      try {
        const { importDelightedCsv } = await import('../../modules/delighted/delighted-csv.ts');
        const { countCsvRows } = await import('../../modules/imports/response-csv.ts');
        const { progressBar } = await import('../progress.ts');
        const auth = await systemAuthForSurvey(ctx, opts.survey);
        const total = await countCsvRows(file);
        const bar = progressBar('Importing', total);
        const report = await importDelightedCsv(ctx, auth, { file, surveyId: opts.survey, skipInvalid: opts.skipInvalid ?? false, onProgress: (n) => bar.increment(n) });
        bar.stop();
        for (const p of report.problems.slice(0, 50)) process.stderr.write(`row ${p.row}, column ${p.column}: ${p.message}\n`);
        if (report.problems.length > 50) process.stderr.write(`… and ${report.problems.length - 50} more problems\n`);
        if (report.problems.length > 0 && report.imported === 0) {
          process.stderr.write('Nothing was imported: fix the rows above, or pass --skip-invalid to import only the valid rows.\n');
          process.exitCode = 1;
        } else {
          const again = report.skippedExisting > 0 ? ` (${report.skippedExisting} already imported before, skipped)` : '';
          process.stdout.write(`Imported ${report.imported} of ${report.rows} rows${again}.\n`);
        }
      } finally {
        await ctx.close();
      }
    });
}
