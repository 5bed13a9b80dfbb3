/**
 * What a response's page needs besides the response: adding and removing its tags, and its customer's history.
 * Registered by response.routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, exactValidator, IdParams } from '../../http/schemas.ts';
import { DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT, ResponseHistoryService } from './response-history.ts';
import { MAX_TAGS } from './response-tags.ts';
import { HistorySchema, ResponseSchema, TagList } from './response.schemas.ts';

export function registerResponsePageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['Responses'];
  const history = new ResponseHistoryService(ctx.responses, ctx.cases);

  app.post(
    '/api/v1/responses/:id/tags',
    {
      validatorCompiler: exactValidator,
      schema: {
        tags,
        summary: 'Add tags to a response',
        description: `Tags it has already (in any case) stay as they are, and the answer is 400 naming \`tags\` when the response would have more than ${MAX_TAGS}; takes an owner, admin or manager or a write API key.`,
        params: IdParams,
        body: Type.Object({ tags: TagList }, { additionalProperties: false }),
        response: { 200: ResponseSchema, ...errors },
      },
    },
    (req) => ctx.responses.addTags(req.auth, (req.params as { id: string }).id, (req.body as { tags: string[] }).tags),
  );

  app.delete(
    '/api/v1/responses/:id/tags/:tag',
    {
      schema: {
        tags,
        summary: 'Remove a tag from a response',
        description: 'The tag is matched regardless of case, removing a tag the response does not have changes nothing, and the answer is the response with its remaining tags.',
        params: Type.Object({ ...IdParams.properties, tag: Type.String({ minLength: 1, maxLength: 1000, description: 'The tag, URL-encoded' }) }),
        response: { 200: ResponseSchema, ...errors },
      },
    },
    (req) => {
      const { id, tag } = req.params as { id: string; tag: string };
      return ctx.responses.removeTag(req.auth, id, tag);
    },
  );

  app.get(
    '/api/v1/responses/:id/history',
    {
      schema: {
        tags,
        summary: 'The history of the customer who gave a response: their other responses and their follow-up cases',
        description:
          'Both lists are newest first, hold at most `limit` items with `total` counting all, and show only what the caller may open (agents: their own feedback and cases), while a response without a person has `person: null` and empty lists.',
        params: IdParams,
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_HISTORY_LIMIT, default: DEFAULT_HISTORY_LIMIT, description: 'Items per list' })),
        }),
        response: { 200: HistorySchema, ...errors },
      },
    },
    (req) => history.of(req.auth, (req.params as { id: string }).id, (req.query as { limit?: number }).limit),
  );
}
