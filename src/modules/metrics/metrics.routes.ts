/** GET /api/v1/metrics */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, StringEnum } from '../../http/schemas.ts';
import { SURVEY_KINDS } from '../surveys/score-groups.ts';
import { DEFAULT_RANGE_DAYS } from './metrics.service.ts';
import { INTERVALS } from './periods.ts';

const Day = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const MetricsQuerySchema = Type.Object({
  surveyId: Type.String({ minLength: 1, maxLength: 100, description: 'The survey (its id); 404 when no survey of this workspace has it' }),
  from: Type.Optional(Day(`First day of the range: a UTC date YYYY-MM-DD, inclusive; default ${DEFAULT_RANGE_DAYS - 1} days before \`to\` (${DEFAULT_RANGE_DAYS} days in all)`)),
  to: Type.Optional(Day('Last day of the range: a UTC date YYYY-MM-DD, inclusive; default today (UTC)')),
  interval: Type.Optional(StringEnum(INTERVALS, { description: 'Adds `series`: one bucket per day, week (Monday to Sunday) or month; left out: no series' })),
  groupBy: Type.Optional(Type.String({ maxLength: 120, description: 'team | location | employee | channel | property:<name>' })),
  compareTo: Type.Optional(
    Type.Literal('previous', {
      description: 'previous: adds `previous`, the same figures for the range of the same length just before, and `change` against it (null when either period has too few responses: none, or for CES fewer than 2)',
    }),
  ),
  teamId: Type.Optional(Type.String({ maxLength: 100, description: 'Only responses attributed to this team (its id)' })),
  locationId: Type.Optional(Type.String({ maxLength: 100, description: 'Only responses attributed to this location (its id)' })),
  employeeId: Type.Optional(Type.String({ maxLength: 100, description: 'Only responses attributed to this employee (its id)' })),
  channel: Type.Optional(Type.String({ maxLength: 32, description: 'Only responses that arrived by this channel: link, email, widget, feedback_page, api, import or delighted_api' })),
});

const Num = Type.Union([Type.Number(), Type.Null()]);

/** A period's summary: the count, the score with its error, and the counts of the survey's kind. */
const SummaryFields = {
  total: Type.Integer(),
  score: Num,
  standardError: Num,
  marginOfError: Num,
  promoters: Type.Optional(Type.Integer()),
  passives: Type.Optional(Type.Integer()),
  detractors: Type.Optional(Type.Integer()),
  nps: Type.Optional(Num),
  satisfied: Type.Optional(Type.Integer()),
  csat: Type.Optional(Num),
  mean: Type.Optional(Num),
};

/** The summary of the previous period of the same length (compareTo=previous); numbers rounded to 2 decimals. */
const PreviousSchema = Type.Object(
  {
    from: Type.String({ description: 'First day of the previous period' }),
    to: Type.String({ description: 'Last day of the previous period (the day before `from`)' }),
    ...SummaryFields,
  },
  { description: 'The same summary for the previous period of the same length; the counts present depend on the survey kind, as above' },
);

/** One bucket of the series, with the part of its period that the range covers (UTC days). */
const SeriesPoint = Type.Object({
  period: Type.String({ description: 'First day of the period: the day, the Monday of the week, or the 1st of the month' }),
  from: Type.String({ description: 'First day of the period inside the range (after `period` when the range starts mid-period)' }),
  to: Type.String({ description: 'Last day of the period inside the range (before the period end when the range ends mid-period)' }),
  days: Type.Integer({ description: 'Days from `from` to `to` that have begun (UTC): the days the figures can count' }),
  periodDays: Type.Integer({ description: 'Days in the whole period: 1, 7 or 28–31' }),
  partial: Type.Boolean({ description: 'The figures hold less than the whole period: days < periodDays, or the period is still in progress' }),
  inProgress: Type.Boolean({ description: 'Today (UTC) lies in the period and the range: the figures will still grow' }),
  total: Type.Integer(),
  score: Num,
  marginOfError: Num,
  low: Type.Union([Type.Number(), Type.Null()], { description: 'Lower end of the 95% band: score − margin, no lower than the measure can be (NPS −100, CSAT 0, CES 1)' }),
  high: Type.Union([Type.Number(), Type.Null()], { description: 'Upper end of the 95% band: score + margin, no higher than the measure can be (NPS 100, CSAT 100, CES 7)' }),
});

const MetricsSchema = Type.Object(
  {
    surveyId: Type.String(),
    kind: StringEnum(SURVEY_KINDS),
    from: Type.String(),
    to: Type.String(),
    ...SummaryFields,
    distribution: Type.Record(Type.String(), Type.Integer()),
    series: Type.Optional(Type.Array(SeriesPoint, { description: 'One bucket per period (interval) touching the range, empty ones included' })),
    groups: Type.Optional(Type.Array(Type.Object({ key: Type.String(), label: Type.String(), total: Type.Integer(), score: Num, marginOfError: Num }))),
    previous: Type.Optional(PreviousSchema),
    change: Type.Optional(
      Type.Union([Type.Object({ delta: Num, standardError: Num, pValue: Num, significant: Type.Boolean() }), Type.Null()]),
    ),
  },
  {},
);

export function registerMetricsRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/metrics',
    {
      schema: {
        tags: ['Metrics'],
        summary: 'NPS / CSAT / CES with margin of error, series, groups and change (formulas: docs/metrics.md)',
        description:
          'Any member or API key (read scope is enough). Counts the scored responses of one survey by UTC day in the range, with a series whose ' +
          'buckets say how much of their period the range covers (partial, inProgress); the filters combine. 400 naming `from` or `to` for a ' +
          'day that does not exist, a `from` after `to` or a range over 3,660 days, naming `groupBy` for an unknown grouping.',
        querystring: MetricsQuerySchema,
        response: { 200: MetricsSchema, ...errors },
      },
    },
    (req) => ctx.metrics.metrics(req.auth, req.query as never),
  );
}
