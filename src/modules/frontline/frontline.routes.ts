/** /api/v1/feed (an employee's feedback) and the signed-in user's feed notifications, /api/v1/scoreboard, /api/v1/praise. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { ErrorSchema, errors, Nullable, PageQuery, StringEnum } from '../../http/schemas.ts';
import { SCOREBOARD_GROUPINGS } from './frontline.service.ts';

const Id = Type.String({ maxLength: 100 });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const NotificationPreferences = Type.Object({
  feedbackEmail: Type.Boolean({ description: 'Email me each new response attributed to me (off by default)' }),
  email: Type.String({ description: 'Where the emails go: the user’s login email' }),
  employees: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'Employee records of this workspace linked to the user' }),
  emailConfigured: Type.Boolean({ description: 'Whether this server can send email (SMTP_URL)' }),
  updatedAt: Nullable(Type.String()),
});

export function registerFrontlineRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Frontline'];
  api.get(
    '/api/v1/feed',
    {
      schema: {
        tags,
        summary: 'Responses attributed to you (or to an employee you may see), newest first',
        description: 'Without employeeId: your own employee record’s feed; with none linked to you, an empty page with employeeId null. An API key must pass employeeId.',
        querystring: Type.Object({ ...PageQuery, employeeId: Type.Optional(Id), surveyId: Type.Optional(Id) }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => ctx.frontline.feed(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/feed/summary',
    { schema: { tags, summary: 'An employee’s score beside their team’s and everyone’s', querystring: Type.Object({ employeeId: Id, surveyId: Id, days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660 })) }), response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors } } },
    (req) => ctx.frontline.summary(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/feed/notifications',
    { schema: { tags, summary: 'Your notification preferences in this workspace (signed-in users only)', response: { 200: NotificationPreferences, ...errors } } },
    (req) => ctx.feedbackEmails.getPreferences(req.auth),
  );
  api.put(
    '/api/v1/feed/notifications',
    {
      schema: {
        tags,
        summary: 'Set your notification preferences: feedbackEmail emails you each new response attributed to you (needs a linked employee record)',
        body: Type.Object({ feedbackEmail: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: NotificationPreferences, ...errors, 409: ErrorSchema },
      },
    },
    (req) => ctx.feedbackEmails.setPreferences(req.auth, req.body as { feedbackEmail: boolean }),
  );
  api.get(
    '/api/v1/scoreboard',
    {
      schema: {
        tags,
        summary: 'Teams or employees with score, margin of error and count; ranked only with enough responses',
        querystring: Type.Object({ surveyId: Id, by: StringEnum(SCOREBOARD_GROUPINGS), from: Type.Optional(Day), to: Type.Optional(Day), minResponses: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => ctx.frontline.scoreboard(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/praise',
    { schema: { tags, summary: 'Comments of promoters (satisfied, easy), newest first, to share with a team', querystring: Type.Object({ ...PageQuery, surveyId: Id, teamId: Type.Optional(Id) }), response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors } } },
    (req) => ctx.frontline.praise(req.auth, req.query as never),
  );
}
