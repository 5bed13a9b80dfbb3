import type { Command } from 'commander';
import { type AppContext, openContext } from '../../app-context.ts';
import { loadConfig } from '../../config/env.ts';
import { buildApp } from '../../http/app.ts';

/** Starts the HTTP server on an open context and closes both cleanly on SIGINT/SIGTERM. */
export async function startServer(ctx: AppContext): Promise<string> {
  const app = await buildApp(ctx, { logger: true });
  await app.listen({ port: ctx.config.port, host: ctx.config.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : ctx.config.port;
  const url = ctx.config.publicUrl.replace(/:\d+$/, `:${port}`);
  const stop = async () => {
    await app.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return url;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the Clearloop server (settings from the environment: PORT, HOST, CLEARLOOP_DATA_DIR, DATABASE_URL, CLEARLOOP_SECRET)')
    .action(async () => {
      const config = loadConfig();
      const ctx = await openContext(config);
      const url = await startServer(ctx);
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      process.stdout.write(`Clearloop is running at ${url} (${where})\nAPI docs: ${url}/api/docs\n`);
      if ((await ctx.workspaces.countUsers()) === 0) process.stdout.write(`First run: open ${url} to create your workspace, or run "clearloop setup --help".\n`);
    });
}
