import type { Command } from 'commander';
import { openAppContext } from './open-context.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (the server also does this at start)')
    .action(async () => {
      const ctx = await openAppContext();
      process.stdout.write(`Database is up to date (${ctx.database.dialect}).\n`);
      await ctx.close();
    });
}
