/** /api/v1/themes: taxonomy, analysis (top problems, theme pages, emerging themes), discovery, sentiment model. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, StringEnum } from '../../http/schemas.ts';
import { ResponseAnalysis, RunSchema, SentimentStatus, Suggestion, SuggestionResolved, SuggestionWords, TaxonomyInput, TaxonomySaved, TaxonomyState, ThemeAnalysis, ThemeDetail } from './theme.schemas.ts';
import { STARTER_TAXONOMIES } from './taxonomies/index.ts';
import { SUGGESTION_ACTIONS, SUGGESTION_PREVIEW_COMMENTS } from './theme.service.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Id = Type.String({ maxLength: 100 });
/** An id the query names: Id's limits, with its own description. */
const IdOf = (description: string) => ({ ...Id, description });
/** Comments are counted by the day their response was given (UTC). */
const Range = {
  surveyId: Type.Optional(IdOf('Only responses to this survey; default: all surveys')),
  from: Type.Optional({ ...Day, description: 'First day, YYYY-MM-DD (UTC), included; default: 89 days before `to`' }),
  to: Type.Optional({ ...Day, description: 'Last day, YYYY-MM-DD (UTC), included; default: today' }),
};
const TeamFilter = { teamId: Type.Optional(IdOf('Only responses attributed to this team')) };
/** The limits of IdParams, described as what this id is: a theme's id in the taxonomy. */
const ThemeIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100, description: 'The theme’s id in the taxonomy, e.g. `customer_service` (as `themes[].id` shows it)' }) });
/** Who may change the taxonomy and start runs: whoever may change data (policy.ts). */
const WRITERS = 'Managers, owners and admins, or a write API key.';
/** Who may read the analysis; agents read only their own customers' words (ownFeedbackOnly). */
const READERS = 'Any member or API key (read scope is enough).';

export function registerThemeRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Themes'];
  api.get(
    '/api/v1/themes/taxonomy',
    {
      schema: {
        tags,
        summary: 'The workspace’s taxonomy and the starter taxonomies on offer',
        description: `${READERS} While the workspace has saved none, \`version\` is 0 and the taxonomy has no themes (comments get sentiment but no themes).`,
        response: { 200: TaxonomyState, ...errors },
      },
    },
    (req) => ctx.themes.getTaxonomy(req.auth),
  );
  api.put(
    '/api/v1/themes/taxonomy',
    {
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Replace the taxonomy (or start from an industry template); every comment is re-analysed in the background',
        description:
          `Format: docs/text-analytics.md; give \`taxonomy\` or \`starter\` (${STARTER_TAXONOMIES.join(', ')}). ${WRITERS} ` +
          'A taxonomy that does not compile is refused whole (400 naming the theme); the saved one gets the next `version`, and `run` is the re-analysis it started.',
        body: Type.Object(
          {
            taxonomy: Type.Optional(TaxonomyInput),
            starter: Type.Optional(StringEnum(STARTER_TAXONOMIES, { description: 'Start from this industry template instead of giving `taxonomy` (it wins when both are given)' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: TaxonomySaved, ...errors },
      },
    },
    (req) => ctx.themes.setTaxonomy(req.auth, req.body as never),
  );
  api.get(
    '/api/v1/themes/analysis',
    {
      schema: {
        tags,
        summary: 'Top problems: themes with volume, share, NPS, sentiment and impact on NPS (± margin), most harmful first; emerging themes',
        description:
          `${READERS} Aggregates only (no comments), over every comment in the range and filters, for an agent too; emerging themes compare the 7 days up ` +
          'to `to` with the 8 weeks before, whatever `from` and `teamId` say. 400 when `from` is after `to`.',
        querystring: Type.Object({ ...Range, ...TeamFilter }),
        response: { 200: ThemeAnalysis, ...errors },
      },
    },
    (req) => ctx.themes.analysis(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/themes/status',
    {
      schema: {
        tags,
        summary: 'Sentiment model in use, comments analysed, recent runs with progress',
        description: `${READERS} Poll it to follow a re-analysis, discovery or training run started elsewhere.`,
        response: { 200: SentimentStatus, ...errors },
      },
    },
    (req) => ctx.themes.status(req.auth),
  );
  api.get(
    '/api/v1/themes/suggestions',
    {
      schema: {
        tags,
        summary: 'Suggested themes from discovery',
        description: `${READERS} The open suggestions of the latest discovery, largest first; not paged. An agent gets them without \`examples\` (other customers’ words).`,
        response: { 200: Type.Object({ data: Type.Array(Suggestion) }), ...errors },
      },
    },
    async (req) => ({ data: await ctx.themes.suggestions(req.auth) }),
  );
  api.post(
    '/api/v1/themes/discover',
    {
      schema: {
        tags,
        summary: 'Start discovery of themes no rule covers (background; see status)',
        description:
          `${WRITERS} Reads up to the 100,000 latest comments; when it finishes, its suggestions replace the open ones (dismissed ones are ` +
          'not suggested again). The answer is the queued run.',
        response: { 202: RunSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(202).send(await ctx.themes.startDiscovery(req.auth)),
  );
  api.post(
    '/api/v1/themes/train',
    {
      schema: {
        tags,
        summary: 'Learn a sentiment model from this workspace’s scored comments (background)',
        description:
          `${WRITERS} Learns from up to the 50,000 latest scored comments, labelled by score group, then re-analyses every comment with the new ` +
          'model. The answer is the queued run, which fails (keeping the model in use) with fewer than 300 such comments or fewer than 30 of each sentiment.',
        response: { 202: RunSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(202).send(await ctx.themes.startTraining(req.auth)),
  );
  api.post(
    '/api/v1/themes/suggestions/:id',
    {
      schema: {
        tags,
        summary: 'Accept (optionally renamed), merge into a theme, or dismiss a suggestion',
        description:
          `${WRITERS} Accepting adds the suggestion as a new top-level theme and merging adds the chosen \`words\` to an existing theme: both save a new ` +
          'taxonomy version and re-analyse every comment (`run`). A dismissed suggestion is not suggested again; 404 when no open suggestion has the id.',
        params: IdParams,
        body: Type.Object(
          {
            action: StringEnum(SUGGESTION_ACTIONS, { description: 'accept: add it as a new theme; merge: add its words to the theme `intoThemeId`; dismiss: drop it' }),
            label: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'accept: the new theme’s label (its id is made from it); default: the suggestion’s' })),
            intoThemeId: Type.Optional(IdOf('merge (required): the id of the theme the suggestion’s words are added to')),
            words: Type.Optional(
              Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
                minItems: 1,
                maxItems: 200,
                description:
                  'accept and merge: the words and phrases of the suggestion’s rule to apply (as GET …/words lists them; 400 on `words` for one that is not the suggestion’s). Required to merge; accept without it takes every word (the first behaviour of this API)',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: SuggestionResolved, ...errors },
      },
    },
    (req) => ctx.themes.resolveSuggestion(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.get(
    '/api/v1/themes/suggestions/:id/words',
    {
      schema: {
        tags,
        summary: 'A suggestion’s words and phrases, each with the comments it would add',
        description:
          `${READERS} Counts each word of the suggestion’s rule alone over the latest ${SUGGESTION_PREVIEW_COMMENTS.toLocaleString('en')} analysed comments: those it matches, or with \`intoThemeId\` those it matches that the theme does not have yet (what a merge would add); 404 when no open suggestion has the id, 400 when the taxonomy has no theme \`intoThemeId\`.`,
        params: IdParams,
        querystring: Type.Object({ intoThemeId: Type.Optional(IdOf('Count only the comments this theme does not have yet (preview of a merge)')) }),
        response: { 200: SuggestionWords, ...errors },
      },
    },
    (req) => ctx.themes.suggestionWords(req.auth, (req.params as { id: string }).id, req.query as never),
  );
  api.get(
    '/api/v1/responses/:id/analysis',
    {
      schema: {
        tags,
        summary: 'One response’s sentiment, comment language and themes (each with its sentiment and matched words)',
        description:
          `${READERS} An agent only for responses attributed to them. 404 when no response of this workspace has the id (or an agent may not read ` +
          'it); `analyzed: false` while its comment waits for analysis or when it has none.',
        params: IdParams,
        response: { 200: ResponseAnalysis, ...errors },
      },
    },
    (req) => ctx.themes.responseAnalysis(req.auth, (req.params as { id: string }).id),
  );
  api.get(
    '/api/v1/themes/:id',
    {
      schema: {
        tags,
        summary: 'A theme: trend, breakdown by team and location, comments with the matched words',
        description:
          `${READERS} The counts, trend (weekly; monthly for ranges over 180 days; each bucket says how much of its period the range covers, as in GET /api/v1/metrics) and breakdowns cover every comment in the range and filters; the comments are the ` +
          'latest the caller may read (an agent: those attributed to them). 404 when the taxonomy has no theme with the id; 400 when `from` is after `to`.',
        params: ThemeIdParams,
        querystring: Type.Object({ ...Range, ...TeamFilter, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'Comments to return, most recent first; default 50' })) }),
        response: { 200: ThemeDetail, ...errors },
      },
    },
    (req) => ctx.themes.theme(req.auth, (req.params as { id: string }).id, req.query as never),
  );
}
