import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openContext } from '../../app-context.ts';
import { loadConfig } from '../../config/env.ts';
import { AppError } from '../../shared/errors.ts';
import { progressBar } from '../progress.ts';

export function registerBackupCommand(program: Command): void {
  program
    .command('backup <file>')
    .description("Write a consistent copy of the SQLite database while the server keeps running (SQLite's online backup API)")
    .option('--force', 'overwrite an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      const ctx = await openContext(loadConfig());
      try {
        const sqlite = ctx.database.sqlite;
        if (!sqlite) throw new AppError('validation_error', 'backup copies the embedded SQLite database; for PostgreSQL use pg_dump');
        if (existsSync(file) && !opts.force) throw new AppError('conflict', `${file} exists; pass --force to overwrite`);
        let bar: ReturnType<typeof progressBar> | null = null;
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
        (bar as ReturnType<typeof progressBar> | null)?.stop();
        process.stdout.write(`Backed up to ${file}\n`);
      } finally {
        await ctx.close();
      }
    });
}
