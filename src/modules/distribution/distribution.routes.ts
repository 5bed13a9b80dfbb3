/** /api/v1 sends (and their CSV), unsubscribes and bounces; the public unsubscribe page /u/<token> (RFC 8058 one-click). */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { SEND_CHANNELS, SEND_STATUSES } from '../../db/tables.ts';
import { sendCsvDownload } from '../../http/csv-download.ts';
import { errors, exactValidator, IdParams, Nullable, PageOf, PageQuery, Properties, StringEnum } from '../../http/schemas.ts';
import { html } from '../../shared/html.ts';
import { requireAccess } from '../auth/policy.ts';
import { WIDGET_SKIP_REASONS } from '../widget/widget.service.ts';
import { LinkError, MAX_RECIPIENTS, SCHEDULE_CHANNELS } from './distribution.service.ts';
import { SKIP_REASONS } from './fatigue.ts';
import { SENDS_CSV_COLUMNS, sendsCsv } from './sends-csv-export.ts';

/** A skipped send's reason: a fatigue rule or the person's state (emails and links), or the widget's. */
const SEND_SKIP_REASONS = [...new Set([...SKIP_REASONS, ...WIDGET_SKIP_REASONS])];

const SendSchema = Type.Object({
  id: Type.String(),
  surveyId: Type.String(),
  personId: Type.String(),
  channel: StringEnum(SEND_CHANNELS),
  status: StringEnum(SEND_STATUSES),
  skipReason: Nullable(StringEnum(SEND_SKIP_REASONS, { description: 'Why a skipped send was skipped' })),
  error: Nullable(Type.String()),
  scheduledAt: Type.String(),
  sentAt: Nullable(Type.String()),
  remindedAt: Nullable(Type.String()),
  respondedAt: Nullable(Type.String()),
  responseId: Nullable(Type.String()),
  expiresAt: Type.String(),
  link: Nullable(
    Type.String({
      description: 'The personal survey link; null unless the caller may send surveys (write access), since whoever holds the link can answer as the person',
    }),
  ),
  person: Nullable(Type.Object({ id: Type.String(), email: Nullable(Type.String()), name: Nullable(Type.String()), externalId: Nullable(Type.String()) })),
  createdAt: Type.String(),
});

/** The filters of the sends list (and of its CSV export). */
const SendFilters = {
  surveyId: Type.Optional(Type.String({ maxLength: 100, description: 'Only sends of this survey (its id)' })),
  personId: Type.Optional(Type.String({ maxLength: 100, description: 'Only sends to this person (their id)' })),
  status: Type.Optional(StringEnum(SEND_STATUSES, { description: 'Only sends with this status; a skipped send says why in `skipReason`' })),
  channel: Type.Optional(StringEnum(SEND_CHANNELS, { description: 'how the send reached the person: email, link (personal link) or widget' })),
};

const Recipient = Type.Union([
  Type.Object({ personId: Type.String({ maxLength: 100 }), properties: Type.Optional(Properties) }, { additionalProperties: false }),
  Type.Object(
    {
      email: Type.Optional(Type.String({ maxLength: 254 })),
      externalId: Type.Optional(Type.String({ maxLength: 200 })),
      name: Type.Optional(Type.String({ maxLength: 200 })),
      phone: Type.Optional(Type.String({ maxLength: 50 })),
      locale: Type.Optional(Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' })),
      timeZone: Type.Optional(Type.String({ maxLength: 64 })),
      properties: Type.Optional(Properties),
    },
    { additionalProperties: false },
  ),
]);

const EmailEvent = Type.Object({ id: Type.String(), personId: Nullable(Type.String()), email: Type.String(), detail: Nullable(Type.String()), createdAt: Type.String() });

function page(title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#18181b}button{font:inherit;padding:.6rem 1.2rem;border-radius:.4rem;border:0;background:#1d4ed8;color:#fff;cursor:pointer}</style></head>
<body><main>${body}</main></body></html>`.html;
}

export function registerDistributionRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Distribution'];
  // Reading takes any member or API key; sending, cancelling and recording take a manager, owner or admin, or a write API key (policy.ts).
  const READ = 'Any member or API key (read scope is enough).';
  const WRITE = 'Managers, owners and admins, or a write API key.';
  api.post(
    '/api/v1/surveys/:id/send',
    {
      // not coerced: a filter's property value (string | number | boolean) 5 became "5" and matched nobody
      validatorCompiler: exactValidator,
      schema: {
        tags,
        summary: 'Send a survey (email) or create personal links, now or at a time, to listed people or a people filter',
        description:
          `${WRITE} 404 when no survey of this workspace has the id; 409 naming \`status\` when the survey is not active, and naming \`channel\` for ` +
          'email (the default channel) when the server has no SMTP_URL, before anything is written (personal links work without it: with `channel: "link"` ' +
          'no email goes out and each send carries a personal link to share). Each send passes the workspace fatigue rules when it is due (recently ' +
          'surveyed, sampling, daily cap, quiet hours in the person’s time zone, unsubscribed, bounced); a skipped send keeps its reason.',
        params: IdParams,
        body: Type.Object(
          {
            people: Type.Optional(
              Type.Array(Recipient, {
                maxItems: MAX_RECIPIENTS,
                description:
                  'Each by `personId`, or by email or externalId: a person not known yet is created, a known one gets the details given. ' +
                  'A recipient’s `properties` are stored on that send only. Give `people`, `filter` or both',
              }),
            ),
            filter: Type.Optional(
              Type.Object(
                {
                  all: Type.Optional(Type.Boolean()),
                  accountId: Type.Optional(Type.String({ maxLength: 100 })),
                  property: Type.Optional(Type.Object({ name: Type.String({ maxLength: 100 }), value: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()]) }, { additionalProperties: false })),
                },
                { additionalProperties: false, description: 'Everyone matching, besides `people`: `all: true`, the people of `accountId`, and/or those whose `property` has exactly this value' },
              ),
            ),
            at: Type.Optional(Type.String({ maxLength: 40, description: 'ISO-8601 date-time; default now' })),
            channel: Type.Optional(StringEnum(SCHEDULE_CHANNELS, { description: 'email (default): emailed at `at`; link: no email, each send’s `link` is ready to share at once' })),
            properties: Type.Optional({ ...Properties, description: 'Stored with every send and copied onto its response (e.g. an order id); a recipient’s own properties win' }),
          },
          { additionalProperties: false },
        ),
        response: { 202: Type.Object({ scheduled: Type.Integer(), skipped: Type.Integer(), sends: Type.Array(SendSchema) }), ...errors, 409: errors[400] },
      },
    },
    async (req, reply) => reply.code(202).send(await ctx.distribution.schedule(req.auth, (req.params as { id: string }).id, req.body as never, { refuseUnsendableEmail: true })),
  );
  api.get(
    '/api/v1/sends',
    {
      schema: {
        tags,
        summary: 'Sends, newest first, with status and skip reason',
        description:
          `${READ} Every send of the workspace, optionally of one survey, person, status or channel (email, personal link or website widget), ` +
          'in pages of `limit` (follow `nextCursor`). `link` is filled in only for write access.',
        querystring: Type.Object({ ...PageQuery, ...SendFilters }),
        response: { 200: PageOf(SendSchema), ...errors },
      },
    },
    (req) => ctx.distribution.list(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/sends/export',
    {
      schema: {
        tags,
        summary: 'Download the sends the filters select as CSV (all of them, newest first)',
        description:
          `${READ} Same filters as GET /api/v1/sends, no paging; a filter with a value it does not take is a 400 naming it. Columns: ${SENDS_CSV_COLUMNS.join(', ')}. ` +
          '`link` (the personal survey link) is filled in only for write access, as in the list, and empty otherwise. A name, email, external id or ' +
          'error that would start with = + - @ is prefixed with an apostrophe, so a spreadsheet shows it as text rather than running it as a formula.',
        querystring: Type.Object(SendFilters),
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV, UTF-8, with a header line' }), ...errors },
      },
    },
    async (req, reply) => {
      return sendCsvDownload(reply, 'sends', await sendsCsv(ctx.distribution, req.auth, req.query as never));
    },
  );
  api.get('/api/v1/sends/:id', { schema: { tags, summary: 'Get a send', description: `${READ} One send with its status, skip reason and person; \`link\` only for write access. 404 when no send of this workspace has the id.`, params: IdParams, response: { 200: SendSchema, ...errors } } }, (req) =>
    ctx.distribution.get(req.auth, (req.params as { id: string }).id),
  );
  api.post('/api/v1/sends/:id/cancel', { schema: { tags, summary: 'Cancel a scheduled send', description: `${WRITE} Cancels a send that has not gone out yet. 404 when no send of this workspace has the id; 409 once it was sent, skipped or cancelled.`, params: IdParams, response: { 200: SendSchema, ...errors, 409: errors[400] } } }, (req) =>
    ctx.distribution.cancel(req.auth, (req.params as { id: string }).id),
  );

  for (const kind of ['unsubscribe', 'bounce'] as const) {
    const path = kind === 'unsubscribe' ? '/api/v1/unsubscribes' : '/api/v1/bounces';
    api.get(
      path,
      {
        schema: {
          tags,
          summary: kind === 'unsubscribe' ? 'People who unsubscribed' : 'Addresses that bounced',
          description:
            `${READ} Newest first, in pages of \`limit\` (follow \`nextCursor\`); \`detail\` says where it came from ` +
            (kind === 'unsubscribe'
              ? '(`link`: the unsubscribe link of a survey email; `api` or your own text: POST /api/v1/unsubscribes; `delighted_api`: the ' +
                'Delighted-compatible API). A person is listed once, when they first unsubscribed'
              : '(your mail provider’s report posted to POST /api/v1/bounces, or the refusal of this server’s mail server when a survey email ' +
                'failed for good). Every report is listed, also a repeated one for the same address') +
            '; 400 naming `since` or `until` when it is not a date.',
          querystring: Type.Object({
            ...PageQuery,
            since: Type.Optional(Type.String({ maxLength: 40, description: 'Only those recorded at or after this: an ISO-8601 date-time, or a day YYYY-MM-DD (UTC, from its start)' })),
            until: Type.Optional(Type.String({ maxLength: 40, description: 'Only those recorded at or before this: an ISO-8601 date-time, or a day YYYY-MM-DD (UTC, inclusive)' })),
          }),
          response: { 200: PageOf(EmailEvent), ...errors },
        },
      },
      (req) => ctx.distribution.listEmailEvents(req.auth, kind, req.query as never),
    );
    api.post(
      path,
      {
        schema: {
          tags,
          summary:
            kind === 'unsubscribe'
              ? 'Unsubscribe an email address: it is never sent a survey again'
              : 'Bounce webhook: record a permanent bounce reported by your mail provider; the address is never sent to again',
          description:
            `${WRITE} ` +
            (kind === 'unsubscribe'
              ? 'Marks the person with this address unsubscribed (creating one when the address is unknown, so that it stays suppressed) and cancels ' +
                'their scheduled survey emails; 204 also when they already were. '
              : 'Sets `bouncedAt` on the person with this address (creating one when the address is unknown, so that it stays suppressed) and cancels ' +
                'their scheduled survey emails; each call adds an entry to GET /api/v1/bounces. ') +
            '400 naming `email` when it is not an email address.',
          body: Type.Object(
            {
              email: Type.String({ minLength: 3, maxLength: 254, description: 'The address (not case-sensitive)' }),
              detail: Type.Optional(
                Type.String({ maxLength: 500, description: `Why, for the record in the list; default \`${kind === 'unsubscribe' ? 'api' : 'reported by webhook'}\`` }),
              ),
            },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (req, reply) => {
        requireAccess(req.auth, 'write');
        const { email, detail } = req.body as { email: string; detail?: string };
        if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
          return reply.code(400).send({ error: { code: 'validation_error', message: 'email: must be an email address', fields: [{ field: 'email', message: 'must be an email address' }] } });
        }
        if (kind === 'unsubscribe') await ctx.distribution.unsubscribeEmail(req.auth.workspaceId, email, detail ?? 'api');
        else await ctx.distribution.recordBounce(req.auth.workspaceId, email, detail ?? 'reported by webhook');
        return reply.code(204).send();
      },
    );
  }
}

/** Public pages, reachable without logging in. */
export function registerUnsubscribePages(app: FastifyInstance, ctx: AppContext): void {
  const params = Type.Object({ token: Type.String({ maxLength: 400 }) });
  const limit = { rateLimit: { max: 30, timeWindow: '1 minute' } };
  app.get('/u/:token', { schema: { hide: true, params }, config: limit }, async (req, reply) => {
    const { token } = req.params as { token: string };
    try {
      const link = await ctx.distribution.resolveLink(token, 'u');
      // GET never unsubscribes: link scanners fetch every URL in an email. The button POSTs.
      return reply.type('text/html').send(
        page(
          'Unsubscribe',
          html`<h1>Unsubscribe</h1><p>Stop survey emails to <strong>${link.person.email ?? ''}</strong>?</p><form method="post"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
    } catch (err) {
      if (err instanceof LinkError) return reply.code(404).type('text/html').send(page('Link not valid', html`<h1>This link is not valid</h1><p>${err.message}.</p>`));
      throw err;
    }
  });
  // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" (form-encoded); the page's button posts here too.
  app.post('/u/:token', { schema: { hide: true, params }, config: limit }, async (req, reply) => {
    const { token } = req.params as { token: string };
    try {
      await ctx.distribution.unsubscribeByToken(token);
      return reply.type('text/html').send(page('Unsubscribed', html`<h1>You are unsubscribed</h1><p>You will not receive survey emails from us again.</p>`));
    } catch (err) {
      if (err instanceof LinkError) return reply.code(404).type('text/html').send(page('Link not valid', html`<h1>This link is not valid</h1><p>${err.message}.</p>`));
      throw err;
    }
  });
}
