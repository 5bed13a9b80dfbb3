/** /api/v1/jobs: the workspace's background jobs with status, attempts and last error; retry a failed one. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../app-context.ts';
import { JOB_STATUSES, type JobStatus } from '../db/tables.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, StringEnum } from '../http/schemas.ts';
import { requireAccess } from '../modules/auth/policy.ts';

const Status = StringEnum(JOB_STATUSES, { description: 'pending: waiting to run (or to be retried); running; succeeded; failed: out of attempts' });
const JobSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Status,
  payload: Type.Unknown({ description: 'What the job works on, e.g. `{ "importId": … }`; its shape depends on `name`' }),
  runAt: Type.String({ description: 'When it runs next (or ran last); a retry after a failed attempt waits with exponential backoff' }),
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  lockedBy: Nullable(Type.String({ description: 'The worker running it, while it runs' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});

export function registerJobRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['Jobs'];
  app.get(
    '/api/v1/jobs',
    {
      schema: {
        tags,
        summary: "List this workspace's background jobs, newest first, with counts by status",
        description:
          'Any member or API key (read scope is enough). In pages of `limit` (follow `nextCursor`); `counts` covers all the workspace’s jobs, ' +
          'whatever the filters. Jobs of the server itself (not of one workspace) are not listed.',
        querystring: Type.Object({
          ...PageQuery,
          status: Type.Optional(StringEnum(JOB_STATUSES, { description: 'Only jobs in this status' })),
          name: Type.Optional(
            Type.String({ maxLength: 100, description: 'Only jobs of this kind, by exact name, e.g. `import.run`, `distribution.send`, `webhook.deliver`, `themes.reanalyze`' }),
          ),
        }),
        response: {
          200: Type.Object({
            data: PageOf(JobSchema).properties.data,
            nextCursor: Nullable(Type.String()),
            counts: Type.Object({ pending: Type.Integer(), running: Type.Integer(), succeeded: Type.Integer(), failed: Type.Integer() }),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      requireAccess(req.auth, 'read');
      const q = req.query as { status?: JobStatus; name?: string; limit?: number; cursor?: string };
      const page = await ctx.jobs.list({ ...q, workspaceId: req.auth.workspaceId });
      return { ...page, counts: await ctx.jobs.counts(req.auth.workspaceId) };
    },
  );
  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        tags,
        summary: 'Get a job',
        description: 'Any member or API key (read scope is enough). 404 when no job of this workspace has the id.',
        params: IdParams,
        response: { 200: JobSchema, ...errors },
      },
    },
    (req) => {
      requireAccess(req.auth, 'read');
      return ctx.jobs.get((req.params as { id: string }).id, req.auth.workspaceId);
    },
  );
  app.post(
    '/api/v1/jobs/:id/retry',
    {
      schema: {
        tags,
        summary: 'Queue a failed job again',
        description:
          'Managers, owners and admins, or a write API key. A failed job goes back to pending with a fresh set of attempts, due at once; ' +
          'a job in any other status is answered unchanged (not an error). 404 when no job of this workspace has the id.',
        params: IdParams,
        response: { 200: JobSchema, ...errors },
      },
    },
    (req) => {
      requireAccess(req.auth, 'write');
      return ctx.jobs.retry((req.params as { id: string }).id, req.auth.workspaceId);
    },
  );
}
