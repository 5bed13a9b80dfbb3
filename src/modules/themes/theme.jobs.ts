import { Type } from 'typebox';
import type { JobRegistry } from '../../jobs/registry.ts';

export function registerThemeJobs(registry: JobRegistry): void {
  registry.register({
    name: 'themes.analyze',
    schema: Type.Object({ workspaceId: Type.String(), responseIds: Type.Array(Type.String(), { maxItems: 1000 }) }),
    handle: async ({ workspaceId, responseIds }, { ctx }) => {
      const n = await ctx.themes.analyzeResponses(workspaceId, responseIds);
      // Rules on themes can only decide once the comment is analysed: evaluate them again now.
      if (n > 0 && (await ctx.alertRules.hasThemeRules(workspaceId))) {
        await ctx.database.db.transaction().execute(async (trx) => {
          for (const responseId of responseIds) await ctx.jobs.enqueue(trx, 'alerts.evaluate', { responseId, event: 'response.updated' }, { workspaceId });
        });
      }
      return n > 0 ? 'success' : 'skipped';
    },
  });
  registry.register({ name: 'themes.reanalyze', schema: Type.Object({ runId: Type.String() }), maxAttempts: 2, handle: ({ runId }, { ctx }) => ctx.themes.reanalyze(runId) });
  registry.register({ name: 'themes.train', schema: Type.Object({ runId: Type.String() }), maxAttempts: 2, handle: ({ runId }, { ctx }) => ctx.themes.train(runId) });
  registry.register({ name: 'themes.discover', schema: Type.Object({ runId: Type.String() }), maxAttempts: 2, handle: ({ runId }, { ctx }) => ctx.themes.discoverRun(runId) });
}
