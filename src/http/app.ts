/**
 * Builds the Fastify app (never listens: the CLI and tests decide that). Route schemas are TypeBox; Fastify
 * compiles them for validation, and @fastify/swagger turns them into /api/v1/openapi.json.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { registerSessionRoutes } from '../modules/auth/session.routes.ts';
import { SESSION_COOKIE } from '../modules/auth/session.service.ts';
import { registerDirectoryRoutes } from '../modules/directory/directory.routes.ts';
import { registerMetricsRoutes } from '../modules/metrics/metrics.routes.ts';
import { registerResponseRoutes } from '../modules/responses/response.routes.ts';
import { registerSurveyRoutes } from '../modules/surveys/survey.routes.ts';
import { registerMemberRoutes } from '../modules/workspaces/member.routes.ts';
import { registerJobRoutes } from '../jobs/job.routes.ts';
import { registerDistributionRoutes, registerUnsubscribePages } from '../modules/distribution/distribution.routes.ts';
import { registerSettingsRoutes } from '../modules/workspaces/settings.routes.ts';
import { registerWebhookRoutes } from '../modules/webhooks/webhook.routes.ts';
import { registerImportRoutes } from '../modules/imports/import.routes.ts';
import { registerPreviewRoutes } from '../modules/distribution/preview.routes.ts';
import { registerLoopRoutes } from '../modules/loop/loop.routes.ts';
import { registerFrontlineRoutes } from '../modules/frontline/frontline.routes.ts';
import { registerThemeRoutes } from '../modules/themes/theme.routes.ts';
import { registerSurveyPages } from '../modules/survey-page/survey-page.routes.ts';
import { registerFeedbackPages } from '../modules/feedback-page/feedback-page.routes.ts';
import { registerWidgetRoutes } from '../modules/widget/widget.routes.ts';
import { registerDelightedRoutes } from '../modules/delighted/delighted.routes.ts';
import { registerWidgetAdminRoutes } from '../modules/widget/widget-admin.routes.ts';
import { requireAuth } from './auth.ts';
import { errorHandler, sendError } from './errors.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { openApi30Nullables } from './schemas.ts';
import { API_TAGS } from './api-tags.ts';
import { type AppError, invalid } from '../shared/errors.ts';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * The dashboard's pages hold a signed-in session that can change everything: they may not be framed by other sites
 * (clickjacking), and run only the dashboard's own scripts (an injected <script> or inline handler does not run).
 * Styles may be inline: React and ECharts set style attributes. Images may come from https (a workspace's logo
 * URL, shown in the email preview). The previews are sandboxed srcdoc frames, which inherit this policy.
 */
const DASHBOARD_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/**
 * The first value of a validated request that no database should get, as an error naming its field ("a/0/b"): a
 * number that is not finite, or a string with a NUL character (PostgreSQL refuses those in text: a 500 there, while
 * SQLite stored them).
 */
function unstorable(value: unknown, path = '', depth = 0): AppError | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return invalid(path || '(body)', 'must be a finite number');
  if (typeof value === 'string' && value.includes('\u0000')) return invalid(path || '(body)', 'must not contain NUL characters');
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorable(item, path ? `${path}/${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export interface BuildOptions {
  logger?: boolean;
}

/** Paths of files the dashboard does not have (browsers' and scanners' usual requests). */
const FILE_PATH = /\.(ico|png|jpe?g|gif|svg|webp|txt|xml|json|webmanifest|js|mjs|css|map|html?|php|aspx?|jsp|cgi|env|ini|bak|sql|zip|gz)$/i;

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: 1024 * 1024,
    // Signed link tokens travel as path parameters; they are ~120 characters.
    routerOptions: { maxParamLength: 400 },
    // A hop count trusts that many proxies in front of the server.
    trustProxy: typeof ctx.config.trustProxy === 'number' ? ((hops: number) => (_addr: string, hop: number) => hop < hops)(ctx.config.trustProxy) : ctx.config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    // Router-level failures (undecodable URL, over-long path parameter) get the same error shape as the rest.
    frameworkErrors: (error, _request, reply) => sendError(reply, 400, 'bad_request', error.message.slice(0, 200)),
  });
  app.decorateRequest('auth', null as never);
  app.decorateRequest('session', null);
  app.setErrorHandler(errorHandler);
  // Validation coerces numeric strings to numbers, and "1e999" or "Infinity" becomes Infinity, which ajv then lets
  // past minimum/maximum (it checks those on finite numbers only): ?limit=1e999 read whole tables, "1e999" as a
  // number of days broke a date (a 500). Such numbers, and strings with NUL characters, are refused here.
  app.addHook('preHandler', (request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => {
    done(unstorable(request.params) ?? unstorable(request.query) ?? unstorable(request.body) ?? undefined);
  });

  await app.register(cookie);
  // preHandler: the login limit is keyed by the email in the body, so it must run after parsing.
  // On PostgreSQL several processes may serve one installation: by default they count in the database, together.
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    ...(ctx.config.rateLimits === 'database' ? { store: databaseRateLimitStore(ctx.database.db) } : {}),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Clearloop API',
        version: '1',
        description:
          'Collect feedback, measure NPS/CSAT/CES, close the loop. Authenticate with `Authorization: Bearer <API key>` ' +
          '(create keys under Settings → API keys or with `clearloop apikey create`). Errors: `{"error": {"code", "message", "fields"}}`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The dashboard’s session (POST /api/session/login); requests that change something also send `X-CSRF-Token`' } } },
      // /api/v1 takes either: an API key, or the dashboard's session cookie (with X-CSRF-Token on writes)
      security: [{ bearer: [] }, { cookie: [] }],
      tags: API_TAGS,
    },
    // a copy: the route schemas themselves keep their type arrays (see Nullable)
    transformObject: (doc) => {
      const object = structuredClone('openapiObject' in doc ? doc.openapiObject : doc.swaggerObject);
      openApi30Nullables(object);
      return object;
    },
  });
  // the dashboard's mark (a ring) and name in place of Swagger UI's own, so the page reads as Clearloop's
  const mark = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="12" fill="none" stroke="#1d4ed8" stroke-width="5"/></svg>',
  );
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    logo: { type: 'image/svg+xml', content: mark, href: '/api/docs', target: '_self' },
    theme: { title: 'Clearloop API reference', favicon: [{ filename: 'favicon.svg', rel: 'icon', sizes: 'any', type: 'image/svg+xml', content: mark }] },
  });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => {
    await ctx.database.db.selectFrom('workspace').select('id').limit(1).execute();
    return { ok: true };
  });

  registerSessionRoutes(app, ctx);

  // Customer-facing pages (no login): HTML forms post form-encoded bodies, parsed only inside this scope.
  await app.register(async (pub) => {
    await pub.register(formbody, { bodyLimit: 64 * 1024 });
    registerUnsubscribePages(pub, ctx);
    registerSurveyPages(pub, ctx);
    registerFeedbackPages(pub, ctx);
  });
  // The widget's endpoints are called cross-origin from customers' websites (own CORS and rate limits).
  await app.register(async (widget) => registerWidgetRoutes(widget, ctx));
  // Delighted-compatible API: own authentication (HTTP Basic with an API key) and error format.
  await app.register(async (delighted) => registerDelightedRoutes(delighted, ctx));

  await app.register(async (api) => {
    api.addHook('preHandler', requireAuth(ctx));
    registerSurveyRoutes(api, ctx);
    registerResponseRoutes(api, ctx);
    registerMetricsRoutes(api, ctx);
    registerDirectoryRoutes(api, ctx);
    registerMemberRoutes(api, ctx);
    registerJobRoutes(api, ctx);
    registerDistributionRoutes(api, ctx);
    registerSettingsRoutes(api, ctx);
    registerWidgetAdminRoutes(api, ctx);
    registerWebhookRoutes(api, ctx);
    registerImportRoutes(api, ctx);
    registerPreviewRoutes(api, ctx);
    registerLoopRoutes(api, ctx);
    registerFrontlineRoutes(api, ctx);
    registerThemeRoutes(api, ctx);
  });

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      // The file list is read at start (restart after rebuilding the dashboard); unknown paths then reach the
      // not-found handlers of their own scope (the Delighted API answers in its own format).
      wildcard: false,
      cacheControl: false,
      // Built assets have content hashes in their names: cache them for good; index.html must always be fresh.
      setHeaders: (res, filePath) => {
        res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (filePath.endsWith('.html')) for (const [name, value] of Object.entries(DASHBOARD_HEADERS)) res.header(name, value);
      },
    });
  }
  // Survey links, unsubscribe links and the dashboard are not for search engines (a crawler following a shared
  // survey link would also count as a visit).
  app.get('/robots.txt', { schema: { hide: true } }, (_request, reply) => reply.type('text/plain').header('cache-control', 'public, max-age=86400').send('User-agent: *\nDisallow: /\n'));
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    // a path naming a file (/favicon.ico, /wp-login.php) is not a dashboard page: a 404, not the app's HTML (only
    // file types: a theme id such as "billing.refunds" may end a dashboard path)
    if (pathname.startsWith('/api/') || pathname.startsWith('/assets/') || request.method !== 'GET' || FILE_PATH.test(pathname)) {
      return sendError(reply, 404, 'not_found', `no route ${request.method} ${pathname}`);
    }
    // The dashboard is a single-page app: unknown GET paths get its index.html.
    if (existsSync(path.join(WEB_DIST, 'index.html'))) return reply.header('cache-control', 'no-cache').headers(DASHBOARD_HEADERS).type('text/html').sendFile('index.html');
    return reply
      .type('text/html')
      .send('<!doctype html><title>Clearloop</title><p>The dashboard is not built yet: run <code>npm run build:web</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>');
  });
  return app;
}
