import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors.ts';
import { checkWritable } from '../output-file.ts';
import { openAppContext } from './open-context.ts';
import { systemAuthForSurvey } from './system-auth.ts';

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
}

export function registerExportCommand(program: Command): void {
  const exp = program.command('export').description('Export data');
  exp
    .command('responses')
    .description('Export the responses of a survey, newest first, to stdout or a file')
    .requiredOption('--survey <id>', 'survey id')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { survey: string; format: string; out?: string }) => {
      if (opts.format !== 'csv' && opts.format !== 'json') throw new AppError('validation_error', '--format must be csv or json');
      if (opts.out) checkWritable(opts.out, '--out');
      const ctx = await openAppContext();
      try {
        const { stringify } = await import('csv-stringify/sync');
        // loaded here, not at start-up: every other command stays light (test/cli/light-startup.test.ts)
        const { csvRow, CSV_COLUMNS } = await import('../../modules/responses/response-csv-export.ts');
        const { progressBar } = await import('../progress.ts');
        const auth = await systemAuthForSurvey(ctx, opts.survey);
        const total = Number(
          (await ctx.database.db.selectFrom('response').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', opts.survey).executeTakeFirstOrThrow()).n,
        );
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        const names = await ctx.responses.surveyNames(auth.workspaceId);
        const bar = progressBar('Exporting', total);
        if (opts.format === 'csv') await write(out, stringify([CSV_COLUMNS]));
        else await write(out, '[');
        let cursor: string | undefined;
        let first = true;
        do {
          const page = await ctx.responses.list(auth, { surveyId: opts.survey, limit: 200, cursor });
          for (const r of page.data) {
            if (opts.format === 'csv') await write(out, stringify([csvRow(r, names.get(r.surveyId))]));
            else {
              await write(out, `${first ? '\n' : ',\n'}${JSON.stringify(r)}`);
              first = false;
            }
          }
          bar.increment(page.data.length);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (opts.format === 'json') await write(out, '\n]\n');
        bar.stop();
        if (opts.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
      } finally {
        await ctx.close();
      }
    });
}
