/** Alert rules: a condition on new or updated responses, and the actions it takes. */
import type { Kysely } from 'kysely';
import type { AlertRuleRow, DB } from '../../db/tables.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson } from '../../shared/json.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import type { Conditions } from './conditions.ts';
import { ruleTags } from './rule-tags.ts';

export const ASSIGN_MODES = ['team_manager', 'round_robin', 'user', 'none'] as const;
export type AssignMode = (typeof ASSIGN_MODES)[number];

export interface Actions {
  openCase?: {
    assign: AssignMode;
    /** For 'user'. */
    userId?: string | undefined;
    /** For 'round_robin': the team whose employees (linked users) take turns; default the response's team. */
    teamId?: string | undefined;
    priority?: 'low' | 'normal' | 'high' | 'urgent' | undefined;
    /** Hours to first contact and to resolution (defaults 24 and 72). */
    firstContactHours?: number | undefined;
    resolutionHours?: number | undefined;
    /** Ask the customer again this many days after the case closes. */
    resurveyDays?: number | undefined;
    /**
     * Also open cases on anonymous responses without a comment (no person, or one with neither email nor phone):
     * off by default, as such a case can be neither worked nor learnt from (see alert-engine.ts).
     */
    includeAnonymous?: boolean | undefined;
  } | undefined;
  /** Email these addresses (or users' emails). */
  notifyEmails?: string[] | undefined;
  /** POST the event to this URL (JSON). */
  webhookUrl?: string | undefined;
  /** POST a Slack-compatible message ({"text": …}) to this incoming-webhook URL. */
  slackWebhookUrl?: string | undefined;
  /** Tags to add to the response: the rules of a response's tags (rule-tags.ts). */
  addTags?: string[] | undefined;
}

export interface AlertRuleView {
  id: string;
  name: string;
  enabled: boolean;
  conditions: Conditions;
  actions: Actions;
  createdAt: string;
  updatedAt: string;
}

export function presentRule(r: AlertRuleRow): AlertRuleView {
  return { id: r.id, name: r.name, enabled: r.enabled === 1, conditions: parseJson(r.conditions, {}), actions: parseJson(r.actions, {}), createdAt: r.created_at, updatedAt: r.updated_at };
}

/** Checks a rule's actions; returns them as saved: the tags trimmed and without repeats (rule-tags.ts). */
function checkActions(a: Actions): Actions {
  if (!a.openCase && !a.notifyEmails?.length && !a.webhookUrl && !a.slackWebhookUrl && !a.addTags?.length) throw invalid('actions', 'give at least one action');
  if (a.openCase?.assign === 'user' && !a.openCase.userId) throw invalid('actions/openCase/userId', 'is required when assign is "user"');
  for (const [f, url] of [['webhookUrl', a.webhookUrl], ['slackWebhookUrl', a.slackWebhookUrl]] as const) {
    if (url && !/^https?:\/\//.test(url)) throw invalid(`actions/${f}`, 'must be an http(s) URL');
  }
  return a.addTags === undefined ? a : { ...a, addTags: ruleTags(a.addTags) };
}

export class AlertRuleService {
  private activityCache = new Map<string, { rules: boolean; cases: boolean; until: number }>();

  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Whether a workspace has enabled rules, or cases (for win-back detection). Cached for 5 s, so the ingest path
   * of a workspace without either costs nothing.
   */
  async activity(db: Kysely<DB>, workspaceId: string): Promise<{ rules: boolean; cases: boolean }> {
    const now = Date.now();
    const hit = this.activityCache.get(workspaceId);
    if (hit && hit.until > now) return hit;
    const rules = await db.selectFrom('alert_rule').select('id').where('workspace_id', '=', workspaceId).where('enabled', '=', 1).limit(1).executeTakeFirst();
    const cases = await db.selectFrom('followup_case').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
    const value = { rules: Boolean(rules), cases: Boolean(cases), until: now + 5_000 };
    if (this.activityCache.size > 10_000) this.activityCache.clear();
    this.activityCache.set(workspaceId, value);
    return value;
  }

  /** Whether any enabled rule looks at themes (then rules run again once a comment is analysed). */
  async hasThemeRules(workspaceId: string): Promise<boolean> {
    const rules = await this.enabledRules(workspaceId);
    return rules.some((r) => (parseJson<Conditions>(r.conditions, {}).themes?.length ?? 0) > 0);
  }

  /** Forget the cached activity of a workspace (after its rules or cases change in this process). */
  touch(workspaceId: string): void {
    this.activityCache.delete(workspaceId);
  }

  async list(auth: Auth): Promise<AlertRuleView[]> {
    requireAccess(auth, 'read');
    const rows = await this.db.selectFrom('alert_rule').selectAll().where('workspace_id', '=', auth.workspaceId).orderBy('created_at').execute();
    return rows.map(presentRule);
  }

  async enabledRules(workspaceId: string): Promise<AlertRuleRow[]> {
    return this.db.selectFrom('alert_rule').selectAll().where('workspace_id', '=', workspaceId).where('enabled', '=', 1).orderBy('created_at').execute();
  }

  async get(auth: Auth, id: string): Promise<AlertRuleView> {
    requireAccess(auth, 'read');
    const r = await this.db.selectFrom('alert_rule').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound('alert rule');
    return presentRule(r);
  }

  private async checkUser(auth: Auth, a: Actions): Promise<void> {
    // checked whatever the assign mode: a rule must not name another workspace's user, even one it ignores
    const userId = a.openCase?.userId;
    if (userId === undefined) return;
    const m = await this.db.selectFrom('membership').select('user_id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', userId).executeTakeFirst();
    if (!m) throw invalid('actions/openCase/userId', 'is not a member of this workspace');
  }

  /** The records a rule names must be this workspace's: an unknown id (or another workspace's) never matched. */
  private async checkIds(auth: Auth, c: Conditions | undefined, a: Actions | undefined): Promise<void> {
    const lists: ['survey' | 'team' | 'location' | 'employee', string, string[] | undefined][] = [
      ['survey', 'conditions/surveyIds', c?.surveyIds],
      ['team', 'conditions/teamIds', c?.teamIds],
      ['location', 'conditions/locationIds', c?.locationIds],
      ['employee', 'conditions/employeeIds', c?.employeeIds],
      ['team', 'actions/openCase/teamId', a?.openCase?.teamId === undefined ? undefined : [a.openCase.teamId]],
    ];
    for (const [table, field, ids] of lists) {
      if (!ids?.length) continue;
      const found = new Set((await this.db.selectFrom(table).select('id').where('workspace_id', '=', auth.workspaceId).where('id', 'in', ids).execute()).map((r) => r.id));
      const i = ids.findIndex((id) => !found.has(id));
      if (i >= 0) throw invalid(field.endsWith('Ids') ? `${field}/${i}` : field, `no ${table} with id ${ids[i]} in this workspace`);
    }
  }

  async create(auth: Auth, input: { name: string; enabled?: boolean | undefined; conditions: Conditions; actions: Actions }): Promise<AlertRuleView> {
    requireAccess(auth, 'manage_members');
    const actions = checkActions(input.actions);
    await this.checkUser(auth, actions);
    await this.checkIds(auth, input.conditions, actions);
    const now = nowIso();
    const row: AlertRuleRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      name: input.name.trim(),
      enabled: input.enabled === false ? 0 : 1,
      conditions: JSON.stringify(input.conditions),
      actions: JSON.stringify(actions),
      round_robin_cursor: 0,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('alert_rule').values(row).execute();
    this.touch(auth.workspaceId);
    return presentRule(row);
  }

  async update(auth: Auth, id: string, input: { name?: string | undefined; enabled?: boolean | undefined; conditions?: Conditions | undefined; actions?: Actions | undefined }): Promise<AlertRuleView> {
    requireAccess(auth, 'manage_members');
    await this.get(auth, id);
    const patch: Partial<AlertRuleRow> = { updated_at: nowIso() };
    if (input.name !== undefined) patch.name = input.name.trim();
    if (input.enabled !== undefined) patch.enabled = input.enabled ? 1 : 0;
    if (input.conditions !== undefined) patch.conditions = JSON.stringify(input.conditions);
    // a rule whose actions are not sent keeps them as they are, even tags saved before they were checked
    const actions = input.actions === undefined ? undefined : checkActions(input.actions);
    if (actions !== undefined) {
      await this.checkUser(auth, actions);
      patch.actions = JSON.stringify(actions);
    }
    await this.checkIds(auth, input.conditions, actions);
    await this.db.updateTable('alert_rule').set(patch).where('id', '=', id).execute();
    this.touch(auth.workspaceId);
    return this.get(auth, id);
  }

  async delete(auth: Auth, id: string): Promise<void> {
    requireAccess(auth, 'manage_members');
    await this.get(auth, id);
    await this.db.deleteFrom('alert_rule').where('id', '=', id).execute();
    this.touch(auth.workspaceId);
  }
}
