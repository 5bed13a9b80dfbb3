/** GET /api/v1/metrics */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, StringEnum } from '../../http/schemas.ts';
import { SURVEY_KINDS } from '../surveys/score-groups.ts';
import { INTERVALS } from './periods.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'UTC date YYYY-MM-DD (inclusive)' });

export const MetricsQuerySchema = Type.Object({
  surveyId: Type.String({ minLength: 1, maxLength: 100 }),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  interval: Type.Optional(StringEnum(INTERVALS)),
  groupBy: Type.Optional(Type.String({ maxLength: 120, description: 'team | location | employee | channel | property:<name>' })),
  compareTo: Type.Optional(Type.Literal('previous')),
  teamId: Type.Optional(Type.String({ maxLength: 100 })),
  locationId: Type.Optional(Type.String({ maxLength: 100 })),
  employeeId: Type.Optional(Type.String({ maxLength: 100 })),
  channel: Type.Optional(Type.String({ maxLength: 32 })),
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

const MetricsSchema = Type.Object(
  {
    surveyId: Type.String(),
    kind: StringEnum(SURVEY_KINDS),
    from: Type.String(),
    to: Type.String(),
    ...SummaryFields,
    distribution: Type.Record(Type.String(), Type.Integer()),
    series: Type.Optional(
      Type.Array(Type.Object({ period: Type.String(), total: Type.Integer(), score: Num, marginOfError: Num, low: Num, high: Num })),
    ),
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
        querystring: MetricsQuerySchema,
        response: { 200: MetricsSchema, ...errors },
      },
    },
    (req) => ctx.metrics.metrics(req.auth, req.query as never),
  );
}
