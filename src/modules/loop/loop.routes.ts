/** /api/v1/alert-rules, /api/v1/cases (inbox, case page, notes, contact, bulk assign, metrics). */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { CASE_EVENT_KINDS, CASE_OUTCOMES, CASE_PRIORITIES, CASE_STATUSES } from '../../db/tables.ts';
import { PageOf, PageQuery, IdParams, Nullable, errors, SESSION_ONLY, StringEnum, exactValidator } from '../../http/schemas.ts';
import { addDays, isDay, toDay } from '../metrics/periods.ts';
import { invalid } from '../../shared/errors.ts';
import { SCORE_GROUPS } from '../surveys/score-groups.ts';
import { ASSIGN_MODES } from './alert-rules.service.ts';
import { registerCaseResurveyRoute } from './case-resurvey.routes.ts';
import { CASE_METRICS_GROUPINGS, type CaseMetricsGrouping, CONTACT_KINDS, DEFAULT_FIRST_CONTACT_HOURS, DEFAULT_RESOLUTION_HOURS, NO_CONTACT_REASONS } from './case.service.ts';
import { COMPARISONS, HISTORY_AGE_DAYS } from './conditions.ts';

const Id = Type.String({ maxLength: 100 });
const Ids = Type.Array(Id, { maxItems: 100 });
/** A case's deadlines and re-survey, for a rule's openCase and for a case opened by hand. Bounded: an unbounded
 * number of hours made an invalid deadline date (a 500). */
const CaseTiming = {
  firstContactHours: Type.Optional(Type.Number({ minimum: 0.1, maximum: 24 * 60, description: `Hours from opening to the first-contact deadline; default ${DEFAULT_FIRST_CONTACT_HOURS}` })),
  resolutionHours: Type.Optional(Type.Number({ minimum: 0.1, maximum: 24 * 365, description: `Hours from opening to the resolution deadline; default ${DEFAULT_RESOLUTION_HOURS}` })),
  resurveyDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'Send the customer the survey again this many days after the case is closed; default: no re-survey' })),
};
const Prop = (whose: string) =>
  Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 100 }), op: StringEnum(COMPARISONS), value: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()]) },
    {
      additionalProperties: false,
      description:
        `A property of ${whose} compared with \`value\`: eq and neq as text, gt, gte, lt and lte as numbers, contains as text (not case-sensitive); ` +
        'a missing property matches only neq',
    },
  );
const Conditions = Type.Object(
  {
    scoreGroups: Type.Optional(
      Type.Array(StringEnum(SCORE_GROUPS), {
        maxItems: 8,
        description: 'Any of these score groups: promoter, passive, detractor (NPS); satisfied, neutral, dissatisfied (CSAT); easy, neutral, difficult (CES)',
      }),
    ),
    scoreMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'Only scores of at least this; unscored feedback does not match' })),
    scoreMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'Only scores of at most this; unscored feedback does not match' })),
    unscored: Type.Optional(Type.Boolean({ description: 'true: only unscored feedback (the public feedback page); false: only scored responses' })),
    surveyIds: Type.Optional({ ...Ids, description: 'Only responses to any of these surveys (their ids)' }),
    channels: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 20, description: 'Only responses that arrived by any of these channels (link, email, widget, feedback_page, api, import, delighted_api)' })),
    teamIds: Type.Optional({ ...Ids, description: 'Only responses attributed to any of these teams (their ids)' }),
    locationIds: Type.Optional({ ...Ids, description: 'Only responses attributed to any of these locations (their ids)' }),
    employeeIds: Type.Optional({ ...Ids, description: 'Only responses attributed to any of these employees (their ids)' }),
    words: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50, description: 'Any of these words or phrases in the comment (whole words, not case-sensitive)' })),
    themes: Type.Optional(
      Type.Array(Type.String({ maxLength: 100 }), {
        maxItems: 50,
        description: 'Any of these themes (taxonomy ids) found in the comment; the rules run again once a comment has been analysed',
      }),
    ),
    personProperty: Type.Optional(Prop('the response’s person')),
    accountProperty: Type.Optional(Prop('the account of the response’s person')),
    includeImported: Type.Optional(
      Type.Boolean({ description: `Also act on imported responses (channel import) and back-dated ones (dated more than ${HISTORY_AGE_DAYS} days before they arrived); skipped by default` }),
    ),
  },
  { additionalProperties: false, description: 'All the conditions given must hold; a list matches any of its values. No condition: every new or updated response (imported and back-dated ones only with `includeImported`)' },
);
const Priority = StringEnum(CASE_PRIORITIES);
const Actions = Type.Object(
  {
    openCase: Type.Optional(
      Type.Object(
        {
          assign: StringEnum(ASSIGN_MODES, {
            description:
              'team_manager: the manager of the response’s team (or of its employee’s team); round_robin: in turn, the users linked to the employees of ' +
              '`teamId`; user: `userId`; none: nobody. When no one is found the case opens unassigned and the team’s manager, else the owners and admins, are emailed',
          }),
          userId: Type.Optional({ ...Id, description: 'assign: user: the member who gets the cases (their user id)' }),
          teamId: Type.Optional({ ...Id, description: 'assign: round_robin: the team whose employees take turns (its id); default the response’s team' }),
          priority: Type.Optional(StringEnum(CASE_PRIORITIES, { description: 'The case’s priority; default normal' })),
          ...CaseTiming,
          includeAnonymous: Type.Optional(
            Type.Boolean({
              description:
                'Also open a case on a response without a comment whose customer cannot be reached (no person, or no email and no phone); skipped by default. ' +
                'Any case on an unreachable customer has no first-contact deadline',
            }),
          ),
        },
        { additionalProperties: false, description: 'Open a follow-up case on the response (a response has at most one), its deadlines counted from then' },
      ),
    ),
    notifyEmails: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 20, description: 'Email these addresses about the response, with a link to it' })),
    webhookUrl: Type.Optional(Type.String({ maxLength: 2000, description: 'POST `{ rule, event, response }` as JSON to this http(s) URL; retried when it fails' })),
    slackWebhookUrl: Type.Optional(Type.String({ maxLength: 2000, description: 'POST a Slack-style message (`{"text": …}`) to this incoming-webhook URL' })),
    addTags: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
        maxItems: 20,
        description: 'Add these tags to the response: trimmed, 1–40 characters each, repeats in any case count once; a response holds at most 20 tags',
      }),
    ),
  },
  { additionalProperties: false, description: 'What a matching response sets off; at least one action' },
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
  // Reading rules takes any member or API key; changing them an owner's or admin's session (they send feedback out: policy.ts).
  const READ = 'Any member or API key (read scope is enough).';
  const MANAGE = 'Owners and admins, in their session (403 for other roles and for API keys).';
  const RULE_400 = '400 naming the field when no action is given, a URL is not http(s), or a survey, team, location, employee or user named is not in this workspace.';
  api.get(
    '/api/v1/alert-rules',
    {
      schema: {
        tags,
        summary: 'Alert rules',
        description: `${READ} Every rule of the workspace, oldest first (the order they run in); not paged.`,
        response: { 200: Type.Object({ data: Type.Array(RuleSchema) }), ...errors },
      },
    },
    async (req) => ({ data: await ctx.alertRules.list(req.auth) }),
  );
  api.post(
    '/api/v1/alert-rules',
    {
      // not coerced: a property condition's value (string | number | boolean) 30 was saved as "30"
      validatorCompiler: exactValidator,
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Create an alert rule: conditions on new or updated responses, and actions (open a case, notify, tag)',
        description:
          `${MANAGE} From now on, every new or updated response that meets the conditions sets off the actions (earlier responses are not ` +
          `looked at; imported and back-dated ones only with \`includeImported\`). ${RULE_400}`,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200, description: 'Shown in the notifications it sends' }),
            enabled: Type.Optional(Type.Boolean({ description: 'false: saved but not run; default true' })),
            conditions: Conditions,
            actions: Actions,
          },
          { additionalProperties: false },
        ),
        response: { 201: RuleSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.alertRules.create(req.auth, req.body as never)),
  );
  api.get(
    '/api/v1/alert-rules/:id',
    { schema: { tags, summary: 'Get an alert rule', description: `${READ} 404 when no rule of this workspace has the id.`, params: IdParams, response: { 200: RuleSchema, ...errors } } },
    (req) => ctx.alertRules.get(req.auth, (req.params as { id: string }).id),
  );
  api.patch(
    '/api/v1/alert-rules/:id',
    {
      validatorCompiler: exactValidator,
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Change an alert rule',
        description:
          `${MANAGE} Only the fields sent change; \`conditions\` and \`actions\` are replaced as a whole, and \`enabled: false\` pauses the rule. ` +
          `404 when no rule of this workspace has the id; ${RULE_400}`,
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Shown in the notifications it sends' })),
            enabled: Type.Optional(Type.Boolean({ description: 'false: the rule no longer runs; true: it runs again' })),
            conditions: Type.Optional(Conditions),
            actions: Type.Optional(Actions),
          },
          { additionalProperties: false },
        ),
        response: { 200: RuleSchema, ...errors },
      },
    },
    (req) => ctx.alertRules.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.delete(
    '/api/v1/alert-rules/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Delete an alert rule',
        description: `${MANAGE} The cases it opened stay, with \`ruleId\` null. 404 when no rule of this workspace has the id.`,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await ctx.alertRules.delete(req.auth, (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );

  tags = ['Cases'];
  // Who sees which cases is decided in case.service.ts (scope); these sentences say the same.
  const SEE =
    'owners, admins, viewers and API keys see every case; managers the cases of the teams they manage and their own; agents only their own ' +
    'and those about them (their employee records)';
  const WORK = 'Owners, admins, managers and agents, or a write API key (viewers and read keys get 403), on a case they may see; 404 otherwise.';
  const WRITE = 'Managers, owners and admins, or a write API key (agents and viewers get 403).';
  api.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Follow-up cases you may see, newest first (agents: their own; managers: their teams’)',
        description:
          `Any member or API key (read scope is enough): ${SEE}. Newest first, in pages of \`limit\` (follow \`nextCursor\`), each with a ` +
          '`summary` of its response; the filters combine, and 400 names `unassigned` or `open` when they contradict each other.',
        querystring: Type.Object({
          ...PageQuery,
          status: Type.Optional(StringEnum(CASE_STATUSES, { description: 'Only cases with this status' })),
          open: Type.Optional(Type.Boolean({ description: 'true: only cases still to do (open or in_progress); false: only resolved or closed ones' })),
          ownerUserId: Type.Optional({ ...Id, description: 'Only cases owned by this user (their id)' }),
          unassigned: Type.Optional(Type.Boolean({ description: 'true: only cases without an owner (not with ownerUserId or mine=true); false: only cases with one' })),
          teamId: Type.Optional({ ...Id, description: 'Only cases of this team (its id): the team of the case’s response' }),
          priority: Type.Optional(StringEnum(CASE_PRIORITIES, { description: 'Only cases with this priority' })),
          overdue: Type.Optional(
            Type.Boolean({ description: 'true: only cases still to do that missed a deadline (no first contact in time, or not resolved in time); false or left out: all' }),
          ),
          mine: Type.Optional(Type.Boolean({ description: 'true: only cases you own (ignored for an API key, which is no user); false or left out: all' })),
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
        description:
          `${WRITE} Opens the case with its deadlines counted from now, adds \`created\` to its timeline and emails the owner, if any. 404 when no ` +
          'response of this workspace has `responseId`; 409 naming `responseId` when the response already has a case; 400 naming `ownerUserId` ' +
          'when that user is not a member of the workspace.',
        body: Type.Object(
          {
            responseId: { ...Id, description: 'The response to follow up (its id); a response has at most one case' },
            // null (or left out): no owner yet
            ownerUserId: Type.Optional(Nullable({ ...Id, description: 'The member who owns the case (their user id); null or left out: nobody yet' })),
            priority: Type.Optional(StringEnum(CASE_PRIORITIES, { description: 'Default normal' })),
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
        description:
          `Any member or API key (read scope is enough), over the cases they may see (as in the list). For the cases opened in the range: how many, ` +
          'how many are still to do, the share followed up, the median hours to first contact and to close, the shares on time, the win-back rate ' +
          'among cases on negative answers and the outcomes, each share with its counts. 400 naming `from` or `to` for a day that does not exist, or `from` after `to`.',
        querystring: Type.Object({
          from: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD, inclusive; default 89 days before `to` (90 days in all)' })),
          to: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD, inclusive; default today (UTC)' })),
          groupBy: Type.Optional(
            StringEnum(CASE_METRICS_GROUPINGS, { description: 'Adds `groups`: the same figures per owner (user id) or per team (id), `(none)` for cases without one, most cases first' }),
          ),
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
    {
      schema: {
        tags,
        summary: 'Assign many cases to one owner',
        description:
          `${WRITE} Every case and the owner are checked before any case changes: 400 naming \`caseIds/<i>\` for a case that does not exist or ` +
          'that you may not see, naming `ownerUserId` for a user who is not a member. Each case whose owner changes gets an `assigned` event on ' +
          'its timeline and the new owner an email; `updated` is the number of ids sent.',
        body: Type.Object(
          {
            caseIds: Type.Array(Id, { minItems: 1, maxItems: 200, description: 'The cases to assign (their ids)' }),
            ownerUserId: Nullable({ ...Id, description: 'The member who is to own them all (their user id); null: nobody' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ updated: Type.Integer() }), ...errors },
      },
    },
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
        description:
          'Any member or API key (read scope is enough), for a case they may see (as in the list). The case with its response and its timeline, ' +
          'oldest event first; 404 when no case of this workspace that you may see has the id.',
        params: IdParams,
        response: {
          200: Type.Object({
            ...CaseSchema.properties,
            response: Type.Unknown(),
            timeline: Type.Array(Event),
            emailConfigured: Type.Boolean({ description: 'Whether this server can send email (SMTP_URL); without it, contact by email answers 503 (log a call instead) and a re-survey 409' }),
            noContact: Nullable(
              StringEnum(NO_CONTACT_REASONS, {
                description: 'Why the customer could not be reached when the case opened, so it has no first-contact deadline: anonymous (no person) or no_contact_details (no email or phone); null otherwise',
              }),
            ),
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
        description:
          `${WORK} Only the fields sent change: closing needs \`outcome\` and \`rootCause\` (400 naming the one missing or not allowed), reopening ` +
          'clears the outcome, and each change adds an event to the timeline. A new owner is emailed, and closing a case with a re-survey schedules it.',
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Optional(Status),
            ownerUserId: Type.Optional(Nullable({ ...Id, description: 'The member who owns the case (their user id); null: nobody' })),
            priority: Type.Optional(Priority),
            outcome: Type.Optional(StringEnum(CASE_OUTCOMES, { description: 'How it ended; needed to close (status closed), ignored otherwise' })),
            rootCause: Type.Optional(Type.String({ maxLength: 100, description: 'Why it happened, one of the workspace’s root causes (settings); needed to close, ignored otherwise' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: CaseSchema, ...errors },
      },
    },
    (req) => ctx.cases.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.post(
    '/api/v1/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note; @name@example.com mentions notify colleagues',
        description: `${WORK} Adds a \`note\` event to the timeline; each workspace member mentioned by \`@\` and their email address (\`@name@example.com\`) is emailed a link to the case.`,
        params: IdParams,
        body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000, description: 'The note, as plain text' }) }, { additionalProperties: false }),
        response: { 201: Event, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.cases.note(req.auth, (req.params as { id: string }).id, (req.body as { body: string }).body)),
  );
  registerCaseResurveyRoute(api, ctx);
  api.post(
    '/api/v1/cases/:id/contact',
    {
      schema: {
        tags,
        summary: 'Log customer contact: send an email to the customer from the case, or note a call',
        description:
          `${WORK} With \`kind: "email"\` the text goes to the customer’s address: 400 naming \`subject\` when it is missing, naming \`kind\` when the customer has no ` +
          'address or their mail server refuses it; 503 when this server cannot send email or its mail server did not take it (nothing is logged). ' +
          'The contact is added to the timeline, and the first one sets `firstContactedAt` (stopping the first-contact clock) and moves an open case to in_progress.',
        params: IdParams,
        body: Type.Object(
          {
            kind: StringEnum(CONTACT_KINDS, { description: 'email: send `subject` and `body` to the customer now; call: note a call that took place' }),
            subject: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The email’s subject; needed for an email' })),
            body: Type.String({ minLength: 1, maxLength: 20_000, description: 'The email’s text, or a note of the call' }),
          },
          { additionalProperties: false },
        ),
        // 503: no mail server set up, or it did not take the email (nothing is logged on the case)
        response: { 201: Event, ...errors, 503: errors[400] },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.cases.contact(req.auth, (req.params as { id: string }).id, req.body as never)),
  );
}
