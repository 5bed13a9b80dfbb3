/**
 * Delighted-compatible API under /delighted/v1, for code written against api.delighted.com (shut down on
 * 2026-06-30). Its own scope: HTTP Basic authentication with a Clearloop API key as the user name (read keys may
 * only GET), Delighted's error format (`{"status", "message", "errors"?}`), a per-key rate limit answered with 429
 * and Retry-After, JSON or form-encoded bodies (`properties[plan]=Pro`, `expand[]=person`), every path with or
 * without `.json`, timestamps in Unix seconds and ids as decimal strings. See docs/migrate-from-delighted.md.
 */
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../shared/errors.ts';
import { listParam, parseNestedForm } from './delighted-form.ts';
import { DelightedError, DelightedService, type PeopleQuery, type ResponseCreateInput, type ResponseUpdateInput, type SendToPersonInput } from './delighted.service.ts';

export const DELIGHTED_PREFIX = '/delighted/v1';

/** Requests per minute per API key across the whole Delighted API; read per request, so tests may lower it. */
export const delightedLimits = { perMinute: 600 };

const SAFE = new Set(['GET', 'HEAD']);
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function send(reply: FastifyReply, status: number, message = STATUS_TEXT[status] ?? 'Error', errors?: Record<string, string[]>) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ status, message, ...(errors ? { errors } : {}) });
}

interface ValidationItem {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DelightedError) return send(reply, error.status, error.message, error.errors);
  if (error instanceof AppError) {
    switch (error.code) {
      case 'validation_error':
      case 'conflict':
      case 'idempotency_mismatch': {
        const errors: Record<string, string[]> = {};
        for (const f of error.fields.length > 0 ? error.fields : [{ field: 'base', message: error.message }]) (errors[f.field.split('/')[0]!] ??= []).push(f.message);
        return send(reply, 422, 'Unprocessable Entity', errors);
      }
      case 'unauthorized':
        return send(reply, 401, 'Invalid API key');
      case 'forbidden':
        return send(reply, 403, error.message);
      case 'not_found':
        return send(reply, 404);
      case 'rate_limited':
        void reply.header('retry-after', '60');
        return send(reply, 429);
      case 'payload_too_large':
        return send(reply, 413);
      case 'unavailable':
        return send(reply, 503, error.message);
    }
  }
  if (error.validation) {
    const errors: Record<string, string[]> = {};
    for (const v of error.validation as ValidationItem[]) {
      const missing = v.params?.missingProperty;
      const field = typeof missing === 'string' ? missing : (v.instancePath ?? '').split('/')[1] || 'base';
      (errors[field] ??= []).push(v.keyword === 'required' ? "can't be blank" : `is invalid (${v.message ?? 'wrong type'})`);
    }
    return send(reply, 422, 'Unprocessable Entity', errors);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(reply, 413);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 415, 'Send the body as application/json or application/x-www-form-urlencoded');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return send(reply, 422, 'Unprocessable Entity', { base: ['the request body is not valid JSON'] });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return send(reply, error.statusCode, error.message);
  request.log.error({ err: error }, 'unhandled error in the Delighted API');
  return send(reply, 500);
}

/** The API key from `Authorization: Basic base64(key:)` (or a bearer token). */
function keyOf(header: string | undefined): string | null {
  if (!header) return null;
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return (colon < 0 ? decoded : decoded.slice(0, colon)).trim() || null;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  return bearer ? bearer[1]! : null;
}

/** `/people/42.json` → `42`: the optional format suffix on a trailing path parameter. */
function param(request: FastifyRequest, name: string): string {
  const v = (request.params as Record<string, string>)[name] ?? '';
  return v.endsWith('.json') ? v.slice(0, -5) : v;
}

/** The scheme and host the caller used, for absolute Link URLs (the Delighted client follows them verbatim). */
function origin(ctx: AppContext, request: FastifyRequest): string {
  try {
    const pub = new URL(ctx.config.publicUrl);
    if (pub.host === request.host) return pub.origin;
  } catch {
    /* fall through */
  }
  return `${request.protocol}://${request.host}`;
}

const Unix = Type.Integer({ minimum: 0 });
const PerPage = Type.Integer({ minimum: 1 });
const Page = Type.Integer({ minimum: 1 });
const Text = (max: number) => Type.String({ maxLength: max });
const Scalars = Type.Record(Type.String({ maxLength: 100 }), Type.Unknown());

const PeopleQuerySchema = Type.Object({
  per_page: Type.Optional(PerPage),
  page_info: Type.Optional(Text(500)),
  since: Type.Optional(Unix),
  until: Type.Optional(Unix),
  email: Type.Optional(Text(254)),
  phone_number: Type.Optional(Text(50)),
});
const ListQuerySchema = Type.Object({ per_page: Type.Optional(PerPage), page: Type.Optional(Page), since: Type.Optional(Unix), until: Type.Optional(Unix) });
const ResponsesQuerySchema = Type.Object({
  per_page: Type.Optional(PerPage),
  page: Type.Optional(Page),
  since: Type.Optional(Unix),
  until: Type.Optional(Unix),
  updated_since: Type.Optional(Unix),
  updated_until: Type.Optional(Unix),
  trend: Type.Optional(Text(100)),
  person_id: Type.Optional(Text(100)),
  person_email: Type.Optional(Text(254)),
  order: Type.Optional(Text(20)),
});
const MetricsQuerySchema = Type.Object({ since: Type.Optional(Unix), until: Type.Optional(Unix), trend: Type.Optional(Text(100)) });
const PersonBody = Type.Object({
  email: Type.Optional(Text(254)),
  phone_number: Type.Optional(Text(50)),
  name: Type.Optional(Text(255)),
  delay: Type.Optional(Type.Integer()),
  send: Type.Optional(Type.Boolean()),
  channel: Type.Optional(Text(20)),
  properties: Type.Optional(Scalars),
  last_sent_at: Type.Optional(Unix),
  email_update: Type.Optional(Text(254)),
  phone_number_update: Type.Optional(Text(50)),
});
const ResponseBody = Type.Object({
  person: Type.Optional(Type.Union([Text(254), Type.Integer()])),
  person_email: Type.Optional(Text(254)),
  score: Type.Optional(Type.Integer()),
  comment: Type.Optional(Type.Union([Text(10_000), Type.Null()])),
  person_properties: Type.Optional(Scalars),
  created_at: Type.Optional(Unix),
  additional_answers: Type.Optional(Type.Unknown()),
});
// The client's save() sends back the whole object it read (id, permalink, notes, …): unknown fields are ignored.
const ResponseUpdateBody = Type.Object({
  id: Type.Optional(Type.Union([Text(100), Type.Integer()])),
  score: Type.Optional(Type.Integer()),
  comment: Type.Optional(Type.Union([Text(10_000), Type.Null()])),
  person_properties: Type.Optional(Type.Union([Scalars, Type.Null()])),
  additional_answers: Type.Optional(Type.Unknown()),
});
const UnsubscribeBody = Type.Object({ person_email: Type.Optional(Text(254)) });

export async function registerDelightedRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(
    async (api) => {
      await api.register(formbody, { bodyLimit: 64 * 1024, parser: parseNestedForm });
      // Delighted's clients send `Content-Type: application/json` on every request, DELETEs included, with no body.
      api.removeContentTypeParser('application/json');
      api.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
        const text = (body as string).trim();
        if (text === '') return done(null, undefined);
        try {
          done(null, JSON.parse(text) as unknown);
        } catch {
          done(new DelightedError(422, 'Unprocessable Entity', { base: ['the request body is not valid JSON'] }), undefined);
        }
      });
      const service = new DelightedService(ctx);
      const limiter = api.createRateLimit({
        max: () => delightedLimits.perMinute,
        timeWindow: 60_000,
        keyGenerator: (req: FastifyRequest) => `delighted:${req.auth.apiKeyId ?? req.auth.workspaceId}`,
      });
      api.setErrorHandler(errorHandler);
      api.setNotFoundHandler((_req, reply) => send(reply, 404));

      // Authentication and the rate limit run before the body is read.
      api.addHook('onRequest', async (request, reply) => {
        const key = keyOf(request.headers.authorization);
        const auth = key ? await ctx.apiKeys.authenticate(key) : null;
        if (!auth) {
          void reply.header('www-authenticate', 'Basic realm="Delighted API (Clearloop)"');
          return send(reply, 401, 'Invalid API key');
        }
        if (!SAFE.has(request.method) && auth.scope !== 'write') return send(reply, 403, 'This API key is read-only: use a key with write scope');
        request.auth = auth;
        const limit = await limiter(request);
        if (!limit.isAllowed) {
          void reply.header('x-ratelimit-limit', String(limit.max)).header('x-ratelimit-remaining', String(limit.remaining));
          if (limit.isExceeded) {
            void reply.header('retry-after', String(Math.max(limit.ttlInSeconds, 1)));
            return send(reply, 429);
          }
        }
        return undefined;
      });

      const hide = { hide: true };
      /** Registers a path with and without `.json`. */
      const both = (path: string) => [path, `${path}.json`];

      for (const url of both('/people')) {
        api.post(url, { schema: { ...hide, body: PersonBody } }, async (req, reply) => {
          const { created, body } = await service.sendToPerson(req.auth, (req.body ?? {}) as SendToPersonInput);
          return reply.code(created ? 201 : 200).send(body);
        });
        api.get(url, { schema: { ...hide, querystring: PeopleQuerySchema } }, async (req, reply) => {
          const q = req.query as PeopleQuery;
          const { people, next } = await service.listPeople(req.auth, q);
          if (next) {
            const params = new URLSearchParams();
            for (const [k, v] of Object.entries(req.query as Record<string, unknown>)) if (k !== 'page_info' && v !== undefined) params.set(k, String(v));
            params.set('page_info', next);
            void reply.header('link', `<${origin(ctx, req)}${req.url.split('?')[0]}?${params.toString()}>; rel="next"`);
          }
          return people;
        });
      }
      api.delete('/people/:id', { schema: hide }, async (req, reply) => {
        await service.deletePerson(req.auth, param(req, 'id'));
        return reply.code(202).send({ ok: true });
      });
      for (const url of both('/people/:email/survey_requests/pending')) {
        api.delete(url, { schema: hide }, async (req) => {
          await service.cancelPending(req.auth, (req.params as { email: string }).email);
          return { ok: true };
        });
      }

      for (const url of both('/survey_responses')) {
        api.post(url, { schema: { ...hide, body: ResponseBody } }, async (req, reply) => reply.code(201).send(await service.createResponse(req.auth, (req.body ?? {}) as ResponseCreateInput)));
        api.get(url, { schema: { ...hide, querystring: ResponsesQuerySchema } }, async (req) =>
          service.listResponses(req.auth, { ...(req.query as object), expand: listParam(req.query as Record<string, unknown>, 'expand') }),
        );
        // The Delighted Node client's save() PUTs to the collection with the id in the body.
        api.put(url, { schema: { ...hide, body: ResponseUpdateBody } }, async (req) => {
          const body = (req.body ?? {}) as ResponseUpdateInput & { id?: string | number };
          if (body.id === undefined) throw new DelightedError(422, 'Unprocessable Entity', { id: ["can't be blank"] });
          return service.updateResponse(req.auth, String(body.id), body);
        });
      }
      api.get('/survey_responses/:id', { schema: hide }, async (req) => service.getResponse(req.auth, param(req, 'id'), listParam(req.query as Record<string, unknown>, 'expand')));
      api.put('/survey_responses/:id', { schema: { ...hide, body: ResponseUpdateBody } }, async (req) =>
        service.updateResponse(req.auth, param(req, 'id'), (req.body ?? {}) as ResponseUpdateInput),
      );

      for (const url of both('/metrics')) {
        api.get(url, { schema: { ...hide, querystring: MetricsQuerySchema } }, async (req) => service.metrics(req.auth, req.query as never));
      }
      for (const url of both('/unsubscribes')) {
        api.post(url, { schema: { ...hide, body: UnsubscribeBody } }, async (req) => {
          await service.unsubscribe(req.auth, (req.body as { person_email?: string } | undefined)?.person_email);
          return { ok: true };
        });
        api.get(url, { schema: { ...hide, querystring: ListQuerySchema } }, async (req) => service.listSuppressed(req.auth, 'unsubscribed', req.query as never));
      }
      for (const url of both('/bounces')) {
        api.get(url, { schema: { ...hide, querystring: ListQuerySchema } }, async (req) => service.listSuppressed(req.auth, 'bounced', req.query as never));
      }
    },
    { prefix: DELIGHTED_PREFIX },
  );
}
