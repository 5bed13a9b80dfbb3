/**
 * Response (and taxonomy body) schemas of /api/v1/themes. They follow what ThemeService returns field by field:
 * fast-json-stringify drops any property an object schema does not declare, so a field added to the service must
 * be added here too (test/themes/schemas.test.ts compares the service's answers with the routes').
 */
import { type TSchema, Type } from 'typebox';
import { RUN_KINDS, RUN_STATUSES, SUGGESTION_STATUSES, type SuggestionStatus } from '../../db/tables.ts';
import { Nullable, StringEnum } from '../../http/schemas.ts';
import { SCORE_GROUPS, SURVEY_KINDS, TONES } from '../surveys/score-groups.ts';
import { STARTER_TAXONOMIES } from './taxonomies/index.ts';
import { MODEL_KINDS, THEME_STANDINGS } from './theme.service.ts';

// Fields with a fixed set of values are StringEnums: documented with their values, serialised as any string.
const Tone = StringEnum(TONES);
const Day = Type.String({ description: 'UTC date YYYY-MM-DD' });
const Percent = (description: string) => Type.Number({ description });
/** The buckets of a theme's trend: weeks, or months for ranges over 180 days (ThemeService.theme). */
const TREND_INTERVALS = ['week', 'month'] as const;

// ------------------------------------------------------------------------------------------------ taxonomy

const Rules = Type.Array(Type.String());

/** Match rules of a theme (docs/text-analytics.md); compileTaxonomy rejects any other key. */
export const MatchRules = Type.Object(
  {
    terms: Type.Optional(Type.Array(Type.String(), { description: 'Words or phrases, negation-aware ("not slow" is not `slow`); `wifi*` is a prefix, a lone `*` any one word' })),
    topics: Type.Optional(Type.Array(Type.String(), { description: 'The subject itself: a negated mention still counts, as a complaint' })),
    all: Type.Optional(Type.Array(Type.String(), { description: 'Words that must come together in one clause: "A|B + C|D" (A or B, and C or D)' })),
    exclude: Type.Optional(Type.Array(Type.String(), { description: "A clause holding one of these drops the theme's matches in it" })),
    unless: Type.Optional(Type.Array(Type.String(), { description: "Theme ids: when one of them (or a sub-theme) is in the comment, this theme's own matches are dropped" })),
  },
  { description: 'How the theme is recognised in a comment (format: docs/text-analytics.md)' },
);

/**
 * Sub-themes are declared this many levels deep (starter taxonomies use two); deeper levels are passed through
 * as they are, so no level of a taxonomy is ever dropped from an answer.
 */
const THEME_LEVELS = 4;

const ThemeFields = {
  id: Type.String({ description: 'Lower-case letters, digits and _ . : -, unique across the taxonomy' }),
  label: Type.String(),
  description: Type.Optional(Type.String()),
  match: Type.Optional(MatchRules),
};

function themeLevel(level: number): TSchema {
  const sub =
    level >= THEME_LEVELS
      ? Type.Array(Type.Object({}, { additionalProperties: true, description: 'A sub-theme (same shape as a theme)' }))
      : Type.Array(themeLevel(level + 1));
  // Open: keys of a theme other than these are kept as they were saved.
  return Type.Object({ ...ThemeFields, themes: Type.Optional(sub) }, { additionalProperties: true, description: level === 1 ? 'A theme' : 'A sub-theme: when it matches, its parent is assigned too' });
}

export const TaxonomySchema = Type.Object(
  {
    name: Type.String(),
    description: Type.Optional(Type.String()),
    version: Type.Optional(Type.Number({ description: "The taxonomy author's own version number (the workspace's saved version is the answer's `version`)" })),
    language: Type.Optional(Type.String()),
    themes: Type.Array(themeLevel(1)),
  },
  { additionalProperties: true, description: 'A taxonomy: themes and sub-themes with match rules (format: docs/text-analytics.md)' },
);

/**
 * The body's taxonomy: only the fields compileTaxonomy does not check are typed here (so whatever is saved fits
 * TaxonomySchema); ids, labels and match rules are checked by compileTaxonomy, whose messages name the theme.
 */
function themeInput(level: number): TSchema {
  const sub = level >= THEME_LEVELS ? Type.Array(Type.Unknown()) : Type.Array(themeInput(level + 1));
  return Type.Object({ description: Type.Optional(Type.String()), themes: Type.Optional(sub) }, { additionalProperties: true });
}
export const TaxonomyInput = Type.Object(
  { description: Type.Optional(Type.String()), version: Type.Optional(Type.Number()), language: Type.Optional(Type.String()), themes: Type.Optional(Type.Array(themeInput(1))) },
  { additionalProperties: true, description: 'A taxonomy (format: docs/text-analytics.md): { name, description?, version?, language?, themes: [{ id, label, description?, match?, themes? }] }' },
);

// ------------------------------------------------------------------------------------------------ runs

export const RunSchema = Type.Object(
  {
    id: Type.String(),
    kind: StringEnum(RUN_KINDS, { description: 'reanalyze: every comment again after a taxonomy or model change; discover: suggest themes; train: learn a sentiment model' }),
    status: StringEnum(RUN_STATUSES),
    total: Type.Integer({ description: 'Comments to process (0 until the run starts)' }),
    processed: Type.Integer(),
    progress: Type.Integer({ minimum: 0, maximum: 100, description: 'Percent done (100 for a finished run with nothing to do)' }),
    error: Nullable(Type.String({ description: 'Why a failed run failed' })),
    createdAt: Type.String(),
    finishedAt: Nullable(Type.String()),
  },
  { description: 'A background analysis run' },
);

// ------------------------------------------------------------------------------------------------ answers

export const TaxonomyState = Type.Object({
  version: Type.Integer({ description: 'Saved version of the workspace taxonomy; 0 while it has none' }),
  taxonomy: TaxonomySchema,
  starters: Type.Array(StringEnum(STARTER_TAXONOMIES), { description: 'Names of the starter taxonomies on offer (PUT `starter`)' }),
});

export const TaxonomySaved = Type.Object({
  ...TaxonomyState.properties,
  run: Type.Optional(RunSchema),
});

const Sentiment = Type.Object(
  { positive: Type.Integer(), neutral: Type.Integer(), negative: Type.Integer() },
  { description: "Comments mentioning the theme by the theme's own sentiment in them" },
);

export const ThemeStat = Type.Object({
  id: Type.String(),
  label: Type.String({ description: 'The id when the theme is no longer in the taxonomy' }),
  parentId: Nullable(Type.String({ description: 'Parent theme (null for a top-level theme)' })),
  count: Type.Integer({ description: 'Commented responses mentioning the theme' }),
  share: Percent('Percent of the commented responses mentioning the theme'),
  nps: Nullable(Type.Number({ description: 'NPS of the scored NPS responses mentioning the theme; null without any' })),
  scored: Type.Integer({ description: 'Scored NPS responses mentioning the theme' }),
  detractors: Type.Integer({ description: 'Detractors among them' }),
  sentiment: Sentiment,
  impact: Nullable(
    Type.Number({ description: "NPS points the overall score would gain if this theme's detractors were passives, as a negative number: −100·d/n (d its detractors, n all scored NPS responses); null without scored responses" }),
  ),
  impactMargin: Nullable(Type.Number({ description: '95% margin of `impact`, in points: 1.96·√(q(1−q)/n)·100 with q = d/n' })),
  relativeNps: Nullable(
    Type.Number({ description: 'NPS of the scored responses mentioning the theme minus the NPS of those that do not; null when either side has none' }),
  ),
  standing: StringEnum(THEME_STANDINGS, {
    description:
      'problem: its responses score below the rest; strength: above the rest (what customers praise, though it may have detractors) — both only when the difference is significant at 95% (SE = √(SE₁² + SE₂²), |relativeNps| > 1.96·SE·100); neutral: scored but not significantly apart from the rest; unscored: no scored NPS response mentions it',
  }),
});

export const EmergingTheme = Type.Object(
  {
    id: Type.String(),
    label: Type.String(),
    recentCount: Type.Integer({ description: 'Comments mentioning it in the last 7 days' }),
    recentShare: Percent('Percent of the last 7 days’ comments mentioning it'),
    baselineShare: Percent('Percent of the 8 weeks before mentioning it'),
    z: Type.Number({ description: 'Two-proportion z statistic of the rise' }),
    pValue: Type.Number({ description: 'One-sided p-value (< 0.05 to be emerging)' }),
  },
  { description: 'Emerging: a theme whose share of comments in the last 7 days rose significantly against its own previous 8 weeks (one-sided p < 0.05), in at least 5 comments' },
);

export const ThemeAnalysis = Type.Object({
  from: Day,
  to: Day,
  commented: Type.Integer({ description: 'Analysed (commented) responses in the range' }),
  scored: Type.Integer({ description: 'Of those, scored responses to NPS surveys' }),
  nps: Nullable(Type.Number({ description: 'NPS of those scored responses; null without any' })),
  themes: Type.Array(ThemeStat, { description: 'Every theme mentioned, most harmful first (lowest impact, then most mentioned)' }),
  emerging: Type.Array(EmergingTheme, { description: 'Emerging themes up to `to`, strongest rise first' }),
});

const Breakdown = Type.Object({
  id: Type.String(),
  label: Type.String(),
  count: Type.Integer({ description: 'Comments mentioning the theme' }),
  share: Percent("Percent of that team's (location's) commented responses mentioning the theme"),
});

export const ThemeDetail = Type.Object({
  id: Type.String(),
  label: Type.String(),
  from: Day,
  to: Day,
  count: Type.Integer({ description: 'Commented responses mentioning the theme in the range' }),
  interval: StringEnum(TREND_INTERVALS, { description: 'What a trend bucket spans: week, or month for ranges over 180 days' }),
  trend: Type.Array(
    Type.Object({
      period: Type.String({ description: 'First day of the week (the Monday; the 1st of the month for ranges over 180 days)' }),
      // the part of the period the range covers, as in GET /api/v1/metrics series (periodCoverage in metrics/periods.ts)
      from: Type.String({ description: 'First day of the period inside the range (after `period` when the range starts mid-period)' }),
      to: Type.String({ description: 'Last day of the period inside the range (before the period end when the range ends mid-period)' }),
      days: Type.Integer({ description: 'Days from `from` to `to` that have begun (UTC): the days the counts can hold' }),
      periodDays: Type.Integer({ description: 'Days in the whole period: 7, or 28–31' }),
      partial: Type.Boolean({ description: 'The counts hold less than the whole period: days < periodDays, or the period is still in progress' }),
      inProgress: Type.Boolean({ description: 'Today (UTC) lies in the period and the range: the counts will still grow' }),
      count: Type.Integer(),
      share: Nullable(Percent('Percent of the period’s commented responses mentioning the theme; null without any')),
    }),
  ),
  byTeam: Type.Array(Breakdown),
  byLocation: Type.Array(Breakdown),
  byLanguage: Type.Array(Breakdown, {
    description: 'Per language the comments were read in (id en, es, fr or de; label its English name): mentions and their share of that language’s comments',
  }),
  readableCount: Type.Integer({
    description: 'Of `count`, the responses whose comments the caller may read (an agent: those attributed to them; others: all) — what `comments` is the latest of, and what the responses list shows',
  }),
  comments: Type.Array(
    Type.Object({
      responseId: Type.String(),
      comment: Type.String(),
      score: Nullable(Type.Number()),
      kind: StringEnum(SURVEY_KINDS, { description: 'Survey kind' }),
      group: Nullable(StringEnum(SCORE_GROUPS, { description: 'Score group; null when unscored' })),
      createdAt: Type.String(),
      sentiment: Tone,
      highlights: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() }), { description: 'The matched words: UTF-16 offsets into `comment`, end exclusive' }),
    }),
    { description: 'Most recent first, at most `limit`' },
  ),
});

export const SentimentStatus = Type.Object({
  model: Type.Object({
    kind: StringEnum(MODEL_KINDS, { description: "builtin: Clearloop's lexicon; learnt: a model trained on this workspace's scored comments" }),
    examples: Type.Optional(Type.Integer({ description: 'Learnt model: comments it was trained on' })),
    trainedAt: Type.Optional(Type.String()),
  }),
  analysed: Type.Integer({ description: 'Comments analysed' }),
  runs: Type.Array(RunSchema, { description: 'The 20 latest runs, newest first' }),
});

export const Suggestion = Type.Object({
  id: Type.String(),
  label: Type.String(),
  keyPhrases: Type.Array(Type.String()),
  size: Type.Integer({ description: 'Comments in the suggested theme' }),
  examples: Type.Array(Type.String(), { description: 'Example comments' }),
  rule: Type.Object(
    {
      id: Type.Optional(Type.String()),
      label: Type.Optional(Type.String()),
      description: Type.Optional(Type.String()),
      match: Type.Optional(Type.Object({ terms: Type.Optional(Rules), topics: Type.Optional(Rules) }, { additionalProperties: true })),
    },
    { additionalProperties: true, description: 'The suggested theme in the taxonomy format, ready to add' },
  ),
});

export const SuggestionWords = Type.Object({
  suggestionId: Type.String(),
  intoThemeId: Nullable(Type.String({ description: 'The theme a merge would add to; null: counts for a new theme' })),
  scanned: Type.Integer({ description: 'Analysed comments counted in (the latest)' }),
  words: Type.Array(
    Type.Object({
      word: Type.String({ description: 'A word or phrase of the suggestion’s rule, as `words` takes it' }),
      kind: StringEnum(['topic', 'term'] as const, { description: 'topic: matches even when negated; term: negation-aware' }),
      comments: Type.Integer({ description: 'Comments it matches (that `intoThemeId` does not have yet)' }),
    }),
  ),
});

export const SuggestionResolved = Type.Object({
  status: StringEnum(SUGGESTION_STATUSES.filter((s): s is Exclude<SuggestionStatus, 'open'> => s !== 'open')),
  taxonomy: Type.Optional(TaxonomySchema),
  run: Type.Optional(RunSchema),
});

export const ResponseAnalysis = Type.Object({
  responseId: Type.String(),
  analyzed: Type.Boolean({ description: 'false while the comment waits for analysis, or when the response has no comment analysed' }),
  sentiment: Nullable(Tone),
  sentimentScore: Nullable(Type.Number({ description: '−1…1' })),
  language: Nullable(Type.String({ description: 'The language the comment was read in (en, es, fr, de)' })),
  model: Nullable(Type.String({ description: 'builtin or learnt: the sentiment model that scored it' })),
  themes: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String({ description: 'The id when the theme is no longer in the taxonomy' }),
      parentId: Nullable(Type.String()),
      sentiment: Tone,
      highlights: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() }), { description: 'The matched words: UTF-16 offsets into the comment, end exclusive' }),
    }),
  ),
});
