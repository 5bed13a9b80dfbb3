/**
 * Hosted survey pages, server-rendered, working without JavaScript:
 * - `/s/<token>`: a person's signed link (from an email or a shared personal link). One response per link: the
 *   first answer creates it, later ones update it. `?score=N` (the email's one-click buttons) preselects N; a GET
 *   never records anything (scanners fetch every link), the page script or the person's "Send" does.
 * - `/s/p/<surveyId>`: the anonymous public link of a survey with publicLink on; each visit creates a response
 *   (channel link, no person); the follow-up step carries an HMAC-signed reference to update that response.
 * See docs/collecting-feedback.md.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import type { SurveyRow } from '../../db/tables.ts';
import { AppError } from '../../shared/errors.ts';
import type { Auth } from '../auth/policy.ts';
import { type LinkContext, LinkError } from '../distribution/distribution.service.ts';
import { linkRefusal } from '../distribution/link-state.ts';
import { isValidScore } from '../surveys/score-groups.ts';
import { type Locale, pageLocale, PAGE_TEXTS } from './i18n.ts';
import { type Brand, loadWorkspace, sendMessage, sendPage, type WorkspaceInfo } from './layout.ts';
import './preview.ts';
import { type FormModel, PAGE_SCRIPT, questionText, readForm, renderForm, renderThanks } from './survey-form.ts';

/** Requests per client and minute: pages (GET) and answers (POST). Public links are keyed per survey too. */
export const LIMITS = { personalGet: 60, personalPost: 30, publicGet: 60, publicPost: 20 } as const;
/** How long the follow-up step of a public link may update the response its score step created. */
const REF_HOURS = 24;

export function systemAuth(workspaceId: string): Auth {
  return { workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
}

/**
 * Errors inside these pages become pages in the visitor's language, never JSON: rate limit, body too large,
 * malformed parameters. Anything unexpected is logged and shown as a polite error page.
 */
export function pageErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pageLocale([], request.headers['accept-language']);
  if (error.statusCode === 429) return sendMessage(reply.header('retry-after', '60'), locale, 'tooMany');
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendMessage(reply, locale, 'tooLarge');
  if (error.validation) return sendMessage(reply, locale, request.url.startsWith('/s/') && !request.url.startsWith('/s/p/') ? 'invalid' : 'notFound');
  // e.g. a field with a NUL character, refused for every route before its handler (see src/http/app.ts)
  if (error instanceof AppError && error.status < 500) return sendMessage(reply, locale, 'error', undefined, error.status);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return sendMessage(reply, locale, 'error', undefined, error.statusCode);
  request.log.error({ err: error }, 'unhandled error on a public page');
  return sendMessage(reply, locale, 'error', undefined, 500);
}

/** Public-link response reference: `<responseId>.<expiry>.<hmac>`, signed with the workspace's secret. */
export function signRef(secret: string, surveyId: string, responseId: string, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + REF_HOURS * 3600;
  return `${responseId}.${exp}.${refMac(secret, surveyId, responseId, exp)}`;
}

function refMac(secret: string, surveyId: string, responseId: string, exp: number): string {
  return createHmac('sha256', secret).update(`public-response:${surveyId}:${responseId}:${exp}`).digest('base64url');
}

export function verifyRef(secret: string, surveyId: string, ref: string, now = Date.now()): string | null {
  const m = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(ref);
  if (!m) return null;
  const [, responseId, exp, mac] = m as unknown as [string, string, string, string];
  const expected = Buffer.from(refMac(secret, surveyId, responseId, Number(exp)));
  if (!timingSafeEqual(expected, Buffer.from(mac)) || Number(exp) * 1000 < now) return null;
  return responseId;
}

interface PersonalPage {
  link: LinkContext;
  ws: WorkspaceInfo;
  locale: Locale;
  action: string;
}

function scoreParam(survey: SurveyRow, raw: string | undefined): number | null {
  if (!raw || !/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  return isValidScore(survey.kind, n) ? n : null;
}

function title(locale: Locale, survey: SurveyRow, step: 'score' | 'details' | 'thanks'): string {
  return step === 'thanks' ? PAGE_TEXTS[locale].thanksTitle : questionText(survey, locale);
}

export function registerSurveyPages(app: FastifyInstance, ctx: AppContext): void {
  // Own scope: its error handler turns every failure on these pages into a page.
  void app.register(async (pages) => {
    pages.setErrorHandler(pageErrorHandler);
    registerPersonal(pages, ctx);
    registerPublic(pages, ctx);
  });
}

function form(reply: FastifyReply, brand: Brand, m: FormModel, status = 200): FastifyReply {
  return sendPage(reply, { locale: m.locale, title: title(m.locale, m.survey, m.step), brand, body: renderForm(m), script: PAGE_SCRIPT, status });
}

function registerPersonal(app: FastifyInstance, ctx: AppContext): void {
  const params = Type.Object({ token: Type.String({ minLength: 1, maxLength: 400 }) });
  const querystring = Type.Object({ score: Type.Optional(Type.String({ maxLength: 10 })) });

  /** Resolves the link; answers with the matching page (broken, expired, closed) when it cannot be used. */
  async function open(req: FastifyRequest, reply: FastifyReply): Promise<PersonalPage | null> {
    const { token } = req.params as { token: string };
    const accept = req.headers['accept-language'];
    let link: LinkContext;
    try {
      link = await ctx.distribution.resolveLink(token);
    } catch (err) {
      if (!(err instanceof LinkError)) throw err;
      // An expired link still names its workspace: show that workspace's look when the send exists.
      const ws = err.reason === 'expired' ? await workspaceOfToken(ctx, token) : null;
      sendMessage(reply, pageLocale([ws?.locale], accept), err.reason, ws?.brand);
      return null;
    }
    const ws = await loadWorkspace(ctx, { id: link.workspaceId });
    if (!ws) {
      sendMessage(reply, pageLocale([], accept), 'invalid');
      return null;
    }
    const locale = pageLocale([link.person.locale, link.survey.locale, ws.locale], accept);
    // Closed or draft survey, or a send that was skipped or cancelled: see distribution/link-state.ts.
    const refusal = linkRefusal(link.send, link.survey);
    if (refusal) {
      sendMessage(reply, locale, refusal, ws.brand);
      return null;
    }
    return { link, ws, locale, action: `/s/${encodeURIComponent(token)}` };
  }

  async function currentScore(p: PersonalPage): Promise<number | null> {
    if (!p.link.send.response_id) return null;
    const row = await ctx.database.db.selectFrom('response').select('score').where('id', '=', p.link.send.response_id).executeTakeFirst();
    return row?.score ?? null;
  }

  app.get(
    '/s/:token',
    { schema: { hide: true, params, querystring }, config: { rateLimit: { max: LIMITS.personalGet, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const p = await open(req, reply);
      if (!p) return reply;
      const clicked = scoreParam(p.link.survey, (req.query as { score?: string }).score);
      const saved = await currentScore(p);
      const base = { locale: p.locale, survey: p.link.survey, action: p.action };
      // GET records nothing. A one-click score is preselected; the page script saves it once a person looks.
      if (clicked !== null) return form(reply, p.ws.brand, { ...base, step: 'details', score: clicked, oneClick: true, autoSave: clicked === saved ? null : clicked });
      if (saved !== null) return form(reply, p.ws.brand, { ...base, step: 'details', score: saved });
      return form(reply, p.ws.brand, { ...base, step: 'score', score: null });
    },
  );

  app.post(
    '/s/:token',
    { schema: { hide: true, params }, config: { rateLimit: { max: LIMITS.personalPost, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const auto = body.auto === '1';
      const p = await open(req, reply);
      if (!p) return reply;
      const { token } = req.params as { token: string };
      const details = !auto && body.step === 'details';
      const read = readForm(p.locale, p.link.survey, body, details);
      const base = { locale: p.locale, survey: p.link.survey, action: p.action, values: read.values };
      if (Object.keys(read.errors).length > 0) {
        if (auto) return reply.code(400).send();
        return form(reply, p.ws.brand, { ...base, step: details ? 'details' : 'score', score: read.score, errors: read.errors }, 400);
      }
      try {
        await ctx.distribution.answerLink(
          token,
          details ? { score: read.score, ...(read.comment ? { comment: read.comment } : {}), answers: read.answers } : { score: read.score },
        );
      } catch (err) {
        // Only when the survey or send changed since open() (a race): the usual pages come from open().
        if (err instanceof AppError && err.code === 'conflict') return auto ? reply.code(409).send() : sendMessage(reply, p.locale, 'closed', p.ws.brand);
        if (!(err instanceof AppError)) throw err;
        if (auto) return reply.code(err.status).send();
        return form(reply, p.ws.brand, { ...base, step: details ? 'details' : 'score', score: read.score, errors: { score: PAGE_TEXTS[p.locale].errors.generic } }, err.status);
      }
      if (auto) return reply.code(204).send();
      if (!details) return form(reply, p.ws.brand, { ...base, values: {}, step: 'details', score: read.score });
      return sendPage(reply, { locale: p.locale, title: title(p.locale, p.link.survey, 'thanks'), brand: p.ws.brand, body: renderThanks(p.locale, p.link.survey, read.score) });
    },
  );
}

/** The workspace behind a token whose signature is fine but whose time is up (for a branded "expired" page). */
async function workspaceOfToken(ctx: AppContext, token: string): Promise<WorkspaceInfo | null> {
  try {
    const [body] = token.split('.');
    const id = (JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as { id?: unknown }).id;
    if (typeof id !== 'string') return null;
    const send = await ctx.database.db.selectFrom('survey_send').select('workspace_id').where('id', '=', id).executeTakeFirst();
    return send ? await loadWorkspace(ctx, { id: send.workspace_id }) : null;
  } catch {
    return null;
  }
}

function registerPublic(app: FastifyInstance, ctx: AppContext): void {
  const params = Type.Object({ surveyId: Type.String({ minLength: 1, maxLength: 100 }) });
  const querystring = Type.Object({ score: Type.Optional(Type.String({ maxLength: 10 })) });
  // Limits are per client and survey, so one busy survey does not lock a client out of another.
  const keyGenerator = (req: FastifyRequest) => `${req.ip}|${(req.params as { surveyId?: string }).surveyId ?? ''}`;

  async function open(req: FastifyRequest, reply: FastifyReply): Promise<{ survey: SurveyRow; ws: WorkspaceInfo; locale: Locale; action: string } | null> {
    const { surveyId } = req.params as { surveyId: string };
    const accept = req.headers['accept-language'];
    const survey = /^[0-9a-f-]{36}$/.test(surveyId) ? await ctx.database.db.selectFrom('survey').selectAll().where('id', '=', surveyId).executeTakeFirst() : undefined;
    const ws = survey ? await loadWorkspace(ctx, { id: survey.workspace_id }) : null;
    if (!survey || !ws || survey.public_link !== 1 || survey.purpose !== 'survey') {
      sendMessage(reply, pageLocale([], accept), 'notFound');
      return null;
    }
    const locale = pageLocale([survey.locale, ws.locale], accept);
    if (survey.status !== 'active') {
      sendMessage(reply, locale, survey.status === 'draft' ? 'notOpen' : 'closed', ws.brand);
      return null;
    }
    return { survey, ws, locale, action: `/s/p/${survey.id}` };
  }

  app.get(
    '/s/p/:surveyId',
    { schema: { hide: true, params, querystring }, config: { rateLimit: { max: LIMITS.publicGet, timeWindow: '1 minute', keyGenerator } } },
    async (req, reply) => {
      const p = await open(req, reply);
      if (!p) return reply;
      const clicked = scoreParam(p.survey, (req.query as { score?: string }).score);
      // Anonymous: nothing is saved until the person presses a button (each save creates a response).
      return form(reply, p.ws.brand, { locale: p.locale, survey: p.survey, action: p.action, step: clicked === null ? 'score' : 'details', score: clicked });
    },
  );

  app.post(
    '/s/p/:surveyId',
    { schema: { hide: true, params }, config: { rateLimit: { max: LIMITS.publicPost, timeWindow: '1 minute', keyGenerator } } },
    async (req, reply) => {
      const p = await open(req, reply);
      if (!p) return reply;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const details = body.step === 'details';
      const read = readForm(p.locale, p.survey, body, details);
      const refText = typeof body.ref === 'string' ? body.ref : '';
      const responseId = refText ? verifyRef(p.ws.signingSecret, p.survey.id, refText) : null;
      const base = { locale: p.locale, survey: p.survey, action: p.action, values: read.values, ref: responseId ? refText : null };
      if (refText && !responseId) {
        return form(reply, p.ws.brand, { ...base, step: 'score', score: null, values: {}, errors: { score: PAGE_TEXTS[p.locale].errors.formExpired } }, 400);
      }
      if (Object.keys(read.errors).length > 0) return form(reply, p.ws.brand, { ...base, step: details ? 'details' : 'score', score: read.score, errors: read.errors }, 400);
      const auth = systemAuth(p.ws.id);
      const comment = read.comment || null;
      try {
        if (responseId) {
          await ctx.responses.update(auth, responseId, { score: read.score, ...(comment ? { comment } : {}), answers: read.answers });
        } else {
          const created = await ctx.responses.ingest(
            auth,
            [{ surveyId: p.survey.id, score: read.score, comment: details ? comment : null, answers: details ? read.answers : undefined, channel: 'link' }],
            { batch: false },
          );
          const id = (created.body as { id: string }).id;
          if (!details) {
            return form(reply, p.ws.brand, { ...base, values: {}, ref: signRef(p.ws.signingSecret, p.survey.id, id), step: 'details', score: read.score });
          }
        }
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return form(reply, p.ws.brand, { ...base, step: details ? 'details' : 'score', score: read.score, errors: { score: PAGE_TEXTS[p.locale].errors.generic } }, err.status);
      }
      return sendPage(reply, { locale: p.locale, title: title(p.locale, p.survey, 'thanks'), brand: p.ws.brand, body: renderThanks(p.locale, p.survey, read.score) });
    },
  );
}
