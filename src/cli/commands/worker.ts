import type { Command } from 'commander';
import { AppError } from '../../shared/errors.ts';
import { openAppContext } from './open-context.ts';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run background jobs only (no HTTP). Any number of workers may run against one PostgreSQL database.')
    .option('--concurrency <n>', 'jobs run at once', '4')
    .option('--poll-ms <ms>', 'how often to look for due jobs', '1000')
    .option('--jobs <names...>', 'run only these job names (a dedicated worker), e.g. --jobs distribution.send webhook.deliver')
    .action(async (opts: { concurrency: string; pollMs: string; jobs?: string[] }) => {
      const ctx = await openAppContext();
      const { Worker } = await import('../../jobs/worker.ts');
      const worker = new Worker(ctx, {
        concurrency: Math.max(1, Number(opts.concurrency) || 4),
        pollMs: Math.max(10, Number(opts.pollMs) || 1000),
        ...(opts.jobs?.length ? { names: opts.jobs } : {}),
        onError: (job, err) => process.stderr.write(`job ${job.id} (${job.name}) failed: ${err instanceof Error ? err.message : String(err)}\n`),
      });
      worker.start();
      process.stdout.write(`Clearloop worker ${worker.id} is running (${ctx.database.dialect}).\n`);
      const stop = async () => {
        await worker.stop();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });

  const jobs = program.command('jobs').description('Inspect the background job queue');
  jobs
    .command('list')
    .description('List jobs, newest first, with status, attempts and last error')
    .option('--status <status>', 'pending, running, succeeded or failed')
    .option('--name <name>', 'job name')
    .option('--limit <n>', 'how many', '50')
    .action(async (opts: { status?: string; name?: string; limit: string }) => {
      const { JOB_STATUSES } = await import('../../db/tables.ts');
      if (opts.status !== undefined && !(JOB_STATUSES as readonly string[]).includes(opts.status)) {
        throw new AppError('validation_error', `--status must be one of: ${JOB_STATUSES.join(', ')}`);
      }
      const ctx = await openAppContext();
      try {
        const counts = await ctx.jobs.counts();
        process.stdout.write(`pending ${counts.pending}, running ${counts.running}, succeeded ${counts.succeeded}, failed ${counts.failed}\n`);
        const page = await ctx.jobs.list({ status: opts.status as never, name: opts.name, limit: Math.min(200, Number(opts.limit) || 50) });
        for (const j of page.data) {
          process.stdout.write(`${j.id}  ${j.status.padEnd(9)} ${j.name.padEnd(24)} attempts ${j.attempts}/${j.maxAttempts}  run at ${j.runAt}${j.lastError ? `  error: ${j.lastError}` : ''}\n`);
        }
      } finally {
        await ctx.close();
      }
    });
  jobs
    .command('retry <id>')
    .description('Queue a failed job again with a fresh set of attempts')
    .action(async (id: string) => {
      const ctx = await openAppContext();
      try {
        const j = await ctx.jobs.retry(id);
        process.stdout.write(`${j.id} is ${j.status}\n`);
      } finally {
        await ctx.close();
      }
    });
}
