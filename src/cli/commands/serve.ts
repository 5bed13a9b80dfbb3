import type { Command } from 'commander';
import type { AppContext } from '../../app-context.ts';
import { loadConfig } from '../../config/env.ts';
import { openAppContext } from './open-context.ts';

/**
 * Starts the HTTP server (and, unless told not to, a job worker) on an open context, and closes everything
 * cleanly on SIGINT/SIGTERM. Fastify and the worker are imported here, not at the top, to keep the CLI's start-up light.
 */
export async function startServer(ctx: AppContext, opts: { worker?: boolean } = {}): Promise<string> {
  const { buildApp } = await import('../../http/app.ts');
  const { Worker } = await import('../../jobs/worker.ts');
  const app = await buildApp(ctx, { logger: true });
  const worker = opts.worker === false ? null : new Worker(ctx, { onError: (job, err) => app.log.error({ err, job: job.id, name: job.name }, 'job failed') });
  await app.listen({ port: ctx.config.port, host: ctx.config.host });
  worker?.start();
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : ctx.config.port;
  const url = ctx.config.publicUrl.replace(/:\d+$/, `:${port}`);
  const stop = async () => {
    await app.close();
    await worker?.stop();
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
    .option('--no-worker', 'do not run background jobs in this process (run `clearloop worker` elsewhere)')
    .action(async (opts: { worker: boolean }) => {
      const config = loadConfig();
      const ctx = await openAppContext(config);
      const url = await startServer(ctx, { worker: opts.worker });
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      process.stdout.write(`Clearloop is running at ${url} (${where})\nAPI docs: ${url}/api/docs\n`);
      if ((await ctx.workspaces.countUsers()) === 0) process.stdout.write(`First run: open ${url} to create your workspace, or run "clearloop setup --help".\n`);
    });
}
