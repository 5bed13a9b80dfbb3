import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors.ts';
import { checkWritable } from '../output-file.ts';
import type { Progress } from '../progress.ts';
import { openAppContext } from './open-context.ts';

export function registerBackupCommand(program: Command): void {
  program
    .command('backup <file>')
    .description("Write a consistent copy of the SQLite database while the server keeps running (SQLite's online backup API)")
    .option('--force', 'overwrite an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      const ctx = await openAppContext();
      try {
        const sqlite = ctx.database.sqlite;
        if (!sqlite) throw new AppError('validation_error', 'backup copies the embedded SQLite database; for PostgreSQL use pg_dump');
        if (existsSync(file) && !opts.force) throw new AppError('conflict', `${file} exists; pass --force to overwrite`);
        checkWritable(file, 'backup');
        const { progressBar } = await import('../progress.ts');
        let bar: Progress | null = null;
        let copied = 0;
        await sqlite.backup(file, {
          progress: ({ totalPages, remainingPages }) => {
            bar ??= progressBar('Backup', totalPages);
            const done = totalPages - remainingPages;
            bar.increment(done - copied);
            copied = done;
            return 1000; // pages per step: small steps let the server keep writing between them
          },
        });
        (bar as Progress | null)?.stop();
        process.stdout.write(`Backed up to ${file}\n`);
      } finally {
        await ctx.close();
      }
    });
}
