/**
 * The public feedback page `/f/<workspace slug>`: anyone can send a complaint, praise, a question or an idea, in
 * the workspace's look and language. Each message lands in the same inbox as survey responses, unscored: a
 * response with no score, channel `feedback_page`, properties {feedbackType}, on the workspace's feedback-page
 * survey (purpose 'feedback_page', created on first use). Abuse protection: a rate limit per client, a honeypot
 * field (filled: we pretend success and store nothing), size limits; all output escaped.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { html } from '../../shared/html.ts';
import { nowIso } from '../../shared/ids.ts';
import { toJson } from '../../shared/json.ts';
import { FEEDBACK_TYPES, type FeedbackType, type Locale, pageLocale, PAGE_TEXTS } from '../survey-page/i18n.ts';
import { errorSummary, field, loadWorkspace, sendMessage, sendPage, type WorkspaceInfo } from '../survey-page/layout.ts';
import { pageErrorHandler, systemAuth } from '../survey-page/survey-page.routes.ts';

export const MAX_MESSAGE = 5_000;
export const FEEDBACK_LIMITS = { get: 60, post: 10 } as const;
const MAX = { name: 200, email: 254, phone: 50 } as const;
/** The honeypot: a field people never see (off-screen, skipped by keyboard and screen readers), bots fill in. */
const HONEYPOT = 'website';

/**
 * The id of a workspace's feedback-page survey, derived from the workspace id (UUID-shaped, version 8), so that
 * concurrent first submissions insert the same primary key and exactly one row wins (ON CONFLICT DO NOTHING).
 */
export function feedbackSurveyId(workspaceId: string): string {
  const h = createHash('sha256').update(`feedback_page:${workspaceId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The workspace's feedback-page survey, created on first use (race-safe). */
export async function feedbackSurvey(ctx: AppContext, workspaceId: string): Promise<string> {
  const db = ctx.database.db;
  const existing = await db.selectFrom('survey').select('id').where('workspace_id', '=', workspaceId).where('purpose', '=', 'feedback_page').orderBy('created_at').limit(1).executeTakeFirst();
  if (existing) return existing.id;
  const id = feedbackSurveyId(workspaceId);
  const now = nowIso();
  await db
    .insertInto('survey')
    .values({
      id,
      workspace_id: workspaceId,
      name: 'Public feedback page',
      kind: 'nps',
      status: 'active',
      question: 'Public feedback page',
      follow_up: toJson({ default: 'Your message' }),
      questions: '[]',
      purpose: 'feedback_page',
      locale: null,
      thank_you: '{}',
      public_link: 0,
      reminder_days: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return id;
}

interface Values {
  type: string;
  message: string;
  name: string;
  email: string;
  phone: string;
}

function render(locale: Locale, ws: WorkspaceInfo, v: Values, errors: Record<string, string>) {
  const t = PAGE_TEXTS[locale].feedback;
  const err = (id: string) => (errors[id] ? html`<span class="error" id="${id}-error">${errors[id]}</span>` : '');
  const inv = (id: string) => (errors[id] ? html` aria-invalid="true"` : '');
  const types = FEEDBACK_TYPES.map(
    (type, i) =>
      html`<label class="choice"><input type="radio" name="type" value="${type}"${i === 0 ? html` id="type" required` : ''}${v.type === type ? html` checked` : ''}><span>${t.types[type]}</span></label>`,
  );
  const input = (id: 'name' | 'email' | 'phone', type: string, autocomplete: string) =>
    html`<div class="field"><label for="${id}">${t[id]}</label>${err(id)}<input type="${type}" id="${id}" name="${id}" value="${v[id]}" maxlength="${MAX[id]}" autocomplete="${autocomplete}"${inv(id)}${errors[id] ? html` aria-describedby="${id}-error"` : ''}></div>`;
  return html`${errorSummary(locale, errors, { type: 'type', message: 'message', name: 'name', email: 'email', phone: 'phone' }, { type: t.typeLegend, message: t.message, name: t.name, email: t.email, phone: t.phone })}
<h1>${t.title(ws.brand.company)}</h1>
<p>${t.intro}</p>
<form method="post" action="/f/${ws.slug}" id="feedback">
<fieldset${errors.type ? html` aria-describedby="type-error" aria-invalid="true"` : ''}><legend>${t.typeLegend}</legend>${err('type')}<div class="choices types">${types}</div></fieldset>
<div class="field"><label for="message">${t.message}</label><span class="hint" id="message-hint">${t.messageHint}</span>${err('message')}
<textarea id="message" name="message" rows="6" maxlength="${MAX_MESSAGE}" required aria-describedby="message-hint${errors.message ? ' message-error' : ''}"${inv('message')}>${v.message}</textarea></div>
<fieldset aria-describedby="contact-hint"><legend>${t.contactLegend}</legend><p class="hint" id="contact-hint">${t.contactHint}</p>
<div class="contact"><div class="wide">${input('name', 'text', 'name')}</div>${input('email', 'email', 'email')}${input('phone', 'tel', 'tel')}</div></fieldset>
<div class="hp" aria-hidden="true"><label for="${HONEYPOT}">${t.honeypot}</label><input type="text" id="${HONEYPOT}" name="${HONEYPOT}" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t.send}</button>
</form>`;
}

const FOCUS_SCRIPT = `(function(){var s=document.getElementById('error-summary');if(s)s.focus();})();`;

function thanks(reply: FastifyReply, locale: Locale, ws: WorkspaceInfo): FastifyReply {
  const t = PAGE_TEXTS[locale].feedback;
  return sendPage(reply, { locale, title: t.thanksTitle, brand: ws.brand, body: html`<p class="icon" aria-hidden="true">✓</p><h1>${t.thanksTitle}</h1><p>${t.thanksBody}</p>` });
}

export function registerFeedbackPages(app: FastifyInstance, ctx: AppContext): void {
  const params = Type.Object({ workspaceSlug: Type.String({ minLength: 1, maxLength: 100 }) });
  const keyGenerator = (req: FastifyRequest) => `${req.ip}|${(req.params as { workspaceSlug?: string }).workspaceSlug ?? ''}`;

  async function open(req: FastifyRequest, reply: FastifyReply): Promise<{ ws: WorkspaceInfo; locale: Locale } | null> {
    const { workspaceSlug } = req.params as { workspaceSlug: string };
    const ws = await loadWorkspace(ctx, { slug: workspaceSlug });
    if (!ws) {
      sendMessage(reply, pageLocale([], req.headers['accept-language']), 'notFound');
      return null;
    }
    return { ws, locale: pageLocale([ws.locale], req.headers['accept-language']) };
  }

  void app.register(async (pages) => {
    pages.setErrorHandler(pageErrorHandler);

    pages.get(
      '/f/:workspaceSlug',
      { schema: { hide: true, params }, config: { rateLimit: { max: FEEDBACK_LIMITS.get, timeWindow: '1 minute', keyGenerator } } },
      async (req, reply) => {
        const p = await open(req, reply);
        if (!p) return reply;
        const body = render(p.locale, p.ws, { type: '', message: '', name: '', email: '', phone: '' }, {});
        return sendPage(reply, { locale: p.locale, title: PAGE_TEXTS[p.locale].feedback.title(p.ws.brand.company), brand: p.ws.brand, body });
      },
    );

    pages.post(
      '/f/:workspaceSlug',
      { schema: { hide: true, params }, config: { rateLimit: { max: FEEDBACK_LIMITS.post, timeWindow: '1 minute', keyGenerator } } },
      async (req, reply) => {
        const p = await open(req, reply);
        if (!p) return reply;
        const body = (req.body ?? {}) as Record<string, unknown>;
        // A filled honeypot is a bot: it sees the same thank-you page, and nothing is stored.
        if (field(body, HONEYPOT) !== '') return thanks(reply, p.locale, p.ws);
        const t = PAGE_TEXTS[p.locale];
        const v: Values = { type: field(body, 'type'), message: field(body, 'message'), name: field(body, 'name'), email: field(body, 'email'), phone: field(body, 'phone') };
        const errors: Record<string, string> = {};
        if (!(FEEDBACK_TYPES as readonly string[]).includes(v.type)) errors.type = t.feedback.errors.type;
        if (v.message === '') errors.message = t.feedback.errors.message;
        else if (v.message.length > MAX_MESSAGE) errors.message = t.errors.tooLong(MAX_MESSAGE);
        for (const k of ['name', 'email', 'phone'] as const) if (v[k].length > MAX[k]) errors[k] = t.errors.tooLong(MAX[k]);
        if (v.email && !errors.email && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(v.email)) errors.email = t.feedback.errors.email;
        if (Object.keys(errors).length > 0) {
          const page = render(p.locale, p.ws, v, errors);
          return sendPage(reply, { locale: p.locale, title: t.feedback.title(p.ws.brand.company), brand: p.ws.brand, body: page, status: 400, script: FOCUS_SCRIPT });
        }
        const surveyId = await feedbackSurvey(ctx, p.ws.id);
        const person = v.email ? { email: v.email, ...(v.name ? { name: v.name } : {}), ...(v.phone ? { phone: v.phone } : {}) } : undefined;
        // Without an email there is no person to attach to; a name or phone given alone is kept on the response.
        const contact = !v.email && (v.name || v.phone) ? { ...(v.name ? { name: v.name } : {}), ...(v.phone ? { phone: v.phone } : {}) } : {};
        await ctx.responses.ingest(
          systemAuth(p.ws.id),
          [{ surveyId, score: null, comment: v.message, channel: 'feedback_page', person, properties: { feedbackType: v.type as FeedbackType, ...contact } }],
          { batch: false },
        );
        return thanks(reply, p.locale, p.ws);
      },
    );
  });
}
