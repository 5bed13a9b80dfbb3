/** /api/v1/feed (an employee's feedback) and the signed-in user's feed notifications, /api/v1/scoreboard, /api/v1/praise. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { ErrorSchema, errors, Nullable, PageQuery, StringEnum } from '../../http/schemas.ts';
import { SCOREBOARD_GROUPINGS } from './frontline.service.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** An id the query names, with its own description. */
const IdOf = (description: string) => Type.String({ maxLength: 100, description });
/** Who may see whose feed (frontline.service.ts allowedEmployees). */
const FEED_ACCESS =
  'Owners, admins, viewers and API keys may name any employee; a manager their own record and the employees of the teams they manage; ' +
  'an agent only their own (404 for anyone else).';

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
        description:
          'A page of responses (`data`, `nextCursor`) with the `employeeId` shown. Without employeeId: your own employee record’s feed; with none ' +
          `linked to you, an empty page with employeeId null (an API key must pass employeeId). ${FEED_ACCESS}`,
        querystring: Type.Object({
          ...PageQuery,
          employeeId: Type.Optional(IdOf('The employee whose feed to show; default: the employee record linked to you')),
          surveyId: Type.Optional(IdOf('Only responses to this survey')),
        }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => ctx.frontline.feed(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/feed/summary',
    {
      schema: {
        tags,
        summary: 'An employee’s score beside their team’s and everyone’s',
        description:
          `${FEED_ACCESS} Answers \`mine\`, \`team\` (null when the employee has no team) and \`overall\`, each with total, score and 95% ` +
          'margin of error, over the last `days` UTC days up to today. 404 for an unknown employee or survey.',
        querystring: Type.Object({
          employeeId: IdOf('The employee (its id)'),
          surveyId: IdOf('The survey whose score is shown'),
          days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660, description: 'Days counted back from today (UTC), today included; default 90' })),
        }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => ctx.frontline.summary(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/feed/notifications',
    {
      schema: {
        tags,
        summary: 'Your notification preferences in this workspace (signed-in users only)',
        description: 'Any member, in their own session (403 for an API key, which has no preferences). `employees` lists the employee records linked to you; without one, no feedback is attributed to you.',
        response: { 200: NotificationPreferences, ...errors },
      },
    },
    (req) => ctx.feedbackEmails.getPreferences(req.auth),
  );
  api.put(
    '/api/v1/feed/notifications',
    {
      schema: {
        tags,
        summary: 'Set your notification preferences: feedbackEmail emails you each new response attributed to you (needs a linked employee record)',
        description:
          'Any member, in their own session (403 for an API key). 409 when switching on with no employee record linked to you (an owner or admin ' +
          'links one). From then on, each new response attributed to your employee records is emailed to your login email once; nothing is sent ' +
          'while the server has no SMTP_URL (see `emailConfigured`).',
        body: Type.Object({ feedbackEmail: Type.Boolean({ description: 'true: email me each new response attributed to me; false: stop' }) }, { additionalProperties: false }),
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
        description:
          'Any member or API key (read scope is enough). `rows` holds the ranked groups first, best score first (rank 1, 2, …), then those with ' +
          'fewer than `minResponses` responses, unranked (rank null): their margin is too wide to order them. 404 for an unknown survey; 400 ' +
          'when `from` is after `to` or the range exceeds 3,660 days.',
        querystring: Type.Object({
          surveyId: IdOf('The survey whose scores are compared'),
          by: StringEnum(SCOREBOARD_GROUPINGS, { description: 'Compare teams or employees' }),
          from: Type.Optional({ ...Day, description: 'First day, YYYY-MM-DD (UTC), included; default: 89 days before `to`' }),
          to: Type.Optional({ ...Day, description: 'Last day, YYYY-MM-DD (UTC), included; default: today' }),
          minResponses: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, description: 'Responses a group needs to be ranked; default 30' })),
        }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => ctx.frontline.scoreboard(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/praise',
    {
      schema: {
        tags,
        summary: 'Comments of promoters (satisfied, easy), newest first, to share with a team',
        description:
          'Any member or API key (read scope is enough); an agent sees only the feedback attributed to them. A page of responses with a comment ' +
          'from the positive group: promoters 9–10 (NPS), satisfied 4–5 (CSAT) or easy 5–7 (CES) (`data`, `nextCursor`). 404 for an unknown survey.',
        querystring: Type.Object({ ...PageQuery, surveyId: IdOf('The survey whose praise is shown'), teamId: Type.Optional(IdOf('Only responses attributed to this team')) }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => ctx.frontline.praise(req.auth, req.query as never),
  );
}
