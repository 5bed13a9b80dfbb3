/**
 * The weekly digest: every team manager gets, each Monday, their teams' NPS trend (drawn on the server), the week's
 * praise from promoters, and their open and overdue cases. Scheduled through the job queue: a weekly job fans out
 * one digest job per manager and books itself for the next week.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../../config/env.ts';
import type { DB } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { emailPage, html, raw } from '../../shared/html.ts';
import type { Auth } from '../auth/policy.ts';
import type { Mailer } from '../distribution/mailer.ts';
import { teamCasesLink } from '../loop/links.ts';
import type { MetricsService } from '../metrics/metrics.service.ts';
import { addDays, periodStart, toDay } from '../metrics/periods.ts';
import { renderTrendSvg, type TrendPoint } from './trend-svg.ts';

/** The next Monday 07:00 UTC strictly after `now`. */
export function nextDigestTime(now: Date): Date {
  const monday = periodStart(toDay(now.getTime()), 'week');
  let at = new Date(`${monday}T07:00:00.000Z`);
  while (at <= now) at = new Date(at.getTime() + 7 * 86_400_000);
  return at;
}

export class DigestService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Config,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly metrics: MetricsService,
  ) {}

  /** Makes sure the weekly fan-out job is booked (idempotent: one job per week). */
  async ensureScheduled(now = new Date()): Promise<void> {
    const at = nextDigestTime(now);
    await this.jobs.enqueue(this.db, 'frontline.weekly', {}, { runAt: at, dedupeKey: `weekly-digest:${at.toISOString()}` });
  }

  /** Job: one digest job per (workspace, team manager), then book next week. */
  async fanOut(now = new Date()): Promise<'success'> {
    const managers = await this.db.selectFrom('team').select(['workspace_id', 'manager_user_id']).where('manager_user_id', 'is not', null).distinct().execute();
    const week = periodStart(toDay(now.getTime()), 'week');
    await this.db.transaction().execute(async (trx) => {
      for (const m of managers) {
        await this.jobs.enqueue(trx, 'frontline.digest', { workspaceId: m.workspace_id, userId: m.manager_user_id! }, { workspaceId: m.workspace_id, dedupeKey: `digest:${m.workspace_id}:${m.manager_user_id}:${week}` });
      }
    });
    await this.ensureScheduled(new Date(now.getTime() + 60_000));
    return 'success';
  }

  /** Builds the digest of one manager (also used to preview it). */
  async build(workspaceId: string, userId: string, now = new Date()): Promise<{ to: string; subject: string; html: string; text: string } | null> {
    const user = await this.db.selectFrom('app_user').select(['email', 'name']).where('id', '=', userId).executeTakeFirst();
    const teams = await this.db.selectFrom('team').select(['id', 'name']).where('workspace_id', '=', workspaceId).where('manager_user_id', '=', userId).orderBy('name').execute();
    const survey = await this.db.selectFrom('survey').select(['id', 'name']).where('workspace_id', '=', workspaceId).where('kind', '=', 'nps').where('status', '=', 'active').where('purpose', '=', 'survey').orderBy('created_at').executeTakeFirst();
    if (!user || teams.length === 0) return null;
    const auth: Auth = { workspaceId, via: 'api_key', role: null, scope: 'read', userId: null, apiKeyId: null };
    const to = toDay(now.getTime());
    const from = addDays(to, -7 * 12 + 1);
    const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
    const sections = [];
    const textParts: string[] = [];
    for (const team of teams) {
      let chart = '';
      let headline = '';
      if (survey) {
        const m = await this.metrics.metrics(auth, { surveyId: survey.id, from, to, interval: 'week', teamId: team.id });
        chart = renderTrendSvg((m.series as TrendPoint[]) ?? [], { title: `${team.name}: NPS, last 12 weeks` });
        headline = m.total ? `NPS ${Math.round(Number(m.score))} ± ${Math.round(Number(m.marginOfError))} from ${String(m.total)} responses in 12 weeks` : 'No responses in the last 12 weeks';
      }
      const praise = await this.db
        .selectFrom('response')
        .innerJoin('survey', 'survey.id', 'response.survey_id')
        .select(['response.comment', 'response.score'])
        .where('response.workspace_id', '=', workspaceId)
        .where('response.team_id', '=', team.id)
        .where('response.created_at', '>=', weekAgo)
        .where('response.comment', 'is not', null)
        .where((eb) => eb.or([eb.and([eb('survey.kind', '=', 'nps'), eb('response.score', '>=', 9)]), eb.and([eb('survey.kind', '=', 'csat'), eb('response.score', '>=', 4)]), eb.and([eb('survey.kind', '=', 'ces'), eb('response.score', '>=', 5)])]))
        .orderBy('response.created_at', 'desc')
        .limit(3)
        .execute();
      const nowIso = now.toISOString();
      const open = await this.db.selectFrom('followup_case').select(['id', 'first_contact_due_at', 'first_contacted_at', 'resolution_due_at']).where('workspace_id', '=', workspaceId).where('team_id', '=', team.id).where('status', 'in', ['open', 'in_progress']).execute();
      const overdue = open.filter((c) => (!c.first_contacted_at && c.first_contact_due_at < nowIso) || c.resolution_due_at < nowIso).length;
      sections.push(html`<h2 style="font-size:18px;margin:24px 0 4px">${team.name}</h2>
<p style="margin:0 0 8px;color:#52525b">${headline}</p>
${raw(chart)}
<p><strong>${open.length}</strong> open cases, <strong style="color:${overdue ? '#b91c1c' : '#18181b'}">${overdue}</strong> overdue. <a href="${teamCasesLink(this.config.publicUrl, team.id)}">Open the inbox</a></p>
${praise.length ? html`<p style="margin-bottom:4px"><strong>Praise this week</strong></p><ul>${praise.map((p) => html`<li>“${p.comment}”</li>`)}</ul>` : ''}`);
      textParts.push(`${team.name}: ${headline}. ${open.length} open cases, ${overdue} overdue: ${teamCasesLink(this.config.publicUrl, team.id)}${praise.length ? `\nPraise: ${praise.map((p) => `"${p.comment}"`).join(' ')}` : ''}`);
    }
    const body = emailPage('Your weekly feedback digest', html`<h1 style="font-size:20px">Your weekly feedback digest</h1>
<p>Hello ${user.name}, here is how your ${teams.length === 1 ? 'team is' : 'teams are'} doing${survey ? ` on “${survey.name}”` : ''}.</p>
${sections}`);
    return { to: user.email, subject: 'Your weekly feedback digest', html: body.html, text: textParts.join('\n\n') };
  }

  /** Job: send one manager's digest. */
  async send(workspaceId: string, userId: string): Promise<'success' | 'skipped'> {
    if (!this.mailer.configured) return 'skipped';
    const digest = await this.build(workspaceId, userId);
    if (!digest) return 'skipped';
    await this.mailer.send(digest);
    return 'success';
  }
}
