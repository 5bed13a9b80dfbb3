/**
 * Website widget: GET /widget.js (the browser bundle) and the public endpoints it calls from customers' sites.
 * CORS is open (`Access-Control-Allow-Origin: *`): no cookies are used, identity travels as a signed hash and
 * answers as a signed token. The widget posts JSON as text/plain (a "simple" request, no preflight round trip);
 * application/json with an OPTIONS preflight works too. Bodies are capped at 8 KB and rate limited per client IP.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { ErrorSchema, StringEnum } from '../../http/schemas.ts';
import { sendError } from '../../http/errors.ts';
import { AppError } from '../../shared/errors.ts';
import { loadBundle } from './widget-bundle.ts';
import { SURVEY_KINDS } from '../surveys/score-groups.ts';
import { type EligibilityInput, WIDGET_SKIP_REASONS, type WidgetAnswer, WidgetService } from './widget.service.ts';
import { MAX_TOKEN_LENGTH } from './widget-token.ts';

export const WIDGET_BODY_LIMIT = 8 * 1024;
/** Requests per minute per client IP, for each of the two endpoints. */
export const WIDGET_RATE_LIMIT = 60;

const EligibilityBody = Type.Object(
  {
    workspace: Type.String({ minLength: 1, maxLength: 100, description: 'The workspace id (from the install snippet)' }),
    survey: Type.String({ minLength: 1, maxLength: 100, description: 'The survey id (from the install snippet)' }),
    user: Type.Optional(
      Type.Object(
        {
          id: Type.String({ minLength: 1, maxLength: 200, description: 'Your id for the signed-in visitor; the person with this external id is found or created' }),
          hash: Type.String({ minLength: 1, maxLength: 128, description: 'HMAC-SHA256 of `id` with the workspace signing secret, lowercase hex, computed on your server' }),
          email: Type.Optional(Type.String({ maxLength: 254, description: 'Not covered by the hash: stored only on a person who has none, and only when no other person has it' })),
          name: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false, description: 'The signed-in visitor; leave out for an anonymous one (asked only when the survey allows a public link)' },
      ),
    ),
    timeZone: Type.Optional(Type.String({ maxLength: 64, description: 'The browser’s IANA time zone, for quiet hours when the person has none stored' })),
  },
  { additionalProperties: false },
);
const EligibilityReply = Type.Object({
  show: Type.Boolean(),
  reason: Type.Optional(StringEnum(WIDGET_SKIP_REASONS, { description: 'Why the widget stays hidden (when show is false)' })),
  token: Type.Optional(Type.String()),
  survey: Type.Optional(
    Type.Object({
      id: Type.String(),
      kind: StringEnum(SURVEY_KINDS),
      question: Type.String(),
      followUp: Type.Object({ default: Type.String(), positive: Type.Optional(Type.String()), neutral: Type.Optional(Type.String()), negative: Type.Optional(Type.String()) }),
      scale: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
      thankYou: Type.String(),
      color: Type.String(),
      companyName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
const AnswerBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: MAX_TOKEN_LENGTH, description: 'The token of the eligibility answer, then the one of the previous answer post' }),
    score: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'Required with the first post; within the survey’s scale (0–10 NPS, 1–5 CSAT, 1–7 CES)' })),
    comment: Type.Optional(Type.String({ maxLength: 5000, description: 'The answer to the follow-up question; an empty one clears it' })),
    page: Type.Optional(Type.String({ maxLength: 500, description: 'The page the widget was answered on, stored as the response property `page`' })),
  },
  { additionalProperties: false },
);
const AnswerReply = Type.Object({ ok: Type.Boolean(), token: Type.String({ description: 'Send this token with the next post (the comment)' }), responseId: Type.String() });
const errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 413: ErrorSchema, 429: ErrorSchema };

function cors(reply: FastifyReply): void {
  void reply.header('access-control-allow-origin', '*');
  void reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
  void reply.header('access-control-allow-headers', 'Content-Type');
  void reply.header('access-control-max-age', '86400');
  void reply.header('vary', 'Origin');
}

export async function registerWidgetRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const service = new WidgetService(ctx.database.db, ctx.database.dialect, ctx.settings, ctx.responses);
  app.addHook('onRequest', async (_req, reply) => cors(reply));
  // The widget sends JSON as text/plain so that browsers skip the preflight request.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: WIDGET_BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError('validation_error', 'the request body is not valid JSON', [{ field: '(body)', message: 'is not valid JSON' }]), undefined);
    }
  });

  const limit = { rateLimit: { max: WIDGET_RATE_LIMIT, timeWindow: '1 minute' } };
  const tags = ['Widget'];

  app.get('/widget.js', { schema: { hide: true } }, async (req, reply) => {
    const bundle = await loadBundle();
    if (!bundle) {
      return sendError(reply, 503, 'widget_not_built', 'the widget bundle is not built: run `npm run build:widget` (it writes widget/dist/clearloop.js)');
    }
    void reply.header('cache-control', 'public, max-age=3600, stale-while-revalidate=86400').header('etag', bundle.etag).header('cross-origin-resource-policy', 'cross-origin');
    if (req.headers['if-none-match'] === bundle.etag) return reply.code(304).send();
    return reply.type('application/javascript; charset=utf-8').send(bundle.body);
  });

  for (const url of ['/api/widget/eligibility', '/api/widget/responses']) {
    app.options(url, { schema: { hide: true } }, (_req, reply) => reply.code(204).send());
  }

  app.post(
    '/api/widget/eligibility',
    {
      bodyLimit: WIDGET_BODY_LIMIT,
      config: limit,
      schema: {
        tags,
        security: [],
        summary: 'Website widget: should this visitor be asked now? (public; CORS; rate limited)',
        description:
          'Checks the survey, the visitor identity (`user.hash` = HMAC-SHA256 of `user.id` with the workspace signing secret, hex), unsubscribes and ' +
          "the workspace's fatigue rules. When the answer is yes, a send with channel `widget` is recorded and `token` is returned for posting the answer; " +
          'when no, `show` is false with a `reason` (a draft or closed survey: `survey_not_active`). 400 naming `user/email` when it is not an email address; ' +
          '403 when `user.hash` does not match `user.id`; 404 for an unknown workspace or survey.',
        body: EligibilityBody,
        response: { 200: EligibilityReply, ...errors },
      },
    },
    (req) => service.eligibility(req.body as EligibilityInput),
  );

  app.post(
    '/api/widget/responses',
    {
      bodyLimit: WIDGET_BODY_LIMIT,
      config: limit,
      schema: {
        tags,
        security: [],
        summary: 'Website widget: post the score, then the comment, with the token from eligibility (public; CORS; rate limited)',
        description:
          'The first post (with `score`) creates a response with channel `widget`; later posts with the returned token update it, so the score ' +
          'comes first and the comment after. 403 for a token that is not valid or older than 24 hours (show the widget again), 409 when the ' +
          `survey is closed or back in draft, 429 beyond ${WIDGET_RATE_LIMIT} requests a minute from one client address.`,
        body: AnswerBody,
        response: { 200: AnswerReply, ...errors },
      },
    },
    async (req) => {
      const { token, response } = await service.answer(req.body as WidgetAnswer);
      return { ok: true, token, responseId: response.id };
    },
  );
}
