/**
 * Email notification of new feedback, optional per user: a user linked to an employee may ask to be emailed each
 * new response attributed to them (off by default). The choice is stored per user and workspace.
 *
 * Ingest stays cheap: the response.created subscriber looks only at responses attributed to an employee, and only
 * in workspaces where someone opted in — a set of opted-in employee ids per workspace, cached for 5 s and forgotten
 * at once when a preference or an employee record changes in this process. A workspace where nobody opted in costs
 * one query per 5 s, and nothing at all for responses without an employee.
 *
 * Each response is emailed at most once: the job is enqueued with a dedupe key in the writing transaction, and the
 * job reserves a `feedback_email` row (keyed by the response) before sending, so a job delivered again (its worker
 * died, its lease ran out) finds the row and sends nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../config/env.ts';
import type { DB } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { AppError } from '../../shared/errors.ts';
import { emailPage, html } from '../../shared/html.ts';
import { nowIso } from '../../shared/ids.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import { MailError, type Mailer, type OutgoingEmail } from '../distribution/mailer.ts';
import type { ResponseEventType } from '../responses/response-events.ts';
import type { ResponseView } from '../responses/response.service.ts';
import { SCALE, scoreGroup, type SurveyKind } from '../surveys/score-groups.ts';

export const FEEDBACK_EMAIL_JOB = 'frontline.feedback_email';

/** Responses created longer ago than this (back-filled history) are not news: no email. */
const MAX_AGE_MS = 7 * 86_400_000;
const CACHE_MS = 5_000;

export interface NotificationPreferencesView {
  /** Email me each new response attributed to me. */
  feedbackEmail: boolean;
  /** Where the emails go (the user's login email). */
  email: string;
  /** The employee records of this workspace linked to the user; without one there is nothing to notify about. */
  employees: { id: string; name: string }[];
  /** Whether this server can send email at all (SMTP_URL). */
  emailConfigured: boolean;
  updatedAt: string | null;
}

export class FeedbackEmailService {
  private optedIn = new Map<string, { employees: Set<string>; until: number }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Config,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  /** Notification preferences belong to a signed-in user (API keys have none). */
  private userOf(auth: Auth): string {
    requireAccess(auth, 'read');
    if (auth.via !== 'session' || !auth.userId) throw new AppError('forbidden', 'notification preferences belong to a signed-in user; an API key has none');
    return auth.userId;
  }

  async getPreferences(auth: Auth): Promise<NotificationPreferencesView> {
    const userId = this.userOf(auth);
    const user = await this.db.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirst();
    if (!user) throw new AppError('unauthorized', 'the signed-in user no longer exists');
    const pref = await this.db
      .selectFrom('notification_preference')
      .select(['feedback_email', 'updated_at'])
      .where('workspace_id', '=', auth.workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const employees = await this.db.selectFrom('employee').select(['id', 'name']).where('workspace_id', '=', auth.workspaceId).where('user_id', '=', userId).orderBy('name').execute();
    return { feedbackEmail: pref?.feedback_email === 1, email: user.email, employees, emailConfigured: this.mailer.configured, updatedAt: pref?.updated_at ?? null };
  }

  /** Sets the signed-in user's own preferences; switching on needs an employee record linked to the user. */
  async setPreferences(auth: Auth, input: { feedbackEmail: boolean }): Promise<NotificationPreferencesView> {
    const userId = this.userOf(auth);
    if (input.feedbackEmail) {
      const linked = await this.db.selectFrom('employee').select('id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', userId).executeTakeFirst();
      if (!linked) {
        throw new AppError('conflict', 'you are not linked to an employee record, so no feedback is attributed to you; ask an admin to link you', [
          { field: 'feedbackEmail', message: 'needs an employee record linked to you' },
        ]);
      }
    }
    const now = nowIso();
    const value = input.feedbackEmail ? 1 : 0;
    await this.db
      .insertInto('notification_preference')
      .values({ workspace_id: auth.workspaceId, user_id: userId, feedback_email: value, updated_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ feedback_email: value, updated_at: now }))
      .execute();
    this.forget(auth.workspaceId);
    return this.getPreferences(auth);
  }

  /** Forget the cached opted-in employees of a workspace (a preference or an employee's linked user changed). */
  forget(workspaceId: string): void {
    this.optedIn.delete(workspaceId);
  }

  /** The employees of a workspace whose linked user (still a member) opted in; inside the writing transaction. */
  private async loadOptedIn(trx: Kysely<DB>, workspaceId: string): Promise<Set<string>> {
    const rows = await trx
      .selectFrom('employee')
      .innerJoin('notification_preference as np', (j) => j.onRef('np.workspace_id', '=', 'employee.workspace_id').onRef('np.user_id', '=', 'employee.user_id'))
      .innerJoin('membership', (j) => j.onRef('membership.workspace_id', '=', 'employee.workspace_id').onRef('membership.user_id', '=', 'employee.user_id'))
      .select('employee.id')
      .where('employee.workspace_id', '=', workspaceId)
      .where('np.feedback_email', '=', 1)
      .execute();
    const employees = new Set(rows.map((r) => r.id));
    if (this.optedIn.size > 10_000) this.optedIn.clear();
    this.optedIn.set(workspaceId, { employees, until: Date.now() + CACHE_MS });
    return employees;
  }

  /**
   * response.created subscriber (inside the writing transaction): one job per new response attributed to an
   * employee whose user opted in. Imported and back-dated responses (older than 7 days) are history, not news.
   */
  async onResponses(trx: Transaction<DB>, workspaceId: string, type: ResponseEventType, items: ResponseView[]): Promise<void> {
    if (type !== 'response.created') return;
    let attributed = false;
    for (const r of items) {
      if (r.employeeId !== null) {
        attributed = true;
        break;
      }
    }
    if (!attributed) return;
    const hit = this.optedIn.get(workspaceId);
    const employees = hit && hit.until > Date.now() ? hit.employees : await this.loadOptedIn(trx, workspaceId);
    if (employees.size === 0) return;
    const cutoff = Date.now() - MAX_AGE_MS;
    for (const r of items) {
      if (r.employeeId === null || !employees.has(r.employeeId) || r.channel === 'import' || Date.parse(r.createdAt) < cutoff) continue;
      await this.jobs.enqueue(trx, FEEDBACK_EMAIL_JOB, { responseId: r.id }, { workspaceId, dedupeKey: `feedback-email:${r.id}` });
    }
  }

  /**
   * Job: email one new response to the user linked to its employee. Checks again that the user opted in, is still
   * a member of the workspace and has an email address. Throws on a transient mail failure so the queue retries.
   */
  async send(responseId: string): Promise<'success' | 'skipped'> {
    if (!this.mailer.configured) return 'skipped';
    const r = await this.db
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .innerJoin('employee', 'employee.id', 'response.employee_id')
      .select(['response.id', 'response.workspace_id', 'response.survey_id', 'response.score', 'response.comment', 'survey.name as survey_name', 'survey.kind', 'employee.name as employee_name', 'employee.user_id'])
      .where('response.id', '=', responseId)
      .executeTakeFirst();
    if (!r?.user_id) return 'skipped';
    const user = await this.db
      .selectFrom('app_user')
      .innerJoin('membership', (j) => j.onRef('membership.user_id', '=', 'app_user.id').on('membership.workspace_id', '=', r.workspace_id))
      .innerJoin('notification_preference as np', (j) => j.onRef('np.user_id', '=', 'app_user.id').on('np.workspace_id', '=', r.workspace_id))
      .select(['app_user.id', 'app_user.email', 'app_user.name', 'np.feedback_email'])
      .where('app_user.id', '=', r.user_id)
      .executeTakeFirst();
    if (!user || user.feedback_email !== 1 || user.email.trim() === '') return 'skipped';

    // Reserve before sending: a second delivery of this job (or a second job) finds the row and sends nothing.
    const reserved = await this.db
      .insertInto('feedback_email')
      .values({ response_id: r.id, workspace_id: r.workspace_id, user_id: user.id, status: 'sending', error: null, created_at: nowIso(), sent_at: null })
      .onConflict((oc) => oc.column('response_id').doNothing())
      .executeTakeFirst();
    if (Number(reserved.numInsertedOrUpdatedRows ?? 0n) === 0) return 'skipped';

    const mail = renderFeedbackEmail({
      to: user.email,
      userName: user.name,
      employeeName: r.employee_name,
      surveyName: r.survey_name,
      kind: r.kind,
      score: r.score,
      comment: r.comment,
      feedUrl: `${this.config.publicUrl}/feed?survey=${encodeURIComponent(r.survey_id)}`,
    });
    try {
      await this.mailer.send(mail);
    } catch (err) {
      if (err instanceof MailError && err.permanent) {
        await this.db.updateTable('feedback_email').set({ status: 'failed', error: err.message.slice(0, 500) }).where('response_id', '=', r.id).execute();
        return 'skipped';
      }
      // Not sent: release the reservation so that the retry may send.
      await this.db.deleteFrom('feedback_email').where('response_id', '=', r.id).where('status', '=', 'sending').execute();
      throw err;
    }
    await this.db.updateTable('feedback_email').set({ status: 'sent', sent_at: nowIso() }).where('response_id', '=', r.id).execute();
    return 'success';
  }
}

/** The email about one response: score and its group, the comment (customer text, escaped in the HTML part). */
export function renderFeedbackEmail(m: {
  to: string;
  userName: string;
  employeeName: string;
  surveyName: string;
  kind: SurveyKind;
  score: number | null;
  comment: string | null;
  feedUrl: string;
}): OutgoingEmail {
  const group = scoreGroup(m.kind, m.score);
  const scoreText = m.score === null ? 'no score (unscored feedback)' : `${m.score} out of ${SCALE[m.kind].max} (${group})`;
  const comment = m.comment?.trim() ? m.comment.trim() : null;
  const subject = m.score === null ? 'New feedback attributed to you' : `New feedback attributed to you: ${m.score} (${group})`;
  const text = [
    `Hello ${m.userName},`,
    '',
    `New feedback on “${m.surveyName}” was attributed to you (${m.employeeName}).`,
    '',
    `Score: ${scoreText}`,
    `Comment: ${comment ?? '(none)'}`,
    '',
    `See it in your feed: ${m.feedUrl}`,
    '',
    'You get this email because you switched on “Email me each new feedback attributed to me” on your feed; switch it off there.',
    '',
  ].join('\n');
  const body = emailPage(subject, html`<p>Hello ${m.userName},</p>
<p>New feedback on “${m.surveyName}” was attributed to you (${m.employeeName}).</p>
<p><strong>Score:</strong> ${scoreText}</p>
${comment ? html`<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #d4d4d8;white-space:pre-wrap">${comment}</blockquote>` : html`<p style="color:#52525b">No comment.</p>`}
<p><a href="${m.feedUrl}">See it in your feed</a></p>
<p style="color:#71717a;font-size:12px">You get this email because you switched on “Email me each new feedback attributed to me” on your feed; switch it off there.</p>`);
  return { to: m.to, subject, text, html: body.html };
}
