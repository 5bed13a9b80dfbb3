import { Type } from 'typebox';
import type { JobRegistry } from '../../jobs/registry.ts';

/** Attempts per delivery: with a 30 s base the last retry comes about two hours after the event. */
export const DELIVERY_ATTEMPTS = 8;

export function registerWebhookJobs(registry: JobRegistry): void {
  registry.register({
    name: 'webhook.deliver',
    schema: Type.Object({ deliveryId: Type.String() }),
    maxAttempts: DELIVERY_ATTEMPTS,
    backoffSeconds: 30,
    handle: ({ deliveryId }, { ctx, job }) => ctx.webhooks.deliver(deliveryId, job.attempts, job.attempts >= job.max_attempts),
  });
}
