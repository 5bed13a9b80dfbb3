/** POST /api/v1/cases/{id}/resurvey: send the case's customer the survey again, now (the case page's Re-survey button). */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { CASE_EVENT_KINDS } from '../../db/tables.ts';
import { errors, IdParams, Nullable, StringEnum } from '../../http/schemas.ts';

const ResurveyEvent = Type.Object({
  id: Type.String(),
  kind: StringEnum(CASE_EVENT_KINDS),
  actorUserId: Nullable(Type.String()),
  body: Nullable(Type.String()),
  data: Type.Object({ sendId: Type.String({ description: 'The send made (GET /api/v1/sends/{id})' }), status: Type.String({ description: 'The send’s status when made: scheduled' }) }),
  createdAt: Type.String(),
});

export function registerCaseResurveyRoute(api: FastifyInstance, ctx: AppContext): void {
  api.post(
    '/api/v1/cases/:id/resurvey',
    {
      schema: {
        tags: ['Cases'],
        summary: 'Re-survey: send the customer the case’s survey again by email, now',
        description:
          'Owners, admins, managers and agents, or a write API key (viewers and read keys get 403), on a case they may see; 404 otherwise. ' +
          'Schedules one survey email to the customer for now (the fatigue rules apply when it is due, as for any send) and adds a `resurvey` event ' +
          'naming the send to the timeline; a later answer no longer negative wins the case back. 409, before anything is written, when this server ' +
          'has no SMTP_URL (as `emailConfigured` on the case says), the customer has no email address, unsubscribed or bounced, the response came from ' +
          'the feedback page, or the survey is not active.',
        params: IdParams,
        response: { 201: ResurveyEvent, ...errors, 409: errors[400] },
      },
    },
    async (req, reply) => {
      const event = await ctx.cases.resurveyNow(req.auth, (req.params as { id: string }).id, async (workspaceId, surveyId, personId) => {
        // The caller's right to work the case is checked (work_cases) before this; the send itself is the system's,
        // as the closing re-survey's is (loop.jobs.ts), since agents may re-survey their customer but not send surveys.
        const system = { workspaceId, via: 'api_key' as const, role: null, scope: 'write' as const, userId: null, apiKeyId: null };
        const { sends } = await ctx.distribution.schedule(system, surveyId, { people: [{ personId }], properties: { resurvey: true } }, { refuseUnsendableEmail: true });
        const send = sends[0];
        if (!send) throw new Error('the re-survey made no send');
        return send;
      });
      return reply.code(201).send(event);
    },
  );
}
