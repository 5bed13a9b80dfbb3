import { Type } from 'typebox';
import type { JobRegistry } from '../../jobs/registry.ts';
import { failSendForGood, rescheduleFailedSend } from './distribution.service.ts';

export function registerDistributionJobs(registry: JobRegistry): void {
  registry.register({
    name: 'distribution.send',
    schema: Type.Object({ sendId: Type.String() }),
    maxAttempts: 6,
    backoffSeconds: 60,
    handle: ({ sendId }, { ctx }) => ctx.distribution.processSend(sendId),
    // Every attempt failed (e.g. SMTP down for half an hour): the send shows `failed`; a retry schedules it again.
    onFailed: ({ sendId }, { trx, error }) => failSendForGood(trx, sendId, error),
    onRetry: ({ sendId }, { trx }) => rescheduleFailedSend(trx, sendId),
  });
  registry.register({
    name: 'distribution.remind',
    schema: Type.Object({ sendId: Type.String() }),
    maxAttempts: 6,
    backoffSeconds: 60,
    handle: ({ sendId }, { ctx }) => ctx.distribution.processReminder(sendId),
  });
}
