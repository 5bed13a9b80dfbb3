import type { Command } from 'commander';
import { openAppContext } from './open-context.ts';

export function registerSetupCommand(program: Command): void {
  program
    .command('setup')
    .description('Create a workspace and its owner without prompts')
    .requiredOption('--workspace <name>', 'workspace name')
    .requiredOption('--email <email>', "owner's email (an existing user with the same password is reused)")
    .requiredOption('--password <password>', "owner's password (at least 8 characters)")
    .option('--name <name>', "owner's display name")
    .action(async (opts: { workspace: string; email: string; password: string; name?: string }) => {
      const ctx = await openAppContext();
      try {
        const { workspace } = await ctx.workspaces.createWithOwner(opts);
        process.stdout.write(`Created workspace "${workspace.name}" (${workspace.id}) owned by ${opts.email.toLowerCase()}.\n`);
      } finally {
        await ctx.close();
      }
    });
}
