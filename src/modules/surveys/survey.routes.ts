/** /api/v1/surveys */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, StringEnum } from '../../http/schemas.ts';
import { COMPANY_PLACEHOLDER, EMAIL_TEXT_LIMITS } from './email-texts.ts';
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

/**
 * The survey's own email wording, each optional (blank or null: the localised default). Also the preview's draft.
 * Checked again in email-texts.ts, which refuses line breaks in subjects and placeholders other than {company}.
 */
export const EmailTextsBody = Type.Object(
  {
    subject: Type.Optional(Nullable(Type.String({ maxLength: EMAIL_TEXT_LIMITS.subject, description: `one line; ${COMPANY_PLACEHOLDER} becomes the company name` }))),
    intro: Type.Optional(Nullable(Type.String({ maxLength: EMAIL_TEXT_LIMITS.intro, description: `the paragraph above the question; line breaks are kept; ${COMPANY_PLACEHOLDER} becomes the company name` }))),
    reminderSubject: Type.Optional(Nullable(Type.String({ maxLength: EMAIL_TEXT_LIMITS.reminderSubject, description: `one line; ${COMPANY_PLACEHOLDER} becomes the company name` }))),
  },
  { additionalProperties: false, description: 'The survey’s own email subject, intro and reminder subject; blank or null puts the localised default back' },
);

const EmailTextsView = Type.Object(
  { subject: Nullable(Type.String()), intro: Nullable(Type.String()), reminderSubject: Nullable(Type.String()) },
  { description: 'The survey’s own email texts as saved; null: the localised default' },
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
    email: EmailTextsView,
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
  email: Type.Optional(EmailTextsBody),
};

/** What deleting a survey takes with it (GET /api/v1/surveys/{id}/deletion-impact). */
const DeletionImpact = Type.Object({
  responses: Type.Integer({ minimum: 0, description: 'Every response of the survey, scored or not' }),
  sends: Type.Integer({ minimum: 0, description: 'Email and personal-link sends of the survey' }),
  cases: Type.Integer({ minimum: 0, description: 'Follow-up cases opened on those responses' }),
});

export function registerSurveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['Surveys'];
  // Reading takes any member or API key; changing a survey takes a manager, owner or admin, or a write API key (policy.ts).
  const READ = 'Any member or API key (read scope is enough).';
  const WRITE = 'Managers, owners and admins, or a write API key.';
  const NOT_FOUND = '404 when no survey of this workspace has the id.';
  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'List surveys',
        description:
          `${READ} Surveys of the workspace, newest first, in pages of \`limit\` (follow \`nextCursor\`), optionally of one kind or status ` +
          '(the public feedback page’s survey is not listed).',
        querystring: Type.Object({
          ...PageQuery,
          kind: Type.Optional(StringEnum(SURVEY_KINDS, { description: 'Only surveys of this kind: nps (0–10), csat (1–5) or ces (1–7)' })),
          status: Type.Optional(StringEnum(SURVEY_STATUSES, { description: 'Only surveys with this status: draft, active or closed (only active surveys can be sent)' })),
        }),
        response: { 200: PageOf(SurveySchema), ...errors },
      },
    },
    (req) => ctx.surveys.list(req.auth, req.query as never),
  );
  app.post(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Create a survey',
        description: `${WRITE} Creates a survey (active unless a status is given) with the standard question and follow-up of its kind unless others are given.`,
        body: Type.Object(SurveyBody, { additionalProperties: false }),
        response: { 201: SurveySchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.surveys.create(req.auth, req.body as never)),
  );
  app.get(
    '/api/v1/surveys/:id',
    { schema: { tags, summary: 'Get a survey', description: `${READ} One survey with its settings and its count of scored responses. ${NOT_FOUND}`, params: IdParams, response: { 200: SurveySchema, ...errors } } },
    (req) => ctx.surveys.get(req.auth, (req.params as { id: string }).id),
  );
  app.patch(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Update a survey (the kind can change only while it has no responses)',
        description:
          `${WRITE} Changes the fields given; \`email\` changes only the texts it names, and a blank or null text puts the localised default back. ` +
          '404 when no survey of this workspace has the id; 409 naming `kind` when the kind changes on a survey that has responses.',
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
            email: SurveyBody.email,
          },
          { additionalProperties: false },
        ),
        response: { 200: SurveySchema, ...errors, 409: errors[400] },
      },
    },
    async (req) => {
      const s = await ctx.surveys.update(req.auth, (req.params as { id: string }).id, req.body as never);
      ctx.responses.invalidateCaches();
      return s;
    },
  );
  app.post(
    '/api/v1/surveys/:id/duplicate',
    {
      schema: {
        tags,
        summary: 'Duplicate a survey',
        description:
          `${WRITE} Creates a draft named "Copy of …" with the survey’s settings (questions, wording, thank-you page, email texts, reminder) ` +
          'and none of its responses or sends. 404 when no survey of this workspace has the id; 409 for the feedback page’s survey.',
        params: IdParams,
        response: { 201: SurveySchema, ...errors, 409: errors[400] },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.surveys.duplicate(req.auth, (req.params as { id: string }).id)),
  );
  app.get(
    '/api/v1/surveys/:id/deletion-impact',
    {
      schema: {
        tags,
        summary: 'What deleting a survey would remove',
        description:
          `${WRITE} Counts the responses, sends and follow-up cases that DELETE /api/v1/surveys/{id} would remove with the survey, for a ` +
          `confirmation that names them. ${NOT_FOUND}`,
        params: IdParams,
        response: { 200: DeletionImpact, ...errors },
      },
    },
    (req) => ctx.surveys.deletionImpact(req.auth, (req.params as { id: string }).id),
  );
  app.delete(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Delete a survey with its responses',
        description:
          `${WRITE} Removes the survey for good with everything recorded for it — responses (and their follow-up cases), sends and metrics; to stop ` +
          `collecting but keep the data, set its status to "closed" instead. ${NOT_FOUND}`,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await ctx.surveys.delete(req.auth, (req.params as { id: string }).id);
      ctx.responses.invalidateCaches();
      return reply.code(204).send();
    },
  );
}
