/** Jobs that belong to no single module. */
import { Type } from 'typebox';
import type { JobRegistry } from './registry.ts';

export function registerBuiltinJobs(registry: JobRegistry): void {
  registry.register({
    name: 'metrics.rebuild',
    schema: Type.Object({ surveyId: Type.String() }),
    maxAttempts: 3,
    // Recounts a survey's metric buckets from its responses (repair after a manual data fix).
    async handle({ surveyId }, { ctx }) {
      const exists = await ctx.database.db.selectFrom('survey').select('id').where('id', '=', surveyId).executeTakeFirst();
      if (!exists) return 'skipped';
      await ctx.responses.rebuildBuckets(surveyId);
      return 'success';
    },
  });
}
