/**
 * /api/v1/responses: ingest (one or a batch of up to 1,000, idempotent), list, get, update, delete; a response's
 * tags and its customer's history are in response-page.routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import type { AppContext } from '../../app-context.ts';
import { COMMENT_LANGUAGES } from '../../db/tables.ts';
import { sendCsvDownload } from '../../http/csv-download.ts';
import { errors, exactValidator, IdParams, Nullable, PageOf, PageQuery, Properties, StringEnum } from '../../http/schemas.ts';
import { validationProblems, type ValidationItem } from '../../http/errors.ts';
import { AppError } from '../../shared/errors.ts';
import { SCORE_GROUPS } from '../surveys/score-groups.ts';
import { FEEDBACK_TYPES } from '../survey-page/i18n.ts';
import { MAX_BATCH, type ResponseInput } from './response.service.ts';
import { MAX_COMMENT } from './response.validate.ts';
import { responsesCsv } from './response-csv-export.ts';
import { registerResponsePageRoutes } from './response-page.routes.ts';
import { Answers, ResponseSchema, TagList } from './response.schemas.ts';

const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'a name; matched to an existing record regardless of case and spacing, created when new' });
const Channel = Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$', description: 'link, email, widget, feedback_page, api, import, … (default api)' });

const PersonRef = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: 254 })),
    externalId: Type.Optional(Type.String({ maxLength: 200 })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    phone: Type.Optional(Type.String({ maxLength: 50 })),
    properties: Type.Optional(Properties),
  },
  { additionalProperties: false },
);

export const ResponseInputSchema = Type.Object(
  {
    surveyId: Type.String({ minLength: 1, maxLength: 100 }),
    score: Type.Union([Type.Integer({ minimum: 0, maximum: 10 }), Type.Null()]),
    comment: Type.Optional(Nullable(Type.String({ maxLength: MAX_COMMENT }))),
    answers: Type.Optional(Answers),
    person: Type.Optional(PersonRef),
    channel: Type.Optional(Channel),
    team: Type.Optional(Name),
    location: Type.Optional(Name),
    employee: Type.Optional(Name),
    properties: Type.Optional(Properties),
    createdAt: Type.Optional(Type.String({ maxLength: 40, description: 'ISO-8601; defaults to now' })),
  },
  { additionalProperties: false },
);

const BatchSchema = Type.Object({ responses: Type.Array(ResponseInputSchema, { minItems: 1, maxItems: MAX_BATCH }) }, { additionalProperties: false });

const checkSingle = Compile(ResponseInputSchema);
const checkBatch = Compile(BatchSchema);

/** Validates the body as one response or a batch, naming the first wrong field (with its item index). */
function parseIngestBody(body: unknown): { items: ResponseInput[]; batch: boolean } {
  const isBatch = typeof body === 'object' && body !== null && 'responses' in body;
  const checker = isBatch ? checkBatch : checkSingle;
  if (checker.Check(body)) return isBatch ? { items: (body as { responses: ResponseInput[] }).responses, batch: true } : { items: [body as ResponseInput], batch: false };
  const problems = validationProblems([...checker.Errors(body)].slice(0, 20) as ValidationItem[]);
  // Prefer the most specific problem: union branches report on the parent too.
  problems.sort((a, b) => b.field.split('/').length - a.field.split('/').length);
  const first = problems[0] ?? { field: '(body)', message: 'is invalid' };
  throw new AppError('validation_error', `${first.field}: ${first.message}`, problems);
}

/** The filters of the responses list (and of its CSV export). */
const ListFilters = {
  surveyId: Type.Optional(Type.String({ maxLength: 100, description: 'Only this survey’s responses' })),
  from: Type.Optional(Type.String({ maxLength: 40, description: 'date YYYY-MM-DD or date-time, inclusive' })),
  to: Type.Optional(Type.String({ maxLength: 40, description: 'date YYYY-MM-DD (the whole day) or date-time, inclusive' })),
  teamId: Type.Optional(Type.String({ maxLength: 100, description: 'Only responses attributed to this team' })),
  locationId: Type.Optional(Type.String({ maxLength: 100, description: 'Only responses attributed to this location' })),
  employeeId: Type.Optional(Type.String({ maxLength: 100, description: 'Only responses attributed to this employee' })),
  personId: Type.Optional(Type.String({ maxLength: 100, description: 'Only this customer’s responses' })),
  channel: Type.Optional(Type.String({ maxLength: 32, description: 'Only responses that came this way: email, link, widget, api, import, feedback_page… (as recorded on each response)' })),
  group: Type.Optional(StringEnum(SCORE_GROUPS, { description: 'Only this score group: promoter, passive or detractor (NPS); satisfied, neutral or dissatisfied (CSAT); easy, neutral or difficult (CES)' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'text search in comments' })),
  hasComment: Type.Optional(Type.Boolean({ description: 'true: only responses with a comment; false: only those without' })),
  theme: Type.Optional(Type.String({ maxLength: 80, description: 'theme id (text analytics)' })),
  language: Type.Optional(StringEnum(COMMENT_LANGUAGES, { description: 'language the comment was read in (text analytics)' })),
  feedbackType: Type.Optional(StringEnum(FEEDBACK_TYPES, { description: 'public feedback page only: complaint, praise, question or idea' })),
  tag: Type.Optional(Type.String({ maxLength: 100, description: 'only responses with this tag (case ignored)' })),
};

export function registerResponseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['Responses'];
  app.post(
    '/api/v1/responses',
    {
      bodyLimit: 16 * 1024 * 1024,
      // The body is checked in the handler, which knows whether it is one response or a batch and can name the item.
      validatorCompiler: () => (data: unknown) => ({ value: data }),
      schema: {
        tags,
        summary: `Record one response, or up to ${MAX_BATCH} as {"responses": [...]}`,
        description:
          'A write API key, or a manager’s, admin’s or owner’s session. Team, location and employee are given by name and created when new; ' +
          'the person is found by email, then external id, and created when new. A batch is validated whole and written in one transaction (all or nothing). ' +
          'Send an Idempotency-Key header to make a retry safe: the same key with the same body replays the first answer.',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) }),
        body: Type.Union([ResponseInputSchema, BatchSchema]),
        response: { 201: Type.Union([ResponseSchema, Type.Object({ data: Type.Array(ResponseSchema) })]), ...errors, 422: errors[400] },
      },
    },
    async (req, reply) => {
      const { items, batch } = parseIngestBody(req.body);
      const key = req.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > 255)) {
        throw new AppError('validation_error', 'Idempotency-Key: must be 1–255 characters', [{ field: 'Idempotency-Key', message: 'must be 1–255 characters' }]);
      }
      const result = await ctx.responses.ingest(req.auth, items, { batch, idempotencyKey: key, requestBody: req.body });
      if (result.replayed) void reply.header('idempotent-replayed', 'true');
      // Serialized here: the body is already in its API shape and this is the hottest route.
      return reply.code(result.statusCode).type('application/json').serializer((p: unknown) => JSON.stringify(p)).send(result.body);
    },
  );

  app.get(
    '/api/v1/responses',
    {
      schema: {
        tags,
        summary: 'List responses, newest first',
        description:
          'Any member or API key; an agent gets only their own feedback (responses attributed to the employee records linked to them). ' +
          'Filters combine with AND; paged by cursor. A date range with `from` after `to` is a 400 naming `from`.',
        querystring: Type.Object({ ...PageQuery, ...ListFilters }),
        response: { 200: PageOf(ResponseSchema), ...errors },
      },
    },
    (req) => ctx.responses.list(req.auth, req.query as never),
  );
  app.get(
    '/api/v1/responses/export',
    {
      schema: {
        tags,
        summary: 'Download the responses the filters select as CSV (all of them, newest first)',
        description:
          'Same filters as GET /api/v1/responses, no paging. Columns: ' +
          'id, created_at, survey_id, survey (its name), score, group, comment, language, channel, email, name, external_id, team, location, employee, tags (JSON), answers (JSON), properties (JSON). ' +
          'Text a customer wrote that would start with = + - @ is prefixed with an apostrophe, so a spreadsheet shows it as text rather than running it as a formula.',
        querystring: Type.Object(ListFilters),
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV, UTF-8, with a header line' }), ...errors },
      },
    },
    async (req, reply) => {
      return sendCsvDownload(reply, 'responses', await responsesCsv(ctx.responses, req.auth, req.query as never));
    },
  );
  app.get('/api/v1/responses/:id', {
      schema: {
        tags,
        summary: 'Get a response',
        description: 'Any member or API key; a response an agent may not see answers 404, as if it did not exist.',
        params: IdParams,
        response: { 200: ResponseSchema, ...errors },
      },
    }, (req) =>
    ctx.responses.get(req.auth, (req.params as { id: string }).id),
  );
  app.patch(
    '/api/v1/responses/:id',
    {
      // not coerced: the answers' union turned a rating of 4 into "4", ["a"] into "a" and null (clear it) into ""
      validatorCompiler: exactValidator,
      schema: {
        tags,
        summary: 'Update a response in part (e.g. the comment after the score); answers and properties are merged, tags replaced',
        description:
          'Takes an owner, admin or manager or a write API key; `tags` replaces the whole list (POST /tags and DELETE /tags/{tag} add or remove one without overwriting a colleague’s), ' +
          'and a change of tags alone is announced to webhooks as response.updated without running alert rules again.',
        params: IdParams,
        body: Type.Object(
          {
            score: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10 }))),
            comment: Type.Optional(Nullable(Type.String({ maxLength: MAX_COMMENT }))),
            answers: Type.Optional(Answers),
            properties: Type.Optional(Properties),
            channel: Type.Optional(Channel),
            team: Type.Optional(Nullable(Name)),
            location: Type.Optional(Nullable(Name)),
            employee: Type.Optional(Nullable(Name)),
            tags: Type.Optional(TagList),
          },
          { additionalProperties: false },
        ),
        response: { 200: ResponseSchema, ...errors },
      },
    },
    (req) => ctx.responses.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  app.delete('/api/v1/responses/:id', {
      schema: {
        tags,
        summary: 'Delete a response',
        description:
          'Managers, owners, admins or a write key. Deletes the response and its follow-up case for good and takes it out of the metrics; 404 when there is no such response. Webhooks are not told.',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    }, async (req, reply) => {
    await ctx.responses.delete(req.auth, (req.params as { id: string }).id);
    return reply.code(204).send();
  });
  registerResponsePageRoutes(app, ctx);
}
