/** /api/v1/webhooks: subscriptions, their delivery log, and a test event. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { DELIVERY_STATUSES } from '../../db/tables.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, StringEnum } from '../../http/schemas.ts';
import { DELIVERY_EVENTS, WEBHOOK_EVENTS } from './webhook.service.ts';

const Event = StringEnum(WEBHOOK_EVENTS);
const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Event),
  enabled: Type.Boolean(),
  consecutiveFailures: Type.Integer(),
  disabledReason: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const Delivery = Type.Object({
  id: Type.String(),
  event: StringEnum(DELIVERY_EVENTS),
  status: StringEnum(DELIVERY_STATUSES),
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  responseBody: Nullable(Type.String()),
  error: Nullable(Type.String()),
  payload: Type.Unknown(),
  createdAt: Type.String(),
  deliveredAt: Nullable(Type.String()),
});

export function registerWebhookRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Webhooks'];
  const Url = Type.String({ minLength: 8, maxLength: 2000 });
  api.get('/api/v1/webhooks', { schema: { tags, summary: 'Webhook subscriptions', response: { 200: Type.Object({ data: Type.Array(WebhookSchema) }), ...errors } } }, async (req) => ({
    data: await ctx.webhooks.list(req.auth),
  }));
  api.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL to events; the signing secret (Standard Webhooks) is shown only in this answer',
        body: Type.Object({ url: Url, events: Type.Array(Event, { minItems: 1, maxItems: 10 }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ ...WebhookSchema.properties, secret: Type.String() }), ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.webhooks.create(req.auth, req.body as { url: string; events: string[] })),
  );
  api.get('/api/v1/webhooks/:id', { schema: { tags, summary: 'Get a webhook', params: IdParams, response: { 200: WebhookSchema, ...errors } } }, (req) =>
    ctx.webhooks.get(req.auth, (req.params as { id: string }).id),
  );
  api.patch(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change a webhook; enabled: true re-enables one that was disabled after failures',
        params: IdParams,
        body: Type.Object({ url: Type.Optional(Url), events: Type.Optional(Type.Array(Event, { minItems: 1, maxItems: 10 })), enabled: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: WebhookSchema, ...errors },
      },
    },
    (req) => ctx.webhooks.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.delete('/api/v1/webhooks/:id', { schema: { tags, summary: 'Delete a webhook', params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    await ctx.webhooks.delete(req.auth, (req.params as { id: string }).id);
    return reply.code(204).send();
  });
  api.get(
    '/api/v1/webhooks/:id/deliveries',
    { schema: { tags, summary: 'Delivery log, newest first', params: IdParams, querystring: Type.Object(PageQuery), response: { 200: PageOf(Delivery), ...errors } } },
    (req) => ctx.webhooks.deliveries(req.auth, (req.params as { id: string }).id, req.query as never),
  );
  api.post(
    '/api/v1/webhooks/:id/test',
    { schema: { tags, summary: 'Send a webhook.test event', params: IdParams, response: { 202: Type.Object({ deliveryId: Type.String() }), ...errors } } },
    async (req, reply) => reply.code(202).send(await ctx.webhooks.test(req.auth, (req.params as { id: string }).id)),
  );
}
