import type { Command } from 'commander';
import type { PeopleField } from '../../modules/imports/people-csv.ts';
import type { TargetField } from '../../modules/imports/response-csv.ts';
import { AppError } from '../../shared/errors.ts';
import { openAppContext } from './open-context.ts';
import { systemAuthForSurvey } from './system-auth.ts';

const FIELDS = ['score', 'comment', 'email', 'name', 'externalId', 'phone', 'team', 'location', 'employee', 'channel', 'createdAt', 'ignore'];

export function registerImportCommand(program: Command): void {
  const imp = program.command('import').description('Import data from files');
  imp
    .command('responses <file>')
    .description(
      'Import responses from a CSV file into a survey. Columns named score, comment, email, name, external_id, team, location, employee, channel, created_at ' +
        '(and common variants) are recognised; other columns become response properties. The whole file is checked first: with any problem nothing is written.',
    )
    .requiredOption('--survey <id>', 'survey id')
    .option('--map <column=field...>', `map a column to a field (${FIELDS.join(', ')})`)
    .option('--skip-invalid', 'import the valid rows even when some rows have problems')
    .action(async (file: string, opts: { survey: string; map?: string[]; skipInvalid?: boolean }) => {
      const mapping = parseMap(opts.map, FIELDS) as Record<string, TargetField>;
      const ctx = await openAppContext();
      try {
        const { countCsvRows, importResponsesCsv } = await import('../../modules/imports/response-csv.ts');
        const { progressBar } = await import('../progress.ts');
        const auth = await systemAuthForSurvey(ctx, opts.survey);
        const total = await countCsvRows(file);
        const bar = progressBar('Importing', total);
        const report = await importResponsesCsv(ctx, auth, { file, surveyId: opts.survey, mapping, skipInvalid: opts.skipInvalid ?? false, onProgress: (n) => bar.increment(n) });
        bar.stop();
        finish(report);
      } finally {
        await ctx.close();
      }
    });

  imp
    .command('people <file>')
    .description(
      'Import people from a CSV file into a workspace. Columns named email, name, external_id, phone, locale, time_zone and account (and common variants) are recognised; ' +
        'other columns become person properties. People are matched by email, then external id, and updated. The whole file is checked first.',
    )
    .requiredOption('--workspace <name>', 'workspace name or slug')
    .option('--map <column=field...>', `map a column to a field (${PEOPLE_FIELDS.join(', ')})`)
    .option('--skip-invalid', 'import the valid rows even when some rows have problems')
    .action(async (file: string, opts: { workspace: string; map?: string[]; skipInvalid?: boolean }) => {
      const mapping = parseMap(opts.map, PEOPLE_FIELDS) as Record<string, PeopleField>;
      const ctx = await openAppContext();
      try {
        const { importPeopleCsv } = await import('../../modules/imports/people-csv.ts');
        const { countCsvRows } = await import('../../modules/imports/response-csv.ts');
        const { progressBar } = await import('../progress.ts');
        const ws = await ctx.workspaces.findByNameOrSlug(opts.workspace);
        if (!ws) throw new AppError('not_found', `no workspace named "${opts.workspace}"`);
        const auth = { workspaceId: ws.id, via: 'api_key' as const, role: null, scope: 'write' as const, userId: null, apiKeyId: null };
        const bar = progressBar('Importing', await countCsvRows(file));
        const report = await importPeopleCsv(ctx, auth, { file, mapping, skipInvalid: opts.skipInvalid ?? false, onProgress: (n) => bar.increment(n) });
        bar.stop();
        finish(report);
      } finally {
        await ctx.close();
      }
    });
}

const PEOPLE_FIELDS = ['email', 'name', 'externalId', 'phone', 'locale', 'timeZone', 'account', 'ignore'];

function parseMap(pairs: string[] | undefined, fields: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const m of pairs ?? []) {
    const i = m.lastIndexOf('=');
    const field = m.slice(i + 1);
    if (i < 1 || !fields.includes(field)) throw new AppError('validation_error', `--map ${m}: expected COLUMN=FIELD with FIELD one of ${fields.join(', ')}`);
    mapping[m.slice(0, i)] = field;
  }
  return mapping;
}

/** Prints the validation report (row and column of each problem) and the outcome. */
function finish(report: { rows: number; imported: number; problems: { row: number; column: string; message: string }[] }): void {
  for (const p of report.problems.slice(0, 50)) process.stderr.write(`row ${p.row}, column ${p.column}: ${p.message}\n`);
  if (report.problems.length > 50) process.stderr.write(`… and ${report.problems.length - 50} more problems\n`);
  if (report.problems.length > 0 && report.imported === 0) {
    process.stderr.write(`Nothing was imported: fix the rows above, or pass --skip-invalid to import only the valid rows.\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Imported ${report.imported} of ${report.rows} rows.\n`);
  }
}
