import type { Command } from 'commander';
import { openContext } from '../../app-context.ts';
import { loadConfig } from '../../config/env.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (the server also does this at start)')
    .action(async () => {
      const ctx = await openContext(loadConfig());
      process.stdout.write(`Database is up to date (${ctx.database.dialect}).\n`);
      await ctx.close();
    });
}
