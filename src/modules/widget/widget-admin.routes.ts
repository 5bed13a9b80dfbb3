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
  snippet: Type.String({ description: 'HTML to paste before </body>: loads the widget and calls Clearloop.init' }),
  dataAttributes: Type.String({ description: 'The same install as one script tag with data- attributes' }),
  anonymousAllowed: Type.Boolean({ description: 'Whether visitors who are not signed in are asked (the survey allows a public link)' }),
  surveyActive: Type.Boolean(),
  identity: Type.Object({
    secret: Type.Union([Type.String(), Type.Null()], { description: 'The workspace signing secret, only with includeSecret=true; keep it on your server' }),
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
        description:
          'Any member or API key (read scope is enough); `includeSecret=true` takes an owner’s or admin’s session (403 otherwise). The secret ' +
          'signs visitor ids for every survey of the workspace. 404 when no survey of this workspace has the id.',
        querystring: Type.Object(
          {
            surveyId: Type.String({ minLength: 1, maxLength: 100, description: 'The survey the widget asks (its id)' }),
            includeSecret: Type.Optional(Type.Boolean({ default: false, description: 'Also answer the workspace signing secret, for computing visitor hashes' })),
          },
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
