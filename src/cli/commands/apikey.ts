import type { Command } from 'commander';
import { AppError } from '../../shared/errors.ts';
import { openAppContext } from './open-context.ts';

export function registerApiKeyCommand(program: Command): void {
  const apikey = program.command('apikey').description('Manage API keys');
  apikey
    .command('create')
    .description('Create an API key; prints only the key on stdout')
    .requiredOption('--workspace <name>', 'workspace name or slug')
    .requiredOption('--name <name>', 'a name to recognise the key by')
    .option('--scope <scope>', 'read or write', 'write')
    .action(async (opts: { workspace: string; name: string; scope: string }) => {
      if (opts.scope !== 'read' && opts.scope !== 'write') throw new AppError('validation_error', '--scope must be read or write');
      const ctx = await openAppContext();
      try {
        const ws = await ctx.workspaces.findByNameOrSlug(opts.workspace);
        if (!ws) throw new AppError('not_found', `no workspace named "${opts.workspace}"`);
        const { key } = await ctx.apiKeys.createForWorkspace(ws.id, opts.name, opts.scope);
        process.stdout.write(`${key}\n`);
      } finally {
        await ctx.close();
      }
    });
}
