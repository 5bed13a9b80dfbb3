/** /api/v1/surveys */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, PageOf, PageQuery, StringEnum } from '../../http/schemas.ts';
import { SURVEY_KINDS, TONES } from './score-groups.ts';
import { QUESTION_TYPES, SURVEY_PURPOSES, SURVEY_STATUSES } from './survey.service.ts';

const Kind = StringEnum(SURVEY_KINDS);
const Status = StringEnum(SURVEY_STATUSES);
const Text = Type.String({ maxLength: 500 });

const FollowUp = Type.Object(
  { default: Type.Optional(Text), positive: Type.Optional(Text), neutral: Type.Optional(Text), negative: Type.Optional(Text) },
  { additionalProperties: false, description: 'Follow-up question; positive/neutral/negative override the default for that score tone.' },
);

const Question = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
    type: StringEnum(QUESTION_TYPES),
    label: Type.String({ minLength: 1, maxLength: 500 }),
    options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
    min: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    max: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    required: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Locale = Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'language of the survey page, e.g. en, es, fr, de' });
const ThankYou = Type.Object(
  {
    message: Type.Optional(Type.String({ maxLength: 1000 })),
    linkUrl: Type.Optional(Type.String({ maxLength: 500, pattern: '^https?://' })),
    linkLabel: Type.Optional(Type.String({ maxLength: 100 })),
    linkTones: Type.Optional(Type.Array(StringEnum(TONES), { maxItems: 3 })),
  },
  { additionalProperties: false, description: 'Thank-you page; the link (e.g. a review site) can be limited to some score tones, e.g. ["positive"] for promoters.' },
);

export const SurveySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Kind,
    status: Status,
    purpose: StringEnum(SURVEY_PURPOSES),
    locale: Type.Union([Type.String(), Type.Null()]),
    thankYou: ThankYou,
    publicLink: Type.Boolean(),
    reminderDays: Type.Union([Type.Integer(), Type.Null()]),
    question: Type.String(),
    followUp: Type.Object({ default: Type.String(), positive: Type.Optional(Type.String()), neutral: Type.Optional(Type.String()), negative: Type.Optional(Type.String()) }),
    questions: Type.Array(Question),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    responseCount: Type.Integer({ minimum: 0, description: 'Scored responses so far (from the per-day aggregates)' }),
  },
  {},
);

const SurveyBody = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Kind,
  status: Type.Optional(Status),
  question: Type.Optional(Text),
  followUp: Type.Optional(FollowUp),
  questions: Type.Optional(Type.Array(Question, { maxItems: 20 })),
  locale: Type.Optional(Type.Union([Locale, Type.Null()])),
  thankYou: Type.Optional(ThankYou),
  publicLink: Type.Optional(Type.Boolean({ description: 'allow an anonymous public link (rate limited per client)' })),
  reminderDays: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 60 }), Type.Null()], { description: 'send one reminder after this many days without an answer' })),
};

export function registerSurveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['Surveys'];
  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'List surveys',
        querystring: Type.Object({ ...PageQuery, kind: Type.Optional(Kind), status: Type.Optional(Status) }),
        response: { 200: PageOf(SurveySchema), ...errors },
      },
    },
    (req) => ctx.surveys.list(req.auth, req.query as never),
  );
  app.post(
    '/api/v1/surveys',
    { schema: { tags, summary: 'Create a survey', body: Type.Object(SurveyBody, { additionalProperties: false }), response: { 201: SurveySchema, ...errors } } },
    async (req, reply) => reply.code(201).send(await ctx.surveys.create(req.auth, req.body as never)),
  );
  app.get('/api/v1/surveys/:id', { schema: { tags, summary: 'Get a survey', params: IdParams, response: { 200: SurveySchema, ...errors } } }, (req) =>
    ctx.surveys.get(req.auth, (req.params as { id: string }).id),
  );
  app.patch(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Update a survey (the kind can change only while it has no responses)',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(SurveyBody.name),
            kind: Type.Optional(Kind),
            status: SurveyBody.status,
            question: SurveyBody.question,
            followUp: SurveyBody.followUp,
            questions: SurveyBody.questions,
            locale: SurveyBody.locale,
            thankYou: SurveyBody.thankYou,
            publicLink: SurveyBody.publicLink,
            reminderDays: SurveyBody.reminderDays,
          },
          { additionalProperties: false },
        ),
        response: { 200: SurveySchema, ...errors },
      },
    },
    async (req) => {
      const s = await ctx.surveys.update(req.auth, (req.params as { id: string }).id, req.body as never);
      ctx.responses.invalidateCaches();
      return s;
    },
  );
  app.delete(
    '/api/v1/surveys/:id',
    { schema: { tags, summary: 'Delete a survey with its responses', params: IdParams, response: { 204: Type.Null(), ...errors } } },
    async (req, reply) => {
      await ctx.surveys.delete(req.auth, (req.params as { id: string }).id);
      ctx.responses.invalidateCaches();
      return reply.code(204).send();
    },
  );
}
