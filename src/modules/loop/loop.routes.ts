/** /api/v1/alert-rules, /api/v1/cases (inbox, case page, notes, contact, bulk assign, metrics). */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { CASE_EVENT_KINDS, CASE_OUTCOMES, CASE_PRIORITIES, CASE_STATUSES } from '../../db/tables.ts';
import { errors, exactValidator, IdParams, Nullable, PageOf, PageQuery, StringEnum } from '../../http/schemas.ts';
import { addDays, isDay, toDay } from '../metrics/periods.ts';
import { invalid } from '../../shared/errors.ts';
import { SCORE_GROUPS } from '../surveys/score-groups.ts';
import { ASSIGN_MODES } from './alert-rules.service.ts';
import { CASE_METRICS_GROUPINGS, type CaseMetricsGrouping, CONTACT_KINDS } from './case.service.ts';
import { COMPARISONS, HISTORY_AGE_DAYS } from './conditions.ts';

const Id = Type.String({ maxLength: 100 });
const Ids = Type.Array(Id, { maxItems: 100 });
/** A case's deadlines and re-survey, for a rule's openCase and for a case opened by hand. Bounded: an unbounded
 * number of hours made an invalid deadline date (a 500). */
const CaseTiming = {
  firstContactHours: Type.Optional(Type.Number({ minimum: 0.1, maximum: 24 * 60 })),
  resolutionHours: Type.Optional(Type.Number({ minimum: 0.1, maximum: 24 * 365 })),
  resurveyDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
};
const Prop = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), op: StringEnum(COMPARISONS), value: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()]) },
  { additionalProperties: false },
);
const Conditions = Type.Object(
  {
    scoreGroups: Type.Optional(Type.Array(StringEnum(SCORE_GROUPS), { maxItems: 8 })),
    scoreMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    scoreMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    unscored: Type.Optional(Type.Boolean()),
    surveyIds: Type.Optional(Ids),
    channels: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 20 })),
    teamIds: Type.Optional(Ids),
    locationIds: Type.Optional(Ids),
    employeeIds: Type.Optional(Ids),
    words: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
    themes: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
    personProperty: Type.Optional(Prop),
    accountProperty: Type.Optional(Prop),
    includeImported: Type.Optional(
      Type.Boolean({ description: `Also act on imported responses (channel import) and back-dated ones (dated more than ${HISTORY_AGE_DAYS} days before they arrived); skipped by default` }),
    ),
  },
  { additionalProperties: false },
);
const Priority = StringEnum(CASE_PRIORITIES);
const Actions = Type.Object(
  {
    openCase: Type.Optional(
      Type.Object(
        {
          assign: StringEnum(ASSIGN_MODES),
          userId: Type.Optional(Id),
          teamId: Type.Optional(Id),
          priority: Type.Optional(Priority),
          ...CaseTiming,
        },
        { additionalProperties: false },
      ),
    ),
    notifyEmails: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20 })),
    webhookUrl: Type.Optional(Type.String({ maxLength: 2000 })),
    slackWebhookUrl: Type.Optional(Type.String({ maxLength: 2000 })),
    addTags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
const RuleSchema = Type.Object({ id: Type.String(), name: Type.String(), enabled: Type.Boolean(), conditions: Type.Unknown(), actions: Type.Unknown(), createdAt: Type.String(), updatedAt: Type.String() });
const Status = StringEnum(CASE_STATUSES);
const Outcome = StringEnum(CASE_OUTCOMES);
const CaseSchema = Type.Object({
  id: Type.String(),
  responseId: Type.String(),
  ruleId: Nullable(Type.String()),
  personId: Nullable(Type.String()),
  teamId: Nullable(Type.String()),
  employeeId: Nullable(Type.String()),
  ownerUserId: Nullable(Type.String()),
  priority: Priority,
  status: Status,
  outcome: Nullable(Outcome),
  rootCause: Nullable(Type.String()),
  initialScore: Nullable(Type.Integer()),
  firstContactDueAt: Type.String(),
  resolutionDueAt: Type.String(),
  firstContactedAt: Nullable(Type.String()),
  resolvedAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  escalatedAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  wonBack: Type.Boolean({ description: 'Won back: a later answer from the same person no longer negative (wonBackAt), or closed with the outcome won_back' }),
  wonBackAt: Nullable(Type.String({ description: 'When a later answer showed the customer won back' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const CaseSummarySchema = Type.Object(
  {
    score: Nullable(Type.Integer()),
    group: Nullable(StringEnum(SCORE_GROUPS)),
    comment: Nullable(Type.String()),
    customer: Nullable(Type.Object({ name: Nullable(Type.String()), email: Nullable(Type.String()), externalId: Nullable(Type.String()) })),
  },
  { description: "The case's response as an inbox row shows it (null if the response was deleted)" },
);
const CaseListItem = Type.Object({ ...CaseSchema.properties, summary: Nullable(CaseSummarySchema) });
const Event = Type.Object({ id: Type.String(), kind: StringEnum(CASE_EVENT_KINDS), actorUserId: Nullable(Type.String()), body: Nullable(Type.String()), data: Type.Unknown(), createdAt: Type.String() });

export function registerLoopRoutes(api: FastifyInstance, ctx: AppContext): void {
  let tags = ['Alert rules'];
  api.get('/api/v1/alert-rules', { schema: { tags, summary: 'Alert rules', response: { 200: Type.Object({ data: Type.Array(RuleSchema) }), ...errors } } }, async (req) => ({ data: await ctx.alertRules.list(req.auth) }));
  api.post(
    '/api/v1/alert-rules',
    {
      // not coerced: a property condition's value (string | number | boolean) 30 was saved as "30"
      validatorCompiler: exactValidator,
      schema: {
        tags,
        summary: 'Create an alert rule: conditions on new or updated responses, and actions (open a case, notify, tag)',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), enabled: Type.Optional(Type.Boolean()), conditions: Conditions, actions: Actions }, { additionalProperties: false }),
        response: { 201: RuleSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.alertRules.create(req.auth, req.body as never)),
  );
  api.get('/api/v1/alert-rules/:id', { schema: { tags, summary: 'Get an alert rule', params: IdParams, response: { 200: RuleSchema, ...errors } } }, (req) => ctx.alertRules.get(req.auth, (req.params as { id: string }).id));
  api.patch(
    '/api/v1/alert-rules/:id',
    {
      validatorCompiler: exactValidator,
      schema: {
        tags,
        summary: 'Change an alert rule',
        params: IdParams,
        body: Type.Object({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), enabled: Type.Optional(Type.Boolean()), conditions: Type.Optional(Conditions), actions: Type.Optional(Actions) }, { additionalProperties: false }),
        response: { 200: RuleSchema, ...errors },
      },
    },
    (req) => ctx.alertRules.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.delete('/api/v1/alert-rules/:id', { schema: { tags, summary: 'Delete an alert rule', params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    await ctx.alertRules.delete(req.auth, (req.params as { id: string }).id);
    return reply.code(204).send();
  });

  tags = ['Cases'];
  api.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Follow-up cases you may see, newest first (agents: their own; managers: their teams’)',
        querystring: Type.Object({
          ...PageQuery,
          status: Type.Optional(Status),
          ownerUserId: Type.Optional(Id),
          unassigned: Type.Optional(Type.Boolean({ description: 'true: only cases without an owner (not with ownerUserId or mine=true); false: only cases with one' })),
          teamId: Type.Optional(Id),
          priority: Type.Optional(Priority),
          overdue: Type.Optional(Type.Boolean()),
          mine: Type.Optional(Type.Boolean()),
          responseId: Type.Optional(Type.String({ maxLength: 100, description: 'the case about this response (at most one), if you may see it' })),
        }),
        response: { 200: PageOf(CaseListItem), ...errors },
      },
    },
    (req) => ctx.cases.list(req.auth, req.query as never),
  );
  api.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Open a case on a response by hand',
        body: Type.Object(
          {
            responseId: Id,
            // null (or left out): no owner yet
            ownerUserId: Type.Optional(Nullable(Id)),
            priority: Type.Optional(Priority),
            ...CaseTiming,
          },
          { additionalProperties: false },
        ),
        response: { 201: CaseSchema, ...errors, 409: errors[400] },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.cases.openManually(req.auth, req.body as never)),
  );
  api.get(
    '/api/v1/cases/metrics',
    {
      schema: {
        tags,
        summary: 'Follow-up metrics: share followed up, time to first contact and to close, deadline compliance, win-back rate (with counts)',
        querystring: Type.Object({
          from: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD, inclusive; default 90 days before `to`' })),
          to: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD, inclusive; default today (UTC)' })),
          groupBy: Type.Optional(StringEnum(CASE_METRICS_GROUPINGS)),
        }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    (req) => {
      const q = req.query as { from?: string; to?: string; groupBy?: CaseMetricsGrouping };
      // the same default range as /api/v1/metrics: the last 90 days
      const to = q.to ?? toDay(Date.now());
      if (!isDay(to)) throw invalid('to', 'must be a date YYYY-MM-DD');
      const from = q.from ?? addDays(to, -89);
      if (!isDay(from)) throw invalid('from', 'must be a date YYYY-MM-DD');
      if (from > to) throw invalid('from', 'must not be after to');
      return ctx.cases.metrics(req.auth, from, to, q.groupBy ?? null);
    },
  );
  api.post(
    '/api/v1/cases/bulk-assign',
    { schema: { tags, summary: 'Assign many cases to one owner', body: Type.Object({ caseIds: Type.Array(Id, { minItems: 1, maxItems: 200 }), ownerUserId: Nullable(Id) }, { additionalProperties: false }), response: { 200: Type.Object({ updated: Type.Integer() }), ...errors } } },
    (req) => {
      const b = req.body as { caseIds: string[]; ownerUserId: string | null };
      return ctx.cases.bulkAssign(req.auth, b.caseIds, b.ownerUserId);
    },
  );
  api.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'A case with its response and timeline',
        params: IdParams,
        response: {
          200: Type.Object({
            ...CaseSchema.properties,
            response: Type.Unknown(),
            timeline: Type.Array(Event),
            emailConfigured: Type.Boolean({ description: 'Whether this server can send email (SMTP_URL); without it, contact by email answers 503: log a call instead' }),
          }),
          ...errors,
        },
      },
    },
    (req) => ctx.cases.get(req.auth, (req.params as { id: string }).id),
  );
  api.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change status, owner or priority; closing needs an outcome and a root cause',
        params: IdParams,
        body: Type.Object({ status: Type.Optional(Status), ownerUserId: Type.Optional(Nullable(Id)), priority: Type.Optional(Priority), outcome: Type.Optional(Outcome), rootCause: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
        response: { 200: CaseSchema, ...errors },
      },
    },
    (req) => ctx.cases.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.post(
    '/api/v1/cases/:id/notes',
    { schema: { tags, summary: 'Add a note; @name@example.com mentions notify colleagues', params: IdParams, body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000 }) }, { additionalProperties: false }), response: { 201: Event, ...errors } } },
    async (req, reply) => reply.code(201).send(await ctx.cases.note(req.auth, (req.params as { id: string }).id, (req.body as { body: string }).body)),
  );
  api.post(
    '/api/v1/cases/:id/contact',
    {
      schema: {
        tags,
        summary: 'Log customer contact: send an email to the customer from the case, or note a call',
        params: IdParams,
        body: Type.Object({ kind: StringEnum(CONTACT_KINDS), subject: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), body: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false }),
        // 503: no mail server set up, or it did not take the email (nothing is logged on the case)
        response: { 201: Event, ...errors, 503: errors[400] },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.cases.contact(req.auth, (req.params as { id: string }).id, req.body as never)),
  );
}
