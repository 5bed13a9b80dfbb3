/** /api/v1/themes: taxonomy, analysis (top problems, theme pages, emerging themes), discovery, sentiment model. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, StringEnum } from '../../http/schemas.ts';
import { ResponseAnalysis, RunSchema, SentimentStatus, Suggestion, SuggestionResolved, TaxonomyInput, TaxonomySaved, TaxonomyState, ThemeAnalysis, ThemeDetail } from './theme.schemas.ts';
import { STARTER_TAXONOMIES } from './taxonomies/index.ts';
import { SUGGESTION_ACTIONS } from './theme.service.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Id = Type.String({ maxLength: 100 });
const Range = { surveyId: Type.Optional(Id), from: Type.Optional(Day), to: Type.Optional(Day) };

export function registerThemeRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Themes'];
  api.get('/api/v1/themes/taxonomy', { schema: { tags, summary: 'The workspace’s taxonomy and the starter taxonomies on offer', response: { 200: TaxonomyState, ...errors } } }, (req) => ctx.themes.getTaxonomy(req.auth));
  api.put(
    '/api/v1/themes/taxonomy',
    {
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Replace the taxonomy (or start from an industry template); every comment is re-analysed in the background',
        description: `Format: docs/text-analytics.md. Give \`taxonomy\` or \`starter\` (${STARTER_TAXONOMIES.join(', ')}).`,
        body: Type.Object({ taxonomy: Type.Optional(TaxonomyInput), starter: Type.Optional(StringEnum(STARTER_TAXONOMIES)) }, { additionalProperties: false }),
        response: { 200: TaxonomySaved, ...errors },
      },
    },
    (req) => ctx.themes.setTaxonomy(req.auth, req.body as never),
  );
  api.get(
    '/api/v1/themes/analysis',
    { schema: { tags, summary: 'Top problems: themes with volume, share, NPS, sentiment and impact on NPS (± margin), most harmful first; emerging themes', querystring: Type.Object({ ...Range, teamId: Type.Optional(Id) }), response: { 200: ThemeAnalysis, ...errors } } },
    (req) => ctx.themes.analysis(req.auth, req.query as never),
  );
  api.get('/api/v1/themes/status', { schema: { tags, summary: 'Sentiment model in use, comments analysed, recent runs with progress', response: { 200: SentimentStatus, ...errors } } }, (req) => ctx.themes.status(req.auth));
  api.get('/api/v1/themes/suggestions', { schema: { tags, summary: 'Suggested themes from discovery', response: { 200: Type.Object({ data: Type.Array(Suggestion) }), ...errors } } }, async (req) => ({ data: await ctx.themes.suggestions(req.auth) }));
  api.post('/api/v1/themes/discover', { schema: { tags, summary: 'Start discovery of themes no rule covers (background; see status)', response: { 202: RunSchema, ...errors } } }, async (req, reply) =>
    reply.code(202).send(await ctx.themes.startDiscovery(req.auth)),
  );
  api.post('/api/v1/themes/train', { schema: { tags, summary: 'Learn a sentiment model from this workspace’s scored comments (background)', response: { 202: RunSchema, ...errors } } }, async (req, reply) =>
    reply.code(202).send(await ctx.themes.startTraining(req.auth)),
  );
  api.post(
    '/api/v1/themes/suggestions/:id',
    {
      schema: {
        tags,
        summary: 'Accept (optionally renamed), merge into a theme, or dismiss a suggestion',
        params: IdParams,
        body: Type.Object(
          { action: StringEnum(SUGGESTION_ACTIONS), label: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), intoThemeId: Type.Optional(Id) },
          { additionalProperties: false },
        ),
        response: { 200: SuggestionResolved, ...errors },
      },
    },
    (req) => ctx.themes.resolveSuggestion(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.get(
    '/api/v1/responses/:id/analysis',
    { schema: { tags, summary: 'One response’s sentiment, comment language and themes (each with its sentiment and matched words)', params: IdParams, response: { 200: ResponseAnalysis, ...errors } } },
    (req) => ctx.themes.responseAnalysis(req.auth, (req.params as { id: string }).id),
  );
  api.get(
    '/api/v1/themes/:id',
    { schema: { tags, summary: 'A theme: trend, breakdown by team and location, comments with the matched words', params: IdParams, querystring: Type.Object({ ...Range, teamId: Type.Optional(Id), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }), response: { 200: ThemeDetail, ...errors } } },
    (req) => ctx.themes.theme(req.auth, (req.params as { id: string }).id, req.query as never),
  );
}
