/**
 * Asking people: schedules sends (email or personal link) for listed people or a people filter, now or later;
 * applies the fatigue rules when a send is due; sends the one-click email; sends one reminder; records answers
 * that arrive through a personal link; and keeps unsubscribes and bounces so those people are never sent to again.
 * Every timer runs through the durable job queue.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../config/env.ts';
import type { Dialect } from '../../db/create-db.ts';
import type { DB, SendChannel, SurveyRow, SurveySendRow } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, can, requireAccess } from '../auth/policy.ts';
import { checkPersonEmail, isTimeZone, type PersonInput, upsertPerson } from '../directory/person.service.ts';
import { parseDateTime } from '../metrics/periods.ts';
import { emailTextsOf } from '../surveys/email-texts.ts';
import { lowerBound, type ResponseService, type ResponseView, upperBound } from '../responses/response.service.ts';
import type { SettingsService } from '../workspaces/settings.ts';
import { pickLocale } from './email-i18n.ts';
import { decide, type SkipReason } from './fatigue.ts';
import { lastSurveyedAt, lockSurveying } from './last-surveyed.ts';
import { LINK_REFUSAL_MESSAGES, linkRefusal } from './link-state.ts';
import { makeToken, peekToken, type TokenPurpose, verifyToken } from './links.ts';
import { MailError, type Mailer } from './mailer.ts';
import { renderSurveyEmail } from './survey-email.ts';
import { surveyEmailUnavailable } from './email-unavailable.ts';

export const LINK_DAYS = 30;
export const MAX_RECIPIENTS = 1000;
/** How a scheduled send reaches the person (the widget makes its own sends). */
export const SCHEDULE_CHANNELS = ['email', 'link'] as const satisfies readonly SendChannel[];
export type ScheduleChannel = (typeof SCHEDULE_CHANNELS)[number];

export interface SendView {
  id: string;
  surveyId: string;
  personId: string;
  channel: SurveySendRow['channel'];
  status: SurveySendRow['status'];
  skipReason: string | null;
  error: string | null;
  scheduledAt: string;
  sentAt: string | null;
  remindedAt: string | null;
  respondedAt: string | null;
  responseId: string | null;
  expiresAt: string;
  /**
   * The personal survey link (personal links and emails alike); null for a caller who may not send surveys (write
   * access): the link lets whoever holds it answer as the person, so only those who may make links may see them.
   */
  link: string | null;
  person: { id: string; email: string | null; name: string | null; externalId: string | null } | null;
  createdAt: string;
}

export interface ScheduleInput {
  people?: (({ personId: string } | PersonInput) & { properties?: Record<string, unknown> | undefined })[] | undefined;
  /** Everybody matching: a property value, an account, or everyone. */
  filter?: { property?: { name: string; value: string | number | boolean } | undefined; accountId?: string | undefined; all?: boolean | undefined } | undefined;
  at?: string | undefined;
  channel?: ScheduleChannel | undefined;
  /** Properties stored with each send and copied onto its response (e.g. order id). */
  properties?: Record<string, unknown> | undefined;
}

export interface LinkContext {
  send: SurveySendRow;
  survey: SurveyRow;
  person: { id: string; name: string | null; email: string | null; locale: string | null };
  workspaceId: string;
}

/** What the sends list (and its CSV export) can be narrowed to; each given filter must hold (AND). */
export interface SendFilters {
  surveyId?: string | undefined;
  personId?: string | undefined;
  status?: SurveySendRow['status'] | undefined;
  channel?: SendChannel | undefined;
}

/** The person columns joined onto a send for its view. */
type SendWithPerson = SurveySendRow & { person_email?: string | null; person_name?: string | null; person_external_id?: string | null };

/** Options of `schedule` that only some callers want. */
export interface ScheduleOptions {
  /**
   * Refuse email sends when this server cannot send email (no SMTP_URL), before anything is written, instead of
   * scheduling sends that can only fail later. The send API asks for it (a case's re-survey refuses the same way
   * before it gets here: CaseService); the Delighted-compatible API keeps the sends, which then wait with the error
   * as documented.
   */
  refuseUnsendableEmail?: boolean;
}

export class LinkError extends Error {
  constructor(readonly reason: 'invalid' | 'expired') {
    super(reason === 'expired' ? 'this link has expired' : 'this link is not valid');
  }
}

/**
 * The send job failed for good (every attempt failed, e.g. the mail server was down): a send still waiting for it
 * becomes `failed`, keeping the last error. Runs inside the job queue's final-failure transaction (`onFailed`).
 */
export async function failSendForGood(trx: Transaction<DB>, sendId: string, error: string): Promise<void> {
  await trx.updateTable('survey_send').set({ status: 'failed', error: error.slice(0, 500), updated_at: nowIso() }).where('id', '=', sendId).where('status', '=', 'scheduled').execute();
}

/**
 * The failed send job was queued again (`onRetry`): its send is `scheduled` again (the error stays until it goes out).
 * A send failed by a permanent bounce is not touched: its job succeeded, so it cannot be retried.
 */
export async function rescheduleFailedSend(trx: Transaction<DB>, sendId: string): Promise<void> {
  await trx.updateTable('survey_send').set({ status: 'scheduled', updated_at: nowIso() }).where('id', '=', sendId).where('status', '=', 'failed').execute();
}

/** A number in [0, 1) fixed by the send id, so sampling decides the same way on every retry. */
function sampleOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32;
}

export class DistributionService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly config: Config,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly settings: SettingsService,
    private readonly responses: ResponseService,
  ) {}

  private async secretOf(workspaceId: string): Promise<string> {
    const row = await this.db.selectFrom('workspace').select('signing_secret').where('id', '=', workspaceId).executeTakeFirst();
    if (!row?.signing_secret) throw notFound('workspace');
    return row.signing_secret;
  }

  token(secret: string, purpose: TokenPurpose, send: Pick<SurveySendRow, 'id' | 'expires_at'>): string {
    // Unsubscribe links outlive the survey link: people may act on an old email.
    const exp = purpose === 'u' ? Date.parse(send.expires_at) + 365 * 86_400_000 : Date.parse(send.expires_at);
    return makeToken(secret, { p: purpose, id: send.id, e: Math.floor(exp / 1000) });
  }

  private present(secret: string, row: SendWithPerson, showLink: boolean): SendView {
    return {
      id: row.id,
      surveyId: row.survey_id,
      personId: row.person_id,
      channel: row.channel,
      status: row.status,
      skipReason: row.skip_reason,
      error: row.error,
      scheduledAt: row.scheduled_at,
      sentAt: row.sent_at,
      remindedAt: row.reminded_at,
      respondedAt: row.responded_at,
      responseId: row.response_id,
      expiresAt: row.expires_at,
      link: showLink ? `${this.config.publicUrl}/s/${this.token(secret, 's', row)}` : null,
      person:
        row.person_email !== undefined ? { id: row.person_id, email: row.person_email ?? null, name: row.person_name ?? null, externalId: row.person_external_id ?? null } : null,
      createdAt: row.created_at,
    };
  }

  /** Schedules sends of a survey; returns them (skips decided now, e.g. unsubscribed, are included with reasons). */
  async schedule(auth: Auth, surveyId: string, input: ScheduleInput, options: ScheduleOptions = {}): Promise<{ scheduled: number; skipped: number; sends: SendView[] }> {
    requireAccess(auth, 'write');
    const survey = await this.db.selectFrom('survey').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', surveyId).executeTakeFirst();
    if (!survey || survey.purpose !== 'survey') throw notFound('survey');
    if (options.refuseUnsendableEmail && (input.channel ?? 'email') === 'email' && !this.mailer.configured) {
      throw surveyEmailUnavailable('create personal links (channel "link") instead', 'channel');
    }
    if (survey.status !== 'active') throw new AppError('conflict', `the survey is ${survey.status}; activate it before sending`, [{ field: 'status', message: `is ${survey.status}` }]);
    // parseDateTime, not new Date(): that rolled "2026-02-30T10:00:00Z" over to 2 March
    const at = input.at ? new Date(parseDateTime(input.at)) : new Date();
    if (Number.isNaN(at.getTime())) throw invalid('at', 'must be an ISO-8601 date-time');
    if (at.getTime() > Date.now() + 366 * 86_400_000) throw invalid('at', 'must be within a year');
    if (!input.people && !input.filter) throw invalid('people', 'give people or a filter');
    if (input.people && input.people.length > MAX_RECIPIENTS) throw invalid('people', `at most ${MAX_RECIPIENTS} people per request; use a filter for more`);
    const channel = input.channel ?? 'email';
    const secret = await this.secretOf(auth.workspaceId);

    const rows = await this.db.transaction().execute(async (trx) => {
      // A personal link is an invitation made now: an email decided at this very moment must see it.
      if (channel === 'link') await lockSurveying(trx, this.dialect, auth.workspaceId);
      const now = nowIso();
      const personIds: { id: string; properties?: Record<string, unknown> | undefined }[] = [];
      for (const [i, p] of (input.people ?? []).entries()) {
        if ('personId' in p) {
          const exists = await trx.selectFrom('person').select('id').where('workspace_id', '=', auth.workspaceId).where('id', '=', p.personId).executeTakeFirst();
          if (!exists) throw invalid(`people/${i}/personId`, `no person with id ${p.personId} in this workspace`);
          personIds.push({ id: p.personId, properties: p.properties });
        } else {
          checkPersonEmail(p.email, `people/${i}/email`);
          if (p.timeZone && !isTimeZone(p.timeZone)) throw invalid(`people/${i}/timeZone`, `"${p.timeZone}" is not a known time zone (use an IANA name such as Europe/Berlin)`);
          const id = await upsertPerson(trx, auth.workspaceId, p, now);
          if (!id) throw invalid(`people/${i}/email`, 'a person needs an email or an externalId');
          personIds.push({ id, properties: p.properties });
        }
      }
      if (input.filter) personIds.push(...(await this.filterPeople(trx, auth.workspaceId, input.filter)).map((id) => ({ id })));
      const seen = new Set<string>();
      const out: SurveySendRow[] = [];
      for (const p of personIds) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        const row: SurveySendRow = {
          id: newId(),
          workspace_id: auth.workspaceId,
          survey_id: surveyId,
          person_id: p.id,
          channel,
          status: channel === 'link' ? 'sent' : 'scheduled',
          skip_reason: null,
          error: null,
          scheduled_at: at.toISOString(),
          sent_at: channel === 'link' ? now : null,
          reminder_due_at: null,
          reminded_at: null,
          responded_at: null,
          response_id: null,
          expires_at: new Date(Math.max(at.getTime(), Date.now()) + LINK_DAYS * 86_400_000).toISOString(),
          properties: toJson({ ...(input.properties ?? {}), ...(p.properties ?? {}) }),
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('survey_send').values(row).execute();
        if (channel === 'email') await this.jobs.enqueue(trx, 'distribution.send', { sendId: row.id }, { workspaceId: auth.workspaceId, runAt: at, dedupeKey: `send:${row.id}:${row.scheduled_at}` });
        out.push(row);
      }
      return out;
    });
    const listed = rows.slice(0, MAX_RECIPIENTS);
    const people = await this.peopleOf(listed.map((r) => r.person_id));
    return {
      scheduled: rows.length,
      skipped: 0,
      sends: listed.map((r) => {
        const p = people.get(r.person_id);
        return this.present(secret, { ...r, person_email: p?.email ?? null, person_name: p?.name ?? null, person_external_id: p?.external_id ?? null }, true);
      }),
    };
  }

  /** Name, email and external id of people, by id (for the sends just made). */
  private async peopleOf(ids: string[]): Promise<Map<string, { email: string | null; name: string | null; external_id: string | null }>> {
    const out = new Map<string, { email: string | null; name: string | null; external_id: string | null }>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.db.selectFrom('person').select(['id', 'email', 'name', 'external_id']).where('id', 'in', unique.slice(i, i + 500)).execute();
      for (const r of rows) out.set(r.id, r);
    }
    return out;
  }

  private async filterPeople(trx: Transaction<DB>, workspaceId: string, filter: NonNullable<ScheduleInput['filter']>): Promise<string[]> {
    if (!filter.all && !filter.accountId && !filter.property) throw invalid('filter', 'give all: true, accountId or property');
    let q = trx.selectFrom('person').select(['id', 'properties']).where('workspace_id', '=', workspaceId);
    if (filter.accountId) {
      // an unknown (or another workspace's) account would silently match nobody
      const account = await trx.selectFrom('account').select('id').where('workspace_id', '=', workspaceId).where('id', '=', filter.accountId).executeTakeFirst();
      if (!account) throw invalid('filter/accountId', `no account with id ${filter.accountId} in this workspace`);
      q = q.where('account_id', '=', filter.accountId);
    }
    const rows = await q.execute();
    const prop = filter.property;
    // Properties are JSON text on both databases; matched here so the SQL stays the same on both.
    return rows.filter((r) => !prop || parseJson<Record<string, unknown>>(r.properties, {})[prop.name] === prop.value).map((r) => r.id);
  }

  async list(auth: Auth, f: PageRequest & SendFilters): Promise<Page<SendView>> {
    requireAccess(auth, 'read');
    const secret = await this.secretOf(auth.workspaceId);
    let q = this.db
      .selectFrom('survey_send')
      .leftJoin('person', 'person.id', 'survey_send.person_id')
      .selectAll('survey_send')
      .select(['person.email as person_email', 'person.name as person_name', 'person.external_id as person_external_id'])
      .where('survey_send.workspace_id', '=', auth.workspaceId);
    if (f.surveyId) q = q.where('survey_send.survey_id', '=', f.surveyId);
    if (f.personId) q = q.where('survey_send.person_id', '=', f.personId);
    if (f.status) q = q.where('survey_send.status', '=', f.status);
    if (f.channel) q = q.where('survey_send.channel', '=', f.channel);
    const showLinks = can(auth, 'write');
    return paginate(q, 'survey_send', f, (r) => this.present(secret, r, showLinks));
  }

  async get(auth: Auth, id: string): Promise<SendView> {
    requireAccess(auth, 'read');
    const row = await this.db
      .selectFrom('survey_send')
      .leftJoin('person', 'person.id', 'survey_send.person_id')
      .selectAll('survey_send')
      .select(['person.email as person_email', 'person.name as person_name', 'person.external_id as person_external_id'])
      .where('survey_send.workspace_id', '=', auth.workspaceId)
      .where('survey_send.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('send');
    return this.present(await this.secretOf(auth.workspaceId), row, can(auth, 'write'));
  }

  /** Cancels sends that have not gone out yet. */
  async cancel(auth: Auth, id: string): Promise<SendView> {
    requireAccess(auth, 'write');
    const row = await this.db.selectFrom('survey_send').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('send');
    if (row.status !== 'scheduled') throw new AppError('conflict', `the send is already ${row.status}`);
    await this.db.updateTable('survey_send').set({ status: 'cancelled', updated_at: nowIso() }).where('id', '=', id).execute();
    return this.get(auth, id);
  }

  /** Cancels every pending send of a person (e.g. when they unsubscribe, or through the Delighted API). */
  async cancelPendingForPerson(workspaceId: string, personId: string): Promise<number> {
    const res = await this.db
      .updateTable('survey_send')
      .set({ status: 'cancelled', updated_at: nowIso() })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', '=', personId)
      .where('status', '=', 'scheduled')
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  private async skip(id: string, reason: SkipReason): Promise<void> {
    await this.db.updateTable('survey_send').set({ status: 'skipped', skip_reason: reason, updated_at: nowIso() }).where('id', '=', id).execute();
  }

  /** Job: a send is due. Applies the fatigue rules, then emails the person. */
  async processSend(sendId: string): Promise<'success' | 'skipped'> {
    const send = await this.db.selectFrom('survey_send').selectAll().where('id', '=', sendId).executeTakeFirst();
    if (!send || send.status !== 'scheduled') return 'skipped';
    const survey = await this.db.selectFrom('survey').selectAll().where('id', '=', send.survey_id).executeTakeFirstOrThrow();
    const person = await this.db.selectFrom('person').selectAll().where('id', '=', send.person_id).executeTakeFirstOrThrow();
    if (survey.status !== 'active') return this.skip(sendId, 'survey_not_active').then(() => 'skipped' as const);
    if (person.unsubscribed_at) return this.skip(sendId, 'unsubscribed').then(() => 'skipped' as const);
    if (person.bounced_at) return this.skip(sendId, 'bounced').then(() => 'skipped' as const);
    if (!person.email) return this.skip(sendId, 'no_email').then(() => 'skipped' as const);

    const settings = await this.settings.forWorkspace(send.workspace_id);
    // Decide and reserve in one transaction, locked per workspace, so that concurrent workers cannot all pass
    // the daily cap or the "recently surveyed" rule at the same moment (personal links are made under the same lock).
    const decision = await this.db.transaction().execute(async (trx) => {
      await lockSurveying(trx, this.dialect, send.workspace_id);
      const now = new Date();
      const current = await trx.selectFrom('survey_send').select('status').where('id', '=', sendId).executeTakeFirst();
      if (current?.status !== 'scheduled') return { action: 'gone' as const };
      // "Surveyed" means any invitation made to the person, whatever the channel: emails, personal links (made
      // without the rules, but they ask the person all the same) and widget showings — the widget decides alike.
      const lastSentAt = await lastSurveyedAt(trx, send.workspace_id, send.person_id, send.id);
      const today = now.toISOString().slice(0, 10);
      // The daily cap counts the emails that went out today; personal links send nothing and do not use it up.
      const sentToday = await trx
        .selectFrom('survey_send')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', send.workspace_id)
        .where('channel', '=', 'email')
        .where('status', 'in', ['sent', 'responded'])
        .where('sent_at', '>=', `${today}T00:00:00.000Z`)
        .executeTakeFirstOrThrow();
      const d = decide({
        rules: settings.fatigue,
        now,
        lastSentAt,
        sentToday: Number(sentToday.n),
        timeZone: person.time_zone,
        sample: sampleOf(send.id),
      });
      const stamp = now.toISOString();
      if (d.action === 'skip') {
        await trx.updateTable('survey_send').set({ status: 'skipped', skip_reason: d.reason, updated_at: stamp }).where('id', '=', sendId).execute();
      } else if (d.action === 'defer') {
        const at = d.until.toISOString();
        await trx.updateTable('survey_send').set({ scheduled_at: at, updated_at: stamp }).where('id', '=', sendId).execute();
        await this.jobs.enqueue(trx, 'distribution.send', { sendId }, { workspaceId: send.workspace_id, runAt: d.until, dedupeKey: `send:${sendId}:${at}` });
      } else {
        // Reserve: counted as sent from now on; set back to scheduled if the mail server fails for now.
        await trx.updateTable('survey_send').set({ status: 'sent', sent_at: stamp, updated_at: stamp }).where('id', '=', sendId).execute();
      }
      return d;
    });
    if (decision.action !== 'send') return 'skipped';
    return this.email(send, survey, person, settings, false);
  }

  private async email(
    send: SurveySendRow,
    survey: SurveyRow,
    person: { id: string; email: string | null; name: string | null; locale: string | null },
    settings: Awaited<ReturnType<SettingsService['forWorkspace']>>,
    reminder: boolean,
  ): Promise<'success'> {
    // Everything up to the mail server's answer is inside the try: the send was reserved as "sent" before this
    // (processSend), so any failure here — building the email included — must set it back to "scheduled" for the
    // job's retry, or it would read "sent" while nothing went out and the retry would pass it over.
    try {
      const workspace = await this.db.selectFrom('workspace').select(['name', 'signing_secret']).where('id', '=', send.workspace_id).executeTakeFirst();
      if (!workspace?.signing_secret) throw notFound('workspace');
      const secret = workspace.signing_secret;
      const unsubscribeUrl = `${this.config.publicUrl}/u/${this.token(secret, 'u', send)}`;
      const mail = renderSurveyEmail({
        locale: pickLocale(person.locale, survey.locale, settings.locale),
        kind: survey.kind,
        question: survey.question,
        company: settings.branding.companyName ?? workspace.name,
        color: settings.branding.color,
        logoUrl: settings.branding.logoUrl,
        personName: person.name,
        surveyUrl: `${this.config.publicUrl}/s/${this.token(secret, 's', send)}`,
        unsubscribeUrl,
        reminder,
        texts: emailTextsOf(survey),
      });
      await this.mailer.send({
        to: person.email!,
        ...mail,
        // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL.
        headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    } catch (err) {
      if (err instanceof MailError && err.permanent) {
        await this.recordBounce(send.workspace_id, person.email!, err.message);
        await this.db.updateTable('survey_send').set({ status: 'failed', error: err.message.slice(0, 500), updated_at: nowIso() }).where('id', '=', send.id).execute();
        return 'success';
      }
      await this.db
        .updateTable('survey_send')
        .set({ ...(reminder ? {} : { status: 'scheduled' as const, sent_at: null }), error: (err as Error).message.slice(0, 500), updated_at: nowIso() })
        .where('id', '=', send.id)
        .execute();
      throw err; // transient: the job queue retries with backoff
    }
    const now = new Date();
    if (reminder) {
      await this.db.updateTable('survey_send').set({ reminded_at: now.toISOString(), updated_at: now.toISOString() }).where('id', '=', send.id).execute();
      return 'success';
    }
    const reminderDue = survey.reminder_days ? new Date(now.getTime() + survey.reminder_days * 86_400_000) : null;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('survey_send')
        .set({ status: 'sent', sent_at: now.toISOString(), error: null, reminder_due_at: reminderDue?.toISOString() ?? null, updated_at: now.toISOString() })
        .where('id', '=', send.id)
        .execute();
      if (reminderDue) await this.jobs.enqueue(trx, 'distribution.remind', { sendId: send.id }, { workspaceId: send.workspace_id, runAt: reminderDue, dedupeKey: `remind:${send.id}` });
    });
    return 'success';
  }

  /** Job: one reminder when a sent survey has no answer after the survey's reminder days. */
  async processReminder(sendId: string): Promise<'success' | 'skipped'> {
    const send = await this.db.selectFrom('survey_send').selectAll().where('id', '=', sendId).executeTakeFirst();
    if (!send || send.status !== 'sent' || send.response_id || send.reminded_at) return 'skipped';
    const person = await this.db.selectFrom('person').selectAll().where('id', '=', send.person_id).executeTakeFirstOrThrow();
    if (person.unsubscribed_at || person.bounced_at || !person.email) return 'skipped';
    const survey = await this.db.selectFrom('survey').selectAll().where('id', '=', send.survey_id).executeTakeFirstOrThrow();
    if (survey.status !== 'active' || Date.parse(send.expires_at) < Date.now()) return 'skipped';
    return this.email(send, survey, person, await this.settings.forWorkspace(send.workspace_id), true);
  }

  /** Resolves a personal survey link, checking its signature and expiry. */
  async resolveLink(token: string, purpose: TokenPurpose = 's'): Promise<LinkContext> {
    const peek = peekToken(token);
    if (!peek || peek.p !== purpose) throw new LinkError('invalid');
    const send = await this.db.selectFrom('survey_send').selectAll().where('id', '=', peek.id).executeTakeFirst();
    if (!send) throw new LinkError('invalid');
    const check = verifyToken(await this.secretOf(send.workspace_id), token);
    if (check !== 'ok') throw new LinkError(check);
    const survey = await this.db.selectFrom('survey').selectAll().where('id', '=', send.survey_id).executeTakeFirstOrThrow();
    const person = await this.db.selectFrom('person').select(['id', 'name', 'email', 'locale']).where('id', '=', send.person_id).executeTakeFirstOrThrow();
    return { send, survey, person, workspaceId: send.workspace_id };
  }

  /**
   * Records an answer given through a personal link: the first visit creates the response, later visits update
   * it (one response per link). The send's properties are copied onto the response.
   */
  async answerLink(token: string, answer: { score?: number | null | undefined; comment?: string | null | undefined; answers?: Record<string, unknown> | undefined }): Promise<ResponseView> {
    const link = await this.resolveLink(token);
    const refusal = linkRefusal(link.send, link.survey);
    if (refusal) throw new AppError('conflict', LINK_REFUSAL_MESSAGES[refusal]);
    const auth: Auth = { workspaceId: link.workspaceId, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
    let view: ResponseView;
    if (link.send.response_id) {
      view = await this.responses.update(auth, link.send.response_id, answer);
    } else {
      if (answer.score === undefined || answer.score === null) throw invalid('score', 'is required');
      const result = await this.responses.ingest(
        auth,
        [
          {
            surveyId: link.survey.id,
            score: answer.score,
            comment: answer.comment ?? null,
            answers: answer.answers,
            personId: link.person.id,
            channel: link.send.channel,
            properties: parseJson(link.send.properties, {}),
          },
        ],
        { batch: false },
      );
      view = result.body as ResponseView;
      const now = nowIso();
      await this.db.updateTable('survey_send').set({ status: 'responded', response_id: view.id, responded_at: now, updated_at: now }).where('id', '=', link.send.id).execute();
    }
    return view;
  }

  /** Unsubscribes the person behind an unsubscribe link. */
  async unsubscribeByToken(token: string): Promise<{ email: string | null }> {
    const link = await this.resolveLink(token, 'u');
    await this.unsubscribePerson(link.workspaceId, link.person.id, link.person.email ?? '', 'link');
    return { email: link.person.email };
  }

  async unsubscribePerson(workspaceId: string, personId: string, email: string, detail: string): Promise<void> {
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const p = await trx.selectFrom('person').select('unsubscribed_at').where('id', '=', personId).executeTakeFirst();
      if (p?.unsubscribed_at) return;
      await trx.updateTable('person').set({ unsubscribed_at: now, updated_at: now }).where('id', '=', personId).execute();
      await trx.insertInto('email_event').values({ id: newId(), workspace_id: workspaceId, person_id: personId, email, kind: 'unsubscribe', detail, created_at: now }).execute();
      await trx.updateTable('survey_send').set({ status: 'cancelled', updated_at: now }).where('person_id', '=', personId).where('status', '=', 'scheduled').execute();
    });
  }

  /** Unsubscribes by email address (API), creating the person when unknown so the address stays suppressed. */
  async unsubscribeEmail(workspaceId: string, email: string, detail = 'api'): Promise<void> {
    const personId = (await this.db.transaction().execute((trx) => upsertPerson(trx, workspaceId, { email }, nowIso())))!;
    await this.unsubscribePerson(workspaceId, personId, email.trim().toLowerCase(), detail);
  }

  /** Records a permanent bounce: the address is never sent to again (a person is created to remember it). */
  async recordBounce(workspaceId: string, email: string, detail: string): Promise<void> {
    const address = email.trim().toLowerCase();
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const personId = (await upsertPerson(trx, workspaceId, { email: address }, now))!;
      await trx.updateTable('person').set({ bounced_at: now, updated_at: now }).where('id', '=', personId).where('bounced_at', 'is', null).execute();
      await trx.insertInto('email_event').values({ id: newId(), workspace_id: workspaceId, person_id: personId, email: address, kind: 'bounce', detail: detail.slice(0, 500), created_at: now }).execute();
      await trx.updateTable('survey_send').set({ status: 'cancelled', updated_at: now }).where('person_id', '=', personId).where('status', '=', 'scheduled').execute();
    });
  }

  async listEmailEvents(auth: Auth, kind: 'unsubscribe' | 'bounce', f: PageRequest & { since?: string | undefined; until?: string | undefined }) {
    requireAccess(auth, 'read');
    let q = this.db.selectFrom('email_event').selectAll().where('workspace_id', '=', auth.workspaceId).where('kind', '=', kind);
    // parsed like the responses' from/to: compared as text, "not-a-date" silently matched everything or nothing
    if (f.since) q = q.where('created_at', '>=', lowerBound(f.since, 'since'));
    if (f.until) q = q.where('created_at', '<=', upperBound(f.until, 'until'));
    return paginate(q, 'email_event', f, (r) => ({ id: r.id, personId: r.person_id, email: r.email, detail: r.detail, createdAt: r.created_at }));
  }
}
