/**
 * The website widget's server side: decides whether a visitor is asked (survey active, identity, unsubscribe,
 * the workspace's fatigue rules), records each showing as a survey send with channel 'widget', and records the
 * answers posted with the signed widget token.
 *
 * Identity: an identified visitor comes with `user.id` and `hash = HMAC-SHA256(signing secret, user.id)` (hex);
 * the person is found by external id = user.id. An email sent along is not covered by the hash, so it is only
 * stored on a person who has none and only when no other person has it — a visitor can never answer as the
 * person who owns an email address. Anonymous visitors are asked only when the survey allows a public link.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/create-db.ts';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import type { DB, SurveyRow } from '../../db/tables.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Auth, can, requireAccess } from '../auth/policy.ts';
import { checkPersonEmail, isTimeZone, upsertPerson } from '../directory/person.service.ts';
import { decide } from '../distribution/fatigue.ts';
import { lastSurveyedAt, lockSurveying } from '../distribution/last-surveyed.ts';
import type { ResponseService, ResponseView } from '../responses/response.service.ts';
import { SCALE, type SurveyKind } from '../surveys/score-groups.ts';
import { DEFAULT_FOLLOW_UP, type FollowUp, type ThankYou } from '../surveys/survey.service.ts';
import type { SettingsService } from '../workspaces/settings.ts';
import { checkVisitorHash, makeWidgetToken, peekWidgetToken, verifyWidgetToken, WIDGET_TOKEN_HOURS, type WidgetTokenPayload } from './widget-token.ts';

/** Why the widget stays hidden. Fatigue reasons are the same words as for email sends. */
export const WIDGET_SKIP_REASONS = ['survey_not_active', 'anonymous_not_allowed', 'unsubscribed', 'recently_surveyed', 'sampled_out', 'daily_cap', 'quiet_hours'] as const;
export type WidgetSkipReason = (typeof WIDGET_SKIP_REASONS)[number];

export interface EligibilityInput {
  workspace: string;
  survey: string;
  user?: { id: string; hash: string; email?: string | undefined; name?: string | undefined } | undefined;
  /** The browser's IANA time zone; used for quiet hours when the person has none stored. */
  timeZone?: string | undefined;
}

export interface WidgetSurvey {
  id: string;
  kind: SurveyKind;
  question: string;
  followUp: FollowUp;
  scale: { min: number; max: number };
  thankYou: string;
  color: string;
  companyName: string | null;
}

export type Eligibility = { show: true; token: string; survey: WidgetSurvey } | { show: false; reason: WidgetSkipReason };

export interface WidgetAnswer {
  token: string;
  score?: number | undefined;
  comment?: string | undefined;
  /** The page the widget was answered on (stored as the response property "page"). */
  page?: string | undefined;
}

/** An unanswered widget send younger than this is shown again (the visitor moved to another page). */
const RESUME_MINUTES = 30;

/** A number in [0, 1) fixed per person, survey and UTC day: a sampled-out visitor stays out for the day. */
function sampleOf(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

export class WidgetService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly settings: SettingsService,
    private readonly responses: ResponseService,
  ) {}

  private async workspace(id: string): Promise<{ id: string; secret: string }> {
    const row = await this.db.selectFrom('workspace').select(['id', 'signing_secret']).where('id', '=', id).executeTakeFirst();
    if (!row?.signing_secret) throw notFound('workspace');
    return { id: row.id, secret: row.signing_secret };
  }

  private async survey(workspaceId: string, id: string): Promise<SurveyRow> {
    const row = await this.db.selectFrom('survey').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row || row.purpose !== 'survey') throw notFound('survey');
    return row;
  }

  private async present(survey: SurveyRow): Promise<WidgetSurvey> {
    const settings = await this.settings.forWorkspace(survey.workspace_id);
    return {
      id: survey.id,
      kind: survey.kind,
      question: survey.question,
      followUp: { ...DEFAULT_FOLLOW_UP, ...parseJson<Partial<FollowUp>>(survey.follow_up, {}) },
      scale: SCALE[survey.kind],
      thankYou: parseJson<ThankYou>(survey.thank_you, {}).message ?? 'Thank you for your feedback!',
      color: settings.branding.color,
      companyName: settings.branding.companyName,
    };
  }

  /** Finds (or creates) the person behind a verified visitor id. */
  private async person(workspaceId: string, user: NonNullable<EligibilityInput['user']>, timeZone: string | null): Promise<{ id: string; time_zone: string | null; unsubscribed_at: string | null }> {
    const select = () =>
      this.db.selectFrom('person').select(['id', 'email', 'name', 'time_zone', 'unsubscribed_at']).where('workspace_id', '=', workspaceId).where('external_id', '=', user.id).executeTakeFirst();
    const now = nowIso();
    const email = user.email?.trim().toLowerCase() || null;
    const emailFree = email ? !(await this.db.selectFrom('person').select('id').where('workspace_id', '=', workspaceId).where('email', '=', email).executeTakeFirst()) : false;
    let row = await select();
    if (!row) {
      try {
        await upsertPerson(this.db, workspaceId, { externalId: user.id, name: user.name ?? null, email: emailFree ? email : null, timeZone }, now);
      } catch (err) {
        // Another request created the same person (or took the email) at the same moment.
        if (!isUniqueViolation(err)) throw err;
      }
      row = await select();
      if (!row) throw new AppError('conflict', 'the visitor could not be recorded; try again');
      return row;
    }
    const patch: { name?: string; email?: string; time_zone?: string; updated_at?: string } = {};
    if (user.name && user.name !== row.name) patch.name = user.name;
    if (email && emailFree && !row.email) patch.email = email;
    if (timeZone && !row.time_zone) patch.time_zone = timeZone;
    if (Object.keys(patch).length > 0) {
      try {
        await this.db.updateTable('person').set({ ...patch, updated_at: now }).where('id', '=', row.id).execute();
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    return { ...row, time_zone: row.time_zone ?? timeZone };
  }

  /** Decides whether to show the widget; records the showing (or, for identified visitors, the skip). */
  async eligibility(input: EligibilityInput): Promise<Eligibility> {
    const ws = await this.workspace(input.workspace);
    const survey = await this.survey(ws.id, input.survey);
    const user = input.user;
    if (user && !checkVisitorHash(ws.secret, user.id, user.hash)) {
      throw new AppError('forbidden', 'user/hash: does not match user/id (compute HMAC-SHA256 of the user id with the workspace signing secret, hex)', [
        { field: 'user/hash', message: 'does not match user/id' },
      ]);
    }
    checkPersonEmail(user?.email, 'user/email');
    const timeZone = input.timeZone && isTimeZone(input.timeZone) ? input.timeZone : null;
    const expires = (from: number) => Math.floor(from / 1000) + WIDGET_TOKEN_HOURS * 3600;
    const settings = await this.settings.forWorkspace(ws.id);
    const today = new Date().toISOString().slice(0, 10);
    const countToday = async (trx: Kysely<DB>) =>
      Number(
        (
          await trx
            .selectFrom('survey_send')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('workspace_id', '=', ws.id)
            .where('status', 'in', ['sent', 'responded'])
            .where('sent_at', '>=', `${today}T00:00:00.000Z`)
            .executeTakeFirstOrThrow()
        ).n,
      );

    if (!user) {
      if (survey.status !== 'active') return { show: false, reason: 'survey_not_active' };
      if (survey.public_link !== 1) return { show: false, reason: 'anonymous_not_allowed' };
      const now = new Date();
      const d = decide({ rules: settings.fatigue, now, lastSentAt: null, sentToday: await countToday(this.db), timeZone, sample: randomInt(0, 2 ** 32) / 2 ** 32 });
      if (d.action === 'skip') return { show: false, reason: d.reason as WidgetSkipReason };
      if (d.action === 'defer') return { show: false, reason: 'quiet_hours' };
      return { show: true, token: makeWidgetToken(ws.secret, { w: ws.id, s: survey.id, d: null, r: null, e: expires(now.getTime()) }), survey: await this.present(survey) };
    }

    const person = await this.person(ws.id, user, timeZone);
    const result = await this.db.transaction().execute(async (trx): Promise<{ sendId: string; sentAt: string } | WidgetSkipReason> => {
      // Decide and record under the per-workspace lock, so concurrent page views cannot all pass the daily cap.
      await lockSurveying(trx, this.dialect, ws.id);
      const now = new Date();
      const stamp = now.toISOString();
      const open = await trx
        .selectFrom('survey_send')
        .select(['id', 'sent_at'])
        .where('workspace_id', '=', ws.id)
        .where('survey_id', '=', survey.id)
        .where('person_id', '=', person.id)
        .where('channel', '=', 'widget')
        .where('status', '=', 'sent')
        .where('sent_at', '>=', new Date(now.getTime() - RESUME_MINUTES * 60_000).toISOString())
        .orderBy('sent_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (open?.sent_at && survey.status === 'active') return { sendId: open.id, sentAt: open.sent_at };

      let reason: WidgetSkipReason | null = null;
      if (survey.status !== 'active') reason = 'survey_not_active';
      else if (person.unsubscribed_at) reason = 'unsubscribed';
      else {
        const d = decide({
          rules: settings.fatigue,
          now,
          lastSentAt: await lastSurveyedAt(trx, ws.id, person.id),
          sentToday: await countToday(trx),
          timeZone: person.time_zone,
          sample: sampleOf(`${person.id}:${survey.id}:${today}`),
        });
        if (d.action === 'skip') reason = d.reason as WidgetSkipReason;
        else if (d.action === 'defer') reason = 'quiet_hours';
      }
      const base = {
        workspace_id: ws.id,
        survey_id: survey.id,
        person_id: person.id,
        channel: 'widget' as const,
        error: null,
        scheduled_at: stamp,
        reminder_due_at: null,
        reminded_at: null,
        responded_at: null,
        response_id: null,
        expires_at: new Date(now.getTime() + WIDGET_TOKEN_HOURS * 3_600_000).toISOString(),
        properties: toJson({}),
        created_at: stamp,
        updated_at: stamp,
      };
      if (reason) {
        // One skipped send per person, survey and reason a day: page views would otherwise add one each.
        const already = await trx
          .selectFrom('survey_send')
          .select('id')
          .where('workspace_id', '=', ws.id)
          .where('survey_id', '=', survey.id)
          .where('person_id', '=', person.id)
          .where('channel', '=', 'widget')
          .where('status', '=', 'skipped')
          .where('skip_reason', '=', reason)
          .where('created_at', '>=', `${today}T00:00:00.000Z`)
          .executeTakeFirst();
        if (!already) await trx.insertInto('survey_send').values({ ...base, id: newId(), status: 'skipped', skip_reason: reason, sent_at: null }).execute();
        return reason;
      }
      const id = newId();
      await trx.insertInto('survey_send').values({ ...base, id, status: 'sent', skip_reason: null, sent_at: stamp }).execute();
      return { sendId: id, sentAt: stamp };
    });
    if (typeof result === 'string') return { show: false, reason: result };
    const token = makeWidgetToken(ws.secret, { w: ws.id, s: survey.id, d: result.sendId, r: null, e: expires(Date.parse(result.sentAt)) });
    return { show: true, token, survey: await this.present(survey) };
  }

  /**
   * Records an answer: the first post (with a score) creates the response, later posts (the comment) update it.
   * Returns the token to use for the next post.
   */
  async answer(input: WidgetAnswer): Promise<{ token: string; response: ResponseView }> {
    const peek = peekWidgetToken(input.token);
    const bad = () => new AppError('forbidden', 'token: is not a valid widget token', [{ field: 'token', message: 'is not valid' }]);
    if (!peek) throw bad();
    const ws = await this.db.selectFrom('workspace').select(['id', 'signing_secret']).where('id', '=', peek.w).executeTakeFirst();
    if (!ws?.signing_secret) throw bad();
    const check = verifyWidgetToken(ws.signing_secret, input.token);
    if (check === 'invalid') throw bad();
    if (check === 'expired') throw new AppError('forbidden', 'token: has expired; the widget must be shown again', [{ field: 'token', message: 'has expired' }]);
    if (input.score === undefined && input.comment === undefined) throw invalid('score', 'give a score or a comment');

    const survey = await this.db.selectFrom('survey').select(['id', 'status']).where('workspace_id', '=', ws.id).where('id', '=', peek.s).executeTakeFirst();
    if (!survey) throw bad();
    if (survey.status === 'closed') throw new AppError('conflict', 'this survey is closed');
    // A token from while the survey was active, posted after it went back to draft ("not answerable yet").
    if (survey.status === 'draft') throw new AppError('conflict', 'this survey is not open yet');
    const auth: Auth = { workspaceId: ws.id, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
    const send = peek.d
      ? await this.db.selectFrom('survey_send').selectAll().where('workspace_id', '=', ws.id).where('id', '=', peek.d).where('survey_id', '=', survey.id).executeTakeFirst()
      : undefined;
    if (peek.d && (!send || send.channel !== 'widget')) throw bad();
    const next = (responseId: string) => makeWidgetToken(ws.signing_secret!, { ...peek, r: responseId } satisfies WidgetTokenPayload);
    const patch = { ...(input.score !== undefined ? { score: input.score } : {}), ...(input.comment !== undefined ? { comment: input.comment.trim() || null } : {}) };

    const existing = peek.r ?? send?.response_id ?? null;
    if (existing) {
      const owned = await this.db.selectFrom('response').select('id').where('workspace_id', '=', ws.id).where('id', '=', existing).where('survey_id', '=', survey.id).where('channel', '=', 'widget').executeTakeFirst();
      if (!owned) throw bad();
      return { token: next(existing), response: await this.responses.update(auth, existing, patch) };
    }
    if (input.score === undefined) throw invalid('score', 'is required with the first answer');
    const created = await this.responses.ingest(
      auth,
      [{ surveyId: survey.id, score: input.score, comment: patch.comment ?? null, personId: send?.person_id, channel: 'widget', properties: input.page ? { page: input.page } : {} }],
      { batch: false },
    );
    const view = created.body as ResponseView;
    if (send) {
      const now = nowIso();
      const res = await this.db
        .updateTable('survey_send')
        .set({ status: 'responded', response_id: view.id, responded_at: now, updated_at: now })
        .where('id', '=', send.id)
        .where('response_id', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) {
        // A second score for the same showing arrived at the same time: keep one response.
        await this.responses.delete(auth, view.id);
        const winner = await this.db.selectFrom('survey_send').select('response_id').where('id', '=', send.id).executeTakeFirstOrThrow();
        return { token: next(winner.response_id!), response: await this.responses.update(auth, winner.response_id!, patch) };
      }
    }
    return { token: next(view.id), response: view };
  }

  /** The install snippet for a survey (any member); the signing secret only for owners and admins. */
  async install(auth: Auth, surveyId: string, publicUrl: string, includeSecret: boolean) {
    requireAccess(auth, 'read');
    if (includeSecret) requireAccess(auth, 'manage_keys');
    const ws = await this.workspace(auth.workspaceId);
    const survey = await this.survey(ws.id, surveyId);
    const scriptUrl = `${publicUrl}/widget.js`;
    const stub = 'window.Clearloop=window.Clearloop||{q:[],init:function(o){this.q.push(["init",o])},show:function(){this.q.push(["show"])}};';
    const snippet = [
      `<script>${stub}</script>`,
      `<script async src="${scriptUrl}"></script>`,
      '<script>',
      '  Clearloop.init({',
      `    server: ${JSON.stringify(publicUrl)},`,
      `    workspace: ${JSON.stringify(ws.id)},`,
      `    survey: ${JSON.stringify(survey.id)},`,
      '    // Signed-in visitors: hash = HMAC-SHA256(signing secret, user id), computed on your server.',
      '    user: { id: "USER_ID", email: "USER_EMAIL", name: "USER_NAME", hash: "HASH_FROM_YOUR_SERVER" },',
      '    trigger: { pageViews: 3, delaySeconds: 5 },',
      '  });',
      '</script>',
    ].join('\n');
    const dataAttributes = `<script async src="${scriptUrl}" data-server="${publicUrl}" data-workspace="${ws.id}" data-survey="${survey.id}" data-page-views="3" data-delay-seconds="5"${
      survey.public_link === 1 ? '' : ' data-user-id="USER_ID" data-user-hash="HASH_FROM_YOUR_SERVER"'
    }></script>`;
    return {
      surveyId: survey.id,
      workspaceId: ws.id,
      scriptUrl,
      snippet,
      dataAttributes,
      anonymousAllowed: survey.public_link === 1,
      surveyActive: survey.status === 'active',
      identity: {
        secret: includeSecret && can(auth, 'manage_keys') ? ws.secret : null,
        algorithm: 'HMAC-SHA256 of the user id (UTF-8) with the workspace signing secret, lowercase hex',
        examples: {
          node: "import { createHmac } from 'node:crypto';\nconst hash = createHmac('sha256', process.env.CLEARLOOP_SIGNING_SECRET).update(String(user.id)).digest('hex');",
          python: "import hmac, hashlib, os\nhash = hmac.new(os.environ['CLEARLOOP_SIGNING_SECRET'].encode(), str(user.id).encode(), hashlib.sha256).hexdigest()",
          ruby: "hash = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('CLEARLOOP_SIGNING_SECRET'), user.id.to_s)",
          php: "$hash = hash_hmac('sha256', (string) $user->id, getenv('CLEARLOOP_SIGNING_SECRET'));",
        },
      },
    };
  }
}
