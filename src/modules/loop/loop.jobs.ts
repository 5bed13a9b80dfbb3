import { Type } from 'typebox';
import type { JobRegistry } from '../../jobs/registry.ts';
import { FEEDBACK_EMAIL_JOB } from '../frontline/feedback-email.service.ts';

export function registerLoopJobs(registry: JobRegistry): void {
  registry.register({
    name: 'alerts.evaluate',
    schema: Type.Object({ responseId: Type.String(), event: Type.Union([Type.Literal('response.created'), Type.Literal('response.updated')]) }),
    maxAttempts: 5,
    handle: ({ responseId, event }, { ctx }) => ctx.alertEngine.evaluate(responseId, event),
  });
  registry.register({
    name: 'alerts.notify',
    schema: Type.Object({ kind: Type.Union([Type.Literal('email'), Type.Literal('webhook'), Type.Literal('slack')]), target: Type.String(), payload: Type.Any() }),
    maxAttempts: 6,
    backoffSeconds: 30,
    handle: ({ kind, target, payload }, { ctx }) => ctx.alertEngine.notify(kind, target, payload as never),
  });
  registry.register({
    name: 'cases.deadline',
    schema: Type.Object({ caseId: Type.String(), kind: Type.Union([Type.Literal('first_contact'), Type.Literal('resolution')]) }),
    handle: ({ caseId, kind }, { ctx }) => ctx.cases.checkDeadline(caseId, kind),
  });
  registry.register({
    name: 'cases.notify',
    schema: Type.Object({ caseId: Type.String(), userId: Type.String(), reason: Type.String() }),
    maxAttempts: 6,
    backoffSeconds: 30,
    handle: ({ caseId, userId, reason }, { ctx }) => ctx.cases.notify(caseId, userId, reason),
  });
  registry.register({
    name: 'frontline.weekly',
    schema: Type.Object({}),
    handle: (_p, { ctx }) => ctx.digests.fanOut(),
  });
  registry.register({
    name: 'frontline.digest',
    schema: Type.Object({ workspaceId: Type.String(), userId: Type.String() }),
    maxAttempts: 4,
    backoffSeconds: 300,
    handle: ({ workspaceId, userId }, { ctx }) => ctx.digests.send(workspaceId, userId),
  });
  registry.register({
    name: FEEDBACK_EMAIL_JOB,
    schema: Type.Object({ responseId: Type.String() }),
    maxAttempts: 6,
    backoffSeconds: 30,
    handle: ({ responseId }, { ctx }) => ctx.feedbackEmails.send(responseId),
  });
  registry.register({
    name: 'cases.resurvey',
    schema: Type.Object({ caseId: Type.String() }),
    handle: ({ caseId }, { ctx }) =>
      ctx.cases.resurvey(caseId, async (workspaceId, surveyId, personId) => {
        const auth = { workspaceId, via: 'api_key' as const, role: null, scope: 'write' as const, userId: null, apiKeyId: null };
        await ctx.distribution.schedule(auth, surveyId, { people: [{ personId }], properties: { resurvey: true } });
      }),
  });
}
