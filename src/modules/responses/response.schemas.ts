/** TypeBox schemas of a response as the API answers it, shared by the responses routes. */
import { Type } from 'typebox';
import { CASE_OUTCOMES, CASE_PRIORITIES, CASE_STATUSES, COMMENT_LANGUAGES } from '../../db/tables.ts';
import { Nullable, Properties, StringEnum } from '../../http/schemas.ts';
import { SCORE_GROUPS, SURVEY_KINDS } from '../surveys/score-groups.ts';
import { MAX_TAG_LENGTH, MAX_TAGS } from './response-tags.ts';

export const Answers = Type.Record(Type.String({ maxLength: 64 }), Type.Union([Type.String(), Type.Number(), Type.Array(Type.String()), Type.Null()]));

const Group = Nullable(
  StringEnum(SCORE_GROUPS, { description: 'Score group of the survey kind (promoter, passive, detractor; satisfied, neutral, dissatisfied; easy, neutral, difficult); null when unscored' }),
);

export const PersonSchema = Type.Object({ id: Type.String(), email: Nullable(Type.String()), name: Nullable(Type.String()), externalId: Nullable(Type.String()) });

export const ResponseSchema = Type.Object(
  {
    id: Type.String(),
    surveyId: Type.String(),
    score: Nullable(Type.Integer()),
    group: Group,
    comment: Nullable(Type.String()),
    language: Nullable(
      StringEnum(COMMENT_LANGUAGES, {
        description: 'Language the comment was read in by text analytics; null without a comment and until it is analysed (moments after it is written)',
      }),
    ),
    answers: Answers,
    channel: Type.String(),
    teamId: Nullable(Type.String()),
    team: Nullable(Type.String()),
    locationId: Nullable(Type.String()),
    location: Nullable(Type.String()),
    employeeId: Nullable(Type.String()),
    employee: Nullable(Type.String()),
    person: Nullable(PersonSchema),
    properties: Properties,
    tags: Type.Array(Type.String(), {
      description: `Labels put on by managers (at most ${MAX_TAGS}, each 1–${MAX_TAG_LENGTH} characters, the same regardless of case) or by alert rules`,
    }),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  {},
);

/** A list of tags as a caller sends it; each is checked (trimmed, length, repeats) by response-tags.ts, which names the item. */
export const TagList = Type.Array(Type.String({ maxLength: 1000 }), {
  maxItems: 100,
  description: `Tags: each trimmed, 1–${MAX_TAG_LENGTH} characters; repeats (case ignored) count once; a response has at most ${MAX_TAGS}`,
});

export const HistorySchema = Type.Object({
  responseId: Type.String(),
  person: Nullable(PersonSchema),
  responses: Type.Object({
    data: Type.Array(
      Type.Object({
        id: Type.String(),
        surveyId: Type.String(),
        surveyName: Type.String(),
        surveyKind: StringEnum(SURVEY_KINDS),
        score: Nullable(Type.Integer()),
        group: Group,
        excerpt: Nullable(Type.String({ description: 'The start of the comment, cut at a word with "…"; null without a comment' })),
        channel: Type.String(),
        createdAt: Type.String(),
      }),
    ),
    total: Type.Integer({ description: 'All the other responses of this person the caller may see (data holds the newest of them)' }),
  }),
  cases: Type.Object({
    data: Type.Array(
      Type.Object({
        id: Type.String(),
        responseId: Type.String({ description: 'The response the case follows up (may be this one)' }),
        status: StringEnum(CASE_STATUSES),
        outcome: Nullable(StringEnum(CASE_OUTCOMES)),
        priority: StringEnum(CASE_PRIORITIES),
        overdue: Type.Boolean(),
        wonBack: Type.Boolean(),
        createdAt: Type.String(),
        closedAt: Nullable(Type.String()),
      }),
    ),
    total: Type.Integer({ description: 'All the cases about this person the caller may see (data holds the newest of them)' }),
  }),
});
