/** GET /api/v1/widget: the install snippet of the website widget for a survey, and how to compute visitor hashes. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors } from '../../http/schemas.ts';
import { WidgetService } from './widget.service.ts';

const Reply = Type.Object({
  surveyId: Type.String(),
  workspaceId: Type.String(),
  scriptUrl: Type.String(),
  snippet: Type.String(),
  dataAttributes: Type.String(),
  anonymousAllowed: Type.Boolean(),
  surveyActive: Type.Boolean(),
  identity: Type.Object({
    secret: Type.Union([Type.String(), Type.Null()]),
    algorithm: Type.String(),
    examples: Type.Record(Type.String(), Type.String()),
  }),
});

export function registerWidgetAdminRoutes(api: FastifyInstance, ctx: AppContext): void {
  const service = new WidgetService(ctx.database.db, ctx.database.dialect, ctx.settings, ctx.responses);
  api.get(
    '/api/v1/widget',
    {
      schema: {
        tags: ['Widget'],
        summary: 'Install snippet of the website widget for a survey; with includeSecret=true (owners and admins) also the signing secret for visitor hashes',
        querystring: Type.Object(
          { surveyId: Type.String({ minLength: 1, maxLength: 100 }), includeSecret: Type.Optional(Type.Boolean({ default: false })) },
          { additionalProperties: false },
        ),
        response: { 200: Reply, ...errors },
      },
    },
    (req) => {
      const q = req.query as { surveyId: string; includeSecret?: boolean };
      return service.install(req.auth, q.surveyId, ctx.config.publicUrl, q.includeSecret === true);
    },
  );
}
