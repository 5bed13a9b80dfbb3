/**
 * Runs the workspace's alert rules on a new or updated response (as a job, so it retries and survives restarts):
 * opens cases (one per response, assigned to the team's manager, round robin within a team, or a named user),
 * adds tags, and queues notifications (email, webhook, Slack-compatible webhook). Also detects win-backs.
 *
 * Imported and back-dated responses are history: rules skip them unless they include them (see conditions.ts).
 * A response that gives no way to reach the customer (no person, or one with neither email nor phone) and has no
 * comment opens no case unless the rule's openCase says `includeAnonymous`: the public survey link and the widget
 * take anonymous answers, and each would otherwise be a case nobody can work. The rule's other actions still run.
 * Such a case, when opened, has no first-contact deadline (CaseService.open).
 * When a rule's assignment finds no one (no team, a team without a manager, nobody to take turns, a member who
 * left), the case opens unassigned and CaseService.open tells the team's manager or else the owners and admins.
 */
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { parseJson } from '../../shared/json.ts';
import { escapeHtml } from '../../shared/html.ts';
import type { Mailer } from '../distribution/mailer.ts';
import type { ResponseService } from '../responses/response.service.ts';
import { sameTags } from '../responses/response-tags.ts';
import type { Actions } from './alert-rules.service.ts';
import { type CaseService, type NoOwner, noContactReason } from './case.service.ts';
import { type Conditions, isHistory, matches } from './conditions.ts';
import type { Config } from '../../config/env.ts';
import { responseLink } from './links.ts';
import { withRuleTags } from './rule-tags.ts';

/** Whom a rule's case goes to; `noOwner` says why nobody, when the assignment looked for someone and found no one. */
interface Assignment {
  userId: string | null;
  noOwner?: NoOwner | undefined;
}

export class AlertEngine {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Config,
    private readonly jobs: JobQueue,
    private readonly cases: CaseService,
    private readonly responses: ResponseService,
    private readonly mailer: Mailer,
  ) {}

  async evaluate(responseId: string, event: 'response.created' | 'response.updated'): Promise<'success' | 'skipped'> {
    const r = await this.db
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .leftJoin('person', 'person.id', 'response.person_id')
      .leftJoin('account', 'account.id', 'person.account_id')
      .select([
        'response.id',
        'response.workspace_id',
        'response.survey_id',
        'response.score',
        'response.comment',
        'response.channel',
        'response.team_id',
        'response.location_id',
        'response.employee_id',
        'response.tags',
        'response.created_at',
        'response.updated_at',
        'response.person_id',
        'person.email as person_email',
        'person.phone as person_phone',
        'survey.kind',
        'person.properties as person_properties',
        'account.properties as account_properties',
      ])
      .where('response.id', '=', responseId)
      .executeTakeFirst();
    if (!r) return 'skipped';
    const system = { workspaceId: r.workspace_id, via: 'api_key' as const, role: null, scope: 'write' as const, userId: null, apiKeyId: null };
    const view = await this.responses.get(system, r.id);
    if (event === 'response.created') await this.db.transaction().execute((trx) => this.cases.detectWinBack(trx, view, r.kind));

    const rules = await this.db.selectFrom('alert_rule').selectAll().where('workspace_id', '=', r.workspace_id).where('enabled', '=', 1).orderBy('created_at').execute();
    const analysis = await this.db.selectFrom('response_analysis').select('themes').where('response_id', '=', r.id).executeTakeFirst();
    const subject = {
      kind: r.kind,
      surveyId: r.survey_id,
      score: r.score,
      comment: r.comment,
      channel: r.channel,
      teamId: r.team_id,
      locationId: r.location_id,
      employeeId: r.employee_id,
      themes: parseJson<string[]>(analysis?.themes, []),
      personProperties: parseJson<Record<string, unknown>>(r.person_properties, {}),
      accountProperties: parseJson<Record<string, unknown>>(r.account_properties, {}),
      // updated_at is when this version was written (a new response's arrival): the age is measured there, not
      // when the job happens to run
      history: isHistory(r.channel, r.created_at, r.updated_at),
    };
    // nobody to call back and nothing to learn from: a case only if the rule asks for such ones (includeAnonymous)
    const unreachable = noContactReason(r.person_id ? { email: r.person_email, phone: r.person_phone } : null) !== null;
    const silentStranger = unreachable && !r.comment?.trim();
    let fired = 0;
    for (const rule of rules) {
      if (!matches(parseJson<Conditions>(rule.conditions, {}), subject)) continue;
      fired++;
      const actions = parseJson<Actions>(rule.actions, {});
      await this.db.transaction().execute(async (trx) => {
        if (actions.addTags?.length) {
          const current = await trx.selectFrom('response').select('tags').where('id', '=', r.id).executeTakeFirstOrThrow();
          const before = parseJson<string[]>(current.tags, []);
          // as a manager's "add tags": case ignored, at most 20 — but never a failure (rule-tags.ts)
          const tags = withRuleTags(before, actions.addTags);
          if (!sameTags(before, tags)) await trx.updateTable('response').set({ tags: JSON.stringify(tags) }).where('id', '=', r.id).execute();
        }
        if (actions.openCase && (!silentStranger || actions.openCase.includeAnonymous === true)) {
          const oc = actions.openCase;
          const owner = await this.assignee(trx, r.workspace_id, rule.id, oc, r.team_id, r.employee_id);
          await this.cases.open(trx, r.workspace_id, {
            responseId: r.id,
            ruleId: rule.id,
            ownerUserId: owner.userId,
            noOwner: owner.noOwner,
            priority: oc.priority,
            firstContactHours: oc.firstContactHours,
            resolutionHours: oc.resolutionHours,
            resurveyDays: oc.resurveyDays,
          });
        }
        const payload = { rule: { id: rule.id, name: rule.name }, event, response: view };
        for (const to of actions.notifyEmails ?? []) await this.jobs.enqueue(trx, 'alerts.notify', { kind: 'email', target: to, payload }, { workspaceId: r.workspace_id });
        if (actions.webhookUrl) await this.jobs.enqueue(trx, 'alerts.notify', { kind: 'webhook', target: actions.webhookUrl, payload }, { workspaceId: r.workspace_id });
        if (actions.slackWebhookUrl) await this.jobs.enqueue(trx, 'alerts.notify', { kind: 'slack', target: actions.slackWebhookUrl, payload }, { workspaceId: r.workspace_id });
      });
    }
    return fired > 0 ? 'success' : 'skipped';
  }

  /** Whom a new case goes to: a member of the workspace, or nobody (with the reason when someone was looked for). */
  private async assignee(
    trx: Kysely<DB>,
    workspaceId: string,
    ruleId: string,
    oc: NonNullable<Actions['openCase']>,
    teamId: string | null,
    employeeId: string | null,
  ): Promise<Assignment> {
    // a user who left the workspace must not get the case (nor its emails)
    const member = async (userId: string, noOwner: NoOwner): Promise<Assignment> => {
      const m = await trx.selectFrom('membership').select('user_id').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
      return m ? { userId } : { userId: null, noOwner };
    };
    switch (oc.assign) {
      case 'user':
        if (!oc.userId) return { userId: null, noOwner: { reason: 'not_a_member', teamId } };
        return member(oc.userId, { reason: 'not_a_member', teamId });
      case 'team_manager': {
        let team = teamId;
        if (!team && employeeId) team = (await trx.selectFrom('employee').select('team_id').where('id', '=', employeeId).executeTakeFirst())?.team_id ?? null;
        if (!team) return { userId: null, noOwner: { reason: 'no_team', teamId: null } };
        const manager = (await trx.selectFrom('team').select('manager_user_id').where('id', '=', team).executeTakeFirst())?.manager_user_id ?? null;
        if (!manager) return { userId: null, noOwner: { reason: 'no_manager', teamId: team } };
        return member(manager, { reason: 'not_a_member', teamId: team });
      }
      case 'round_robin': {
        const team = oc.teamId ?? teamId;
        if (!team) return { userId: null, noOwner: { reason: 'no_team', teamId: null } };
        const users = (
          await trx
            .selectFrom('employee')
            .innerJoin('membership', (j) => j.onRef('membership.user_id', '=', 'employee.user_id').on('membership.workspace_id', '=', workspaceId))
            .select('employee.user_id')
            .where('employee.team_id', '=', team)
            .where('employee.user_id', 'is not', null)
            .where('membership.role', 'in', ['owner', 'admin', 'manager', 'agent'] as Role[])
            .orderBy('employee.user_id')
            .execute()
        ).map((u) => u.user_id!);
        if (users.length === 0) return { userId: null, noOwner: { reason: 'no_team_members', teamId: team } };
        // The cursor moves inside the same transaction as the case, so two cases never take the same turn.
        const rule = await trx.selectFrom('alert_rule').select('round_robin_cursor').where('id', '=', ruleId).executeTakeFirstOrThrow();
        await trx.updateTable('alert_rule').set({ round_robin_cursor: rule.round_robin_cursor + 1 }).where('id', '=', ruleId).execute();
        return { userId: users[rule.round_robin_cursor % users.length]! };
      }
      case 'none':
        // unassigned on purpose: the rule's author decided so, nobody is told
        return { userId: null };
    }
  }

  /** Job: one notification of a fired rule. Throws on failure so the queue retries. */
  async notify(kind: 'email' | 'webhook' | 'slack', target: string, payload: { rule: { name: string }; response: { score: number | null; comment: string | null; id: string } }): Promise<'success'> {
    const summary = `Alert "${payload.rule.name}": score ${payload.response.score ?? '–'} — ${payload.response.comment ?? '(no comment)'}`;
    const link = responseLink(this.config.publicUrl, payload.response.id);
    if (kind === 'email') {
      await this.mailer.send({ to: target, subject: `Clearloop alert: ${payload.rule.name}`, text: `${summary}\n\n${link}\n`, html: `<p>${escapeHtml(summary)}</p><p><a href="${escapeHtml(link)}">Open in Clearloop</a></p>` });
      return 'success';
    }
    const body = kind === 'slack' ? { text: `${summary}\n<${link}|Open in Clearloop>` } : payload;
    const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Clearloop-Alerts/1' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`${kind} notification answered HTTP ${res.status}`);
    return 'success';
  }
}
