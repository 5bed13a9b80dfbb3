import type { Command } from 'commander';
// load-demo.ts is small (the data is generated when loadDemo runs): the description needs DEMO_WORKSPACE.
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE, loadDemo } from '../../demo/load-demo.ts';
import type { Progress } from '../progress.ts';
import { openAppContext } from './open-context.ts';
import { startServer } from './serve.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(`Load the demo workspace "${DEMO_WORKSPACE}" (a year of NPS and CSAT responses) if it is missing, then start the server`)
    .option('--no-serve', 'only load the demo data')
    .action(async (opts: { serve: boolean }) => {
      const ctx = await openAppContext();
      const { progressBar } = await import('../progress.ts');
      let bar: Progress | null = null;
      const result = await loadDemo(ctx, { onStart: (n) => (bar = progressBar('Loading demo responses', n)), onProgress: (n) => bar?.increment(n) });
      (bar as Progress | null)?.stop();
      process.stdout.write(result.created ? `Loaded ${result.responses} demo responses into "${DEMO_WORKSPACE}".\n` : `Demo workspace "${DEMO_WORKSPACE}" is already loaded.\n`);
      if (!opts.serve) {
        await ctx.close();
        return;
      }
      const url = await startServer(ctx);
      process.stdout.write(`\nClearloop is running at ${url}\nLog in as ${DEMO_EMAIL} with password ${DEMO_PASSWORD}\nAPI docs: ${url}/api/docs\n`);
    });
}
