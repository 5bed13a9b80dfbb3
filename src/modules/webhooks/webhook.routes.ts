/** /api/v1/webhooks: subscriptions, their delivery log, and a test event. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { DELIVERY_STATUSES } from '../../db/tables.ts';
import { PageOf, PageQuery, IdParams, Nullable, errors, SESSION_ONLY, StringEnum } from '../../http/schemas.ts';
import { DELIVERY_EVENTS, WEBHOOK_EVENTS } from './webhook.service.ts';

const Event = StringEnum(WEBHOOK_EVENTS, { description: 'response.created: a new response; response.updated: a later part, a changed comment or attribution, or changed tags' });
const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Event),
  enabled: Type.Boolean(),
  consecutiveFailures: Type.Integer({ description: 'Deliveries that failed for good in a row; at 5 the webhook is disabled' }),
  disabledReason: Nullable(Type.String({ description: 'Why it is disabled (by a user, or after failures); null while enabled' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const Delivery = Type.Object({
  id: Type.String(),
  event: StringEnum(DELIVERY_EVENTS),
  status: StringEnum(DELIVERY_STATUSES),
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer({ description: 'HTTP status your endpoint answered at the last attempt; null when it could not be reached' })),
  responseBody: Nullable(Type.String({ description: 'The first 1,000 characters of your endpoint’s answer' })),
  error: Nullable(Type.String()),
  payload: Type.Unknown({ description: 'The body that is POSTed: `{ type, timestamp, data }`, data being the response for response events' }),
  createdAt: Type.String(),
  deliveredAt: Nullable(Type.String()),
});

export function registerWebhookRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Webhooks'];
  const Url = Type.String({ minLength: 8, maxLength: 2000, description: 'An absolute http(s) URL; deliveries are POSTed to it and redirects are not followed' });
  // Every webhook operation takes an owner's or admin's session: a webhook sends customers' feedback out of Clearloop.
  const WHO = 'Owners and admins, in their session (403 for other roles and for API keys).';
  api.get(
    '/api/v1/webhooks',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Webhook subscriptions',
        description: `${WHO} Every webhook of the workspace, newest first; not paged. The signing secret is not shown again.`,
        response: { 200: Type.Object({ data: Type.Array(WebhookSchema) }), ...errors },
      },
    },
    async (req) => ({
      data: await ctx.webhooks.list(req.auth),
    }),
  );
  api.post(
    '/api/v1/webhooks',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Subscribe a URL to events; the signing secret (Standard Webhooks) is shown only in this answer',
        description:
          `${WHO} Each event is POSTed as JSON with the headers webhook-id, webhook-timestamp and webhook-signature (verify them with \`secret\`); ` +
          'any 2xx answer within 10 seconds counts as delivered. A failed delivery is tried up to 8 times with growing waits (the last about two ' +
          'hours after the event); after 5 deliveries in a row fail for good the webhook is disabled.',
        body: Type.Object({ url: Url, events: Type.Array(Event, { minItems: 1, maxItems: 10, description: 'The events to send (at least one)' }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ ...WebhookSchema.properties, secret: Type.String({ description: 'The signing secret (`whsec_…`); shown only here' }) }), ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.webhooks.create(req.auth, req.body as { url: string; events: string[] })),
  );
  api.get(
    '/api/v1/webhooks/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Get a webhook',
        description: `${WHO} 404 when no webhook of this workspace has the id.`,
        params: IdParams,
        response: { 200: WebhookSchema, ...errors },
      },
    },
    (req) => ctx.webhooks.get(req.auth, (req.params as { id: string }).id),
  );
  api.patch(
    '/api/v1/webhooks/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Change a webhook; enabled: true re-enables one that was disabled after failures',
        description: `${WHO} Only the fields sent change; the signing secret stays. 404 when no webhook of this workspace has the id.`,
        params: IdParams,
        body: Type.Object(
          {
            url: Type.Optional(Url),
            events: Type.Optional(Type.Array(Event, { minItems: 1, maxItems: 10, description: 'Replaces the subscribed events (at least one)' })),
            enabled: Type.Optional(Type.Boolean({ description: 'false pauses deliveries; true resumes them and clears the failure count' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: WebhookSchema, ...errors },
      },
    },
    (req) => ctx.webhooks.update(req.auth, (req.params as { id: string }).id, req.body as never),
  );
  api.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Delete a webhook',
        description: `${WHO} Its delivery log goes with it and deliveries still waiting are not sent. 404 when no webhook of this workspace has the id.`,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await ctx.webhooks.delete(req.auth, (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );
  api.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Delivery log, newest first',
        description: `${WHO} Every delivery of the webhook with its status, attempts and your endpoint’s last answer, in pages of \`limit\` (follow \`nextCursor\`).`,
        params: IdParams,
        querystring: Type.Object(PageQuery),
        response: { 200: PageOf(Delivery), ...errors },
      },
    },
    (req) => ctx.webhooks.deliveries(req.auth, (req.params as { id: string }).id, req.query as never),
  );
  api.post(
    '/api/v1/webhooks/:id/test',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Send a webhook.test event',
        description:
          `${WHO} Queues a \`webhook.test\` delivery (whatever events the webhook subscribes to), signed and retried like any other; follow it in ` +
          'the delivery log by `deliveryId`. A disabled webhook records it as failed without sending.',
        params: IdParams,
        response: { 202: Type.Object({ deliveryId: Type.String() }), ...errors },
      },
    },
    async (req, reply) => reply.code(202).send(await ctx.webhooks.test(req.auth, (req.params as { id: string }).id)),
  );
}
