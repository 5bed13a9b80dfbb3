import { Type } from 'typebox';
import type { JobRegistry } from '../../jobs/registry.ts';

export function registerDistributionJobs(registry: JobRegistry): void {
  registry.register({
    name: 'distribution.send',
    schema: Type.Object({ sendId: Type.String() }),
    maxAttempts: 6,
    backoffSeconds: 60,
    handle: ({ sendId }, { ctx }) => ctx.distribution.processSend(sendId),
  });
  registry.register({
    name: 'distribution.remind',
    schema: Type.Object({ sendId: Type.String() }),
    maxAttempts: 6,
    backoffSeconds: 60,
    handle: ({ sendId }, { ctx }) => ctx.distribution.processReminder(sendId),
  });
}
