/**
 * Follow-up cases: one per triggering response, opened by alert rules (or by hand), with an owner, a priority,
 * a first-contact and a resolution deadline, a timeline, and an outcome when closed. Deadlines, escalation and
 * the re-survey run through the job queue. A case is won back when a later answer from the same person leaves the
 * negative group, or when it was closed with the outcome "won back" (the customer renewed: see caseMetrics).
 *
 * A case a rule opens without an owner (its assignment found no one) is announced like an escalation: to the
 * team's manager, else to the workspace's owners and admins, and the timeline says so.
 *
 * Who sees what: owners, admins, viewers and API keys see every case; managers the cases of the teams they manage
 * and their own; agents (frontline) only their own cases and those about them. Enforced here, not in the UI.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../config/env.ts';
import { CASE_OUTCOMES, type CaseEventTable, type CaseOutcome, type CasePriority, type CaseStatus, type DB, type FollowupCaseRow } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { escapeHtml } from '../../shared/html.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import { surveyEmailUnavailable } from '../distribution/email-unavailable.ts';
import { MailError, type Mailer } from '../distribution/mailer.ts';
import type { ResponseService, ResponseView } from '../responses/response.service.ts';
import { type ScoreGroup, scoreGroup, scoreTone, type SurveyKind } from '../surveys/score-groups.ts';
import type { SettingsService } from '../workspaces/settings.ts';
import { caseLink, unassignedCasesLink } from './links.ts';

export const DEFAULT_FIRST_CONTACT_HOURS = 24;
export const DEFAULT_RESOLUTION_HOURS = 72;
/** How a customer was contacted from a case: an email sent from it, or a call noted. */
export const CONTACT_KINDS = ['email', 'call'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
/** The statuses of a case still to do (the inbox's default, and what counts as overdue); the others are done. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['open', 'in_progress'];
const DONE_STATUSES: readonly CaseStatus[] = ['resolved', 'closed'];
export function isOpenStatus(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
/** What the follow-up metrics can be grouped by. */
export const CASE_METRICS_GROUPINGS = ['owner', 'team'] as const;
export type CaseMetricsGrouping = (typeof CASE_METRICS_GROUPINGS)[number];
/**
 * Why a rule's case has no owner: the response has no team (so no team manager, nor anyone to take turns); its team
 * has no manager; no employee of the team is linked to a user (round robin); the member to assign is no longer in
 * the workspace.
 */
export const NO_OWNER_REASONS = ['no_team', 'no_manager', 'no_team_members', 'not_a_member'] as const;
export type NoOwnerReason = (typeof NO_OWNER_REASONS)[number];
export interface NoOwner {
  reason: NoOwnerReason;
  /** The team whose manager or employees were looked for. */
  teamId: string | null;
}

/**
 * Why a case has no first-contact deadline: its response is anonymous (no person), or its person left neither an
 * email address nor a phone number. Such a case keeps only its resolution deadline (see CaseService.open).
 */
export const NO_CONTACT_REASONS = ['anonymous', 'no_contact_details'] as const;
export type NoContactReason = (typeof NO_CONTACT_REASONS)[number];

/** Whether a response's customer can be reached: null when they can, else why not. */
export function noContactReason(person: { email: string | null; phone: string | null } | null | undefined): NoContactReason | null {
  if (!person) return 'anonymous';
  return person.email?.trim() || person.phone?.trim() ? null : 'no_contact_details';
}

const NO_OWNER_TEXT: Record<NoOwnerReason, string> = {
  no_team: 'the response has no team, so there is no team manager to assign it to',
  no_manager: 'the team has no manager',
  no_team_members: 'no employee of the team is linked to a user to take turns',
  not_a_member: 'the member the rule assigns to is no longer in the workspace',
};

export interface CaseView {
  id: string;
  responseId: string;
  ruleId: string | null;
  personId: string | null;
  teamId: string | null;
  employeeId: string | null;
  ownerUserId: string | null;
  priority: CasePriority;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  rootCause: string | null;
  initialScore: number | null;
  firstContactDueAt: string;
  resolutionDueAt: string;
  firstContactedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  escalatedAt: string | null;
  overdue: boolean;
  wonBack: boolean;
  wonBackAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What an inbox row shows of a case's response: who, the score and the comment (read in one query per page). */
export interface CaseSummary {
  score: number | null;
  group: ScoreGroup | null;
  comment: string | null;
  customer: { name: string | null; email: string | null; externalId: string | null } | null;
}

export interface TimelineEvent {
  id: string;
  kind: CaseEventTable['kind'];
  actorUserId: string | null;
  body: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export function presentCase(r: FollowupCaseRow, now = nowIso()): CaseView {
  const open = isOpenStatus(r.status);
  const overdue = open && ((!r.first_contacted_at && r.first_contact_due_at < now) || r.resolution_due_at < now);
  return {
    id: r.id,
    responseId: r.response_id,
    ruleId: r.rule_id,
    personId: r.person_id,
    teamId: r.team_id,
    employeeId: r.employee_id,
    ownerUserId: r.owner_user_id,
    priority: r.priority,
    status: r.status,
    outcome: r.outcome,
    rootCause: r.root_cause,
    initialScore: r.initial_score,
    firstContactDueAt: r.first_contact_due_at,
    resolutionDueAt: r.resolution_due_at,
    firstContactedAt: r.first_contacted_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    escalatedAt: r.escalated_at,
    overdue,
    // won back: a later answer of 7+ (wonBackAt), or closed with the outcome "won back" (e.g. the customer renewed)
    wonBack: r.won_back_at !== null || r.outcome === 'won_back',
    wonBackAt: r.won_back_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface OpenCaseInput {
  responseId: string;
  ruleId?: string | null | undefined;
  ownerUserId?: string | null | undefined;
  priority?: CasePriority | undefined;
  firstContactHours?: number | undefined;
  resolutionHours?: number | undefined;
  resurveyDays?: number | null | undefined;
  /** From a rule whose assignment found no one: the case is announced (see CaseService.open) and the timeline says why. */
  noOwner?: NoOwner | undefined;
}

type Db = Kysely<DB> | Transaction<DB>;

/** Schedules the survey email of a re-survey asked for on a case, and tells which send it made (distribution). */
export type ScheduleResurvey = (workspaceId: string, surveyId: string, personId: string) => Promise<{ id: string; status: string }>;

export class CaseService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Config,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly settings: SettingsService,
    private readonly responses: ResponseService,
  ) {}

  /** The WHERE restriction of what `auth` may see, as teams/employees/owner; null means everything. */
  private async scope(auth: Auth): Promise<{ teamIds: string[]; employeeIds: string[]; userId: string } | null> {
    if (auth.via === 'api_key' || !auth.userId || auth.role === 'owner' || auth.role === 'admin' || auth.role === 'viewer') return null;
    const employeeIds = (await this.db.selectFrom('employee').select('id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', auth.userId).execute()).map((e) => e.id);
    const teamIds =
      auth.role === 'manager'
        ? (await this.db.selectFrom('team').select('id').where('workspace_id', '=', auth.workspaceId).where('manager_user_id', '=', auth.userId).execute()).map((t) => t.id)
        : [];
    return { teamIds, employeeIds, userId: auth.userId };
  }

  private async visible(auth: Auth, row: FollowupCaseRow): Promise<boolean> {
    const s = await this.scope(auth);
    if (!s) return true;
    return row.owner_user_id === s.userId || (row.employee_id !== null && s.employeeIds.includes(row.employee_id)) || (row.team_id !== null && s.teamIds.includes(row.team_id));
  }

  /** The workspace's cases that `auth` may see (see scope: their own, their employee records', their teams'), to narrow further. */
  private async visibleCases(auth: Auth) {
    const q = this.db.selectFrom('followup_case').where('workspace_id', '=', auth.workspaceId);
    const s = await this.scope(auth);
    if (!s) return q;
    return q.where((eb) =>
      eb.or([
        eb('owner_user_id', '=', s.userId),
        ...(s.employeeIds.length ? [eb('employee_id', 'in', s.employeeIds)] : []),
        ...(s.teamIds.length ? [eb('team_id', 'in', s.teamIds)] : []),
      ]),
    );
  }

  /**
   * The cases about one person that `auth` may see, newest first: the first `limit` and how many there are in all
   * (a response page's customer history). The same rule as the inbox (list): owner, own employee records, managed teams.
   */
  async ofPerson(auth: Auth, personId: string, limit: number): Promise<{ data: CaseView[]; total: number }> {
    requireAccess(auth, 'read');
    const q = (await this.visibleCases(auth)).where('person_id', '=', personId);
    const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    const total = rows.length < limit ? rows.length : Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const now = nowIso();
    return { data: rows.map((r) => presentCase(r, now)), total };
  }

  /** Opens the case of a response unless it already has one (a response has at most one case). */
  async open(trx: Db, workspaceId: string, input: OpenCaseInput, actorUserId: string | null = null): Promise<{ caseRow: FollowupCaseRow; created: boolean }> {
    const existing = await trx.selectFrom('followup_case').selectAll().where('response_id', '=', input.responseId).executeTakeFirst();
    if (existing) return { caseRow: existing, created: false };
    const resp = await trx
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .leftJoin('person', 'person.id', 'response.person_id')
      .select(['response.id', 'response.person_id', 'response.team_id', 'response.employee_id', 'response.score', 'survey.kind', 'person.email', 'person.phone'])
      .where('response.workspace_id', '=', workspaceId)
      .where('response.id', '=', input.responseId)
      .executeTakeFirst();
    if (!resp) throw notFound('response');
    const now = new Date();
    const resolutionDue = new Date(now.getTime() + (input.resolutionHours ?? DEFAULT_RESOLUTION_HOURS) * 3_600_000).toISOString();
    // Nobody can be contacted (no person, or no email or phone): a first-contact deadline could only be missed and
    // escalate. The column is required, so it takes the resolution deadline: the case is then overdue exactly when
    // its resolution is late, and no first-contact job is queued. The `created` event records why (noContact).
    const noContact = resp.person_id ? noContactReason({ email: resp.email, phone: resp.phone }) : 'anonymous';
    const row: FollowupCaseRow = {
      id: newId(),
      workspace_id: workspaceId,
      response_id: resp.id,
      rule_id: input.ruleId ?? null,
      person_id: resp.person_id,
      team_id: resp.team_id,
      employee_id: resp.employee_id,
      owner_user_id: input.ownerUserId ?? null,
      priority: input.priority ?? 'normal',
      status: 'open',
      outcome: null,
      root_cause: null,
      initial_score: resp.score,
      first_contact_due_at: noContact ? resolutionDue : new Date(now.getTime() + (input.firstContactHours ?? DEFAULT_FIRST_CONTACT_HOURS) * 3_600_000).toISOString(),
      resolution_due_at: resolutionDue,
      first_contacted_at: null,
      resolved_at: null,
      closed_at: null,
      escalated_at: null,
      resurvey_days: input.resurveyDays ?? null,
      won_back_at: null,
      win_back_response_id: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    const inserted = await trx.insertInto('followup_case').values(row).onConflict((oc) => oc.column('response_id').doNothing()).executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 1n) === 0) {
      return { caseRow: (await trx.selectFrom('followup_case').selectAll().where('response_id', '=', input.responseId).executeTakeFirstOrThrow()), created: false };
    }
    // Nobody owns it although the rule looked for someone: tell whom an escalation would (the manager of the case's
    // team, who can see it, else the owners and admins), so that a new case never waits unseen.
    // Without a mail server (no SMTP_URL) the cases.notify job sends nothing: the timeline then names them as who
    // would be told (wouldNotify), not as told (notified), so it never claims an email that did not go.
    const unowned = row.owner_user_id === null && input.noOwner ? input.noOwner : null;
    const told = unowned ? await this.escalationTargets(trx, workspaceId, null, row.team_id) : [];
    const announce = !unowned ? {} : this.mailer.configured ? { notified: told } : { notified: [], wouldNotify: told };
    await this.event(trx, row, 'created', actorUserId, null, {
      ruleId: row.rule_id,
      ownerUserId: row.owner_user_id,
      ...(unowned ? { noOwner: unowned.reason, noOwnerTeamId: unowned.teamId, ...announce } : {}),
      ...(noContact ? { noContact } : {}),
    });
    if (!noContact) await this.jobs.enqueue(trx, 'cases.deadline', { caseId: row.id, kind: 'first_contact' }, { workspaceId, runAt: new Date(row.first_contact_due_at), dedupeKey: `case:${row.id}:first_contact` });
    await this.jobs.enqueue(trx, 'cases.deadline', { caseId: row.id, kind: 'resolution' }, { workspaceId, runAt: new Date(row.resolution_due_at), dedupeKey: `case:${row.id}:resolution` });
    if (row.owner_user_id) await this.jobs.enqueue(trx, 'cases.notify', { caseId: row.id, userId: row.owner_user_id, reason: 'assigned' }, { workspaceId });
    for (const u of told) await this.jobs.enqueue(trx, 'cases.notify', { caseId: row.id, userId: u, reason: 'unassigned' }, { workspaceId });
    return { caseRow: row, created: true };
  }

  /** Adds an event to a case's timeline; returns it as the timeline shows it. */
  private async event(trx: Db, c: Pick<FollowupCaseRow, 'id' | 'workspace_id'>, kind: CaseEventTable['kind'], actor: string | null, body: string | null, data: Record<string, unknown> = {}): Promise<TimelineEvent> {
    const ev: TimelineEvent = { id: newId(), kind, actorUserId: actor, body, data, createdAt: nowIso() };
    await trx
      .insertInto('case_event')
      .values({ id: ev.id, workspace_id: c.workspace_id, case_id: c.id, kind, actor_user_id: actor, body, data: JSON.stringify(data), created_at: ev.createdAt })
      .execute();
    return ev;
  }

  /** Opens a case by hand on a response (for people who may change data). */
  async openManually(auth: Auth, input: OpenCaseInput): Promise<CaseView> {
    requireAccess(auth, 'write');
    // "" is checked too: it would fail the foreign key (a 500); null is no owner
    if (input.ownerUserId !== undefined && input.ownerUserId !== null) await this.checkMember(auth.workspaceId, input.ownerUserId, 'ownerUserId');
    const { caseRow, created } = await this.db.transaction().execute((trx) => this.open(trx, auth.workspaceId, input, auth.userId));
    if (!created) throw new AppError('conflict', 'this response already has a case', [{ field: 'responseId', message: `already has case ${caseRow.id}` }]);
    return presentCase(caseRow);
  }

  private async checkMember(workspaceId: string, userId: string, field: string): Promise<void> {
    const m = await this.db.selectFrom('membership').select('user_id').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    if (!m) throw invalid(field, 'is not a member of this workspace');
  }

  async list(
    auth: Auth,
    f: PageRequest & {
      status?: CaseStatus | undefined;
      open?: boolean | undefined;
      ownerUserId?: string | undefined;
      unassigned?: boolean | undefined;
      teamId?: string | undefined;
      priority?: CasePriority | undefined;
      overdue?: boolean | undefined;
      mine?: boolean | undefined;
      responseId?: string | undefined;
    },
  ): Promise<Page<CaseView & { summary: CaseSummary | null }>> {
    requireAccess(auth, 'read');
    // unassigned=true asks for cases without an owner: an owner filter as well could only answer nothing
    if (f.unassigned === true && (f.ownerUserId !== undefined || f.mine === true)) throw invalid('unassigned', 'cannot be combined with ownerUserId or mine=true (a case without an owner has neither)');
    // open=true with a done status (or open=false with an open one) could only answer nothing
    if (f.open !== undefined && f.status !== undefined && isOpenStatus(f.status) !== f.open) throw invalid('open', `cannot be ${String(f.open)} with status=${f.status}`);
    let q = (await this.visibleCases(auth)).selectAll();
    if (f.status) q = q.where('status', '=', f.status);
    if (f.open !== undefined) q = q.where('status', 'in', f.open ? OPEN_STATUSES : DONE_STATUSES);
    if (f.ownerUserId) q = q.where('owner_user_id', '=', f.ownerUserId);
    if (f.mine && auth.userId) q = q.where('owner_user_id', '=', auth.userId);
    if (f.unassigned === true) q = q.where('owner_user_id', 'is', null);
    if (f.unassigned === false) q = q.where('owner_user_id', 'is not', null);
    if (f.teamId) q = q.where('team_id', '=', f.teamId);
    if (f.priority) q = q.where('priority', '=', f.priority);
    if (f.responseId) q = q.where('response_id', '=', f.responseId);
    if (f.overdue) {
      const now = nowIso();
      q = q
        .where('status', 'in', OPEN_STATUSES)
        .where((eb) => eb.or([eb.and([eb('first_contacted_at', 'is', null), eb('first_contact_due_at', '<', now)]), eb('resolution_due_at', '<', now)]));
    }
    const now = nowIso();
    const page = await paginate(q, 'followup_case', f, (r) => presentCase(r, now));
    const summaries = await this.summaries(auth.workspaceId, page.data.map((c) => c.responseId));
    return { ...page, data: page.data.map((c) => ({ ...c, summary: summaries.get(c.responseId) ?? null })) };
  }

  /** The response summaries of a page of cases, by response id, in one query (not one request per inbox row). */
  private async summaries(workspaceId: string, responseIds: string[]): Promise<Map<string, CaseSummary>> {
    const out = new Map<string, CaseSummary>();
    if (responseIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .leftJoin('person', 'person.id', 'response.person_id')
      .select(['response.id', 'response.score', 'response.comment', 'survey.kind', 'person.id as person_id', 'person.name', 'person.email', 'person.external_id'])
      .where('response.workspace_id', '=', workspaceId)
      .where('response.id', 'in', [...new Set(responseIds)])
      .execute();
    for (const r of rows) {
      out.set(r.id, {
        score: r.score,
        group: scoreGroup(r.kind, r.score),
        comment: r.comment,
        customer: r.person_id ? { name: r.name, email: r.email, externalId: r.external_id } : null,
      });
    }
    return out;
  }

  private async row(auth: Auth, id: string): Promise<FollowupCaseRow> {
    const r = await this.db.selectFrom('followup_case').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!r || !(await this.visible(auth, r))) throw notFound('case');
    return r;
  }

  async get(auth: Auth, id: string): Promise<CaseView & { response: ResponseView; timeline: TimelineEvent[]; emailConfigured: boolean; noContact: NoContactReason | null }> {
    requireAccess(auth, 'read');
    const r = await this.row(auth, id);
    const system: Auth = { ...auth, via: 'api_key', role: null };
    const response = await this.responses.get(system, r.response_id);
    const events = await this.db.selectFrom('case_event').selectAll().where('case_id', '=', id).orderBy('created_at').orderBy('id').execute();
    const timeline = events.map((e) => ({ id: e.id, kind: e.kind, actorUserId: e.actor_user_id, body: e.body, data: parseJson<Record<string, unknown>>(e.data, {}), createdAt: e.created_at }));
    // as decided when the case opened (its deadlines were set then), not as the person's record reads today
    const noContact = timeline.find((e) => e.kind === 'created')?.data.noContact;
    return {
      ...presentCase(r),
      response,
      timeline,
      noContact: NO_CONTACT_REASONS.find((x) => x === noContact) ?? null,
      // whether "contact by email" can work at all: without SMTP_URL it answers 503, so the case page offers a call
      emailConfigured: this.mailer.configured,
    };
  }

  /** Status, owner and priority changes; closing needs an outcome and a root cause from the workspace's list. */
  async update(
    auth: Auth,
    id: string,
    input: { status?: CaseStatus | undefined; ownerUserId?: string | null | undefined; priority?: CasePriority | undefined; outcome?: CaseOutcome | undefined; rootCause?: string | undefined },
  ): Promise<CaseView> {
    requireAccess(auth, 'work_cases');
    await this.applyUpdate(auth, await this.row(auth, id), input);
    return presentCase(await this.row(auth, id));
  }

  /** Writes a change to a case the caller may see (the row as read): its fields, timeline events and jobs. */
  private async applyUpdate(auth: Auth, r: FollowupCaseRow, input: Parameters<CaseService['update']>[2]): Promise<void> {
    const id = r.id;
    const now = nowIso();
    const patch: Partial<FollowupCaseRow> = { updated_at: now };
    const events: [CaseEventTable['kind'], string | null, Record<string, unknown>][] = [];
    if (input.ownerUserId !== undefined && input.ownerUserId !== r.owner_user_id) {
      // "" is checked too: it would fail the foreign key (a 500)
      if (input.ownerUserId !== null) await this.checkMember(auth.workspaceId, input.ownerUserId, 'ownerUserId');
      patch.owner_user_id = input.ownerUserId;
      events.push(['assigned', null, { from: r.owner_user_id, to: input.ownerUserId }]);
    }
    if (input.priority !== undefined && input.priority !== r.priority) {
      patch.priority = input.priority;
      events.push(['status', null, { priority: input.priority }]);
    }
    if (input.status !== undefined && input.status !== r.status) {
      if (input.status === 'closed') {
        if (!input.outcome) throw invalid('outcome', `is required to close a case (one of ${CASE_OUTCOMES.join(', ')})`);
        const { rootCauses } = await this.settings.forWorkspace(auth.workspaceId);
        if (!input.rootCause) throw invalid('rootCause', 'is required to close a case');
        if (!rootCauses.includes(input.rootCause)) throw invalid('rootCause', `must be one of: ${rootCauses.join(', ')}`);
        patch.outcome = input.outcome;
        patch.root_cause = input.rootCause;
        patch.closed_at = now;
        patch.resolved_at = r.resolved_at ?? now;
      }
      if (input.status === 'resolved') patch.resolved_at = now;
      if (input.status === 'open' || input.status === 'in_progress') {
        patch.closed_at = null;
        patch.outcome = null;
      }
      patch.status = input.status;
      events.push(['status', null, { from: r.status, to: input.status, outcome: input.outcome ?? null, rootCause: input.rootCause ?? null }]);
    }
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('followup_case').set(patch).where('id', '=', id).execute();
      for (const [kind, body, data] of events) await this.event(trx, r, kind, auth.userId, body, data);
      if (patch.owner_user_id) await this.jobs.enqueue(trx, 'cases.notify', { caseId: id, userId: patch.owner_user_id, reason: 'assigned' }, { workspaceId: auth.workspaceId });
      if (patch.status === 'closed' && r.resurvey_days) {
        const at = new Date(Date.now() + r.resurvey_days * 86_400_000);
        await this.jobs.enqueue(trx, 'cases.resurvey', { caseId: id }, { workspaceId: auth.workspaceId, runAt: at, dedupeKey: `case:${id}:resurvey` });
      }
    });
  }

  async bulkAssign(auth: Auth, caseIds: string[], ownerUserId: string | null): Promise<{ updated: number }> {
    requireAccess(auth, 'write');
    // every case and the owner are checked before any case changes: an unknown id in the middle of the list used to
    // answer 404 after the cases before it had been reassigned
    const rows: FollowupCaseRow[] = [];
    for (const [i, id] of caseIds.entries()) {
      rows.push(
        await this.row(auth, id).catch((err: unknown) => {
          throw err instanceof AppError && err.code === 'not_found' ? invalid(`caseIds/${i}`, `no case with id ${id} that you may see`) : err;
        }),
      );
    }
    if (ownerUserId !== null) await this.checkMember(auth.workspaceId, ownerUserId, 'ownerUserId');
    // the rows just read and checked are written, not read again per case (a repeated id changes nothing the second
    // time, as before)
    for (const r of new Map(rows.map((row) => [row.id, row])).values()) await this.applyUpdate(auth, r, { ownerUserId });
    return { updated: caseIds.length };
  }

  /** A note on the timeline; @email mentions of colleagues notify them. */
  async note(auth: Auth, id: string, body: string): Promise<TimelineEvent> {
    requireAccess(auth, 'work_cases');
    const r = await this.row(auth, id);
    const mentioned = [...new Set([...body.matchAll(/@([^\s@]+@[^\s@]+\.[A-Za-z]{2,})/g)].map((m) => m[1]!.toLowerCase()))];
    const users = mentioned.length
      ? await this.db
          .selectFrom('app_user')
          .innerJoin('membership', 'membership.user_id', 'app_user.id')
          .select(['app_user.id', 'app_user.email'])
          .where('membership.workspace_id', '=', auth.workspaceId)
          .where('app_user.email', 'in', mentioned)
          .execute()
      : [];
    return this.db.transaction().execute(async (trx) => {
      const ev = await this.event(trx, r, 'note', auth.userId, body, { mentions: users.map((u) => u.id) });
      for (const u of users) await this.jobs.enqueue(trx, 'cases.notify', { caseId: r.id, userId: u.id, reason: 'mentioned' }, { workspaceId: auth.workspaceId });
      await trx.updateTable('followup_case').set({ updated_at: ev.createdAt }).where('id', '=', r.id).execute();
      return ev;
    });
  }

  /**
   * Logs contact with the customer: an email sent from the case (to the person's address) or a call noted by
   * hand. The first contact stops the first-contact clock.
   */
  async contact(auth: Auth, id: string, input: { kind: ContactKind; subject?: string | undefined; body: string }): Promise<TimelineEvent> {
    requireAccess(auth, 'work_cases');
    const r = await this.row(auth, id);
    if (input.kind === 'email') {
      const person = r.person_id ? await this.db.selectFrom('person').select(['email', 'name']).where('id', '=', r.person_id).executeTakeFirst() : undefined;
      if (!person?.email) throw invalid('kind', 'this customer has no email address; log a call instead');
      if (!input.subject) throw invalid('subject', 'is required for an email');
      if (!this.mailer.configured) throw new AppError('unavailable', 'email is not set up on this server (SMTP_URL); log a call instead, or ask an administrator');
      try {
        await this.mailer.send({ to: person.email, subject: input.subject, text: input.body, html: `<div style="font-family:Arial,sans-serif;white-space:pre-wrap">${escapeHtml(input.body)}</div>` });
      } catch (err) {
        // nothing is logged on the case: the email did not go
        if (err instanceof MailError && err.permanent) throw invalid('kind', `the customer's mail server refused ${person.email}: ${err.message}`);
        if (err instanceof MailError) throw new AppError('unavailable', `the mail server did not take the email (${err.message}); try again`);
        throw err;
      }
    }
    return this.db.transaction().execute(async (trx) => {
      const ev = await this.event(trx, r, input.kind === 'email' ? 'contact_email' : 'contact_call', auth.userId, input.body, input.subject ? { subject: input.subject } : {});
      const now = ev.createdAt;
      await trx
        .updateTable('followup_case')
        .set({ first_contacted_at: r.first_contacted_at ?? now, status: r.status === 'open' ? 'in_progress' : r.status, updated_at: now })
        .where('id', '=', r.id)
        .execute();
      return ev;
    });
  }

  /** Job: a deadline passed. Escalates an overdue case to the owner's manager (or the workspace's admins). */
  async checkDeadline(caseId: string, kind: 'first_contact' | 'resolution'): Promise<'success' | 'skipped'> {
    const r = await this.db.selectFrom('followup_case').selectAll().where('id', '=', caseId).executeTakeFirst();
    if (!r || r.status === 'resolved' || r.status === 'closed') return 'skipped';
    if (kind === 'first_contact' && r.first_contacted_at) return 'skipped';
    const managerId = await this.managerOf(this.db, r.workspace_id, r.owner_user_id, r.team_id);
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('followup_case').set({ escalated_at: now, priority: r.priority === 'low' || r.priority === 'normal' ? 'high' : r.priority, updated_at: now }).where('id', '=', r.id).execute();
      // emailed: whether the notification can go out at all (without SMTP_URL cases.notify sends nothing)
      await this.event(trx, r, 'escalated', null, null, { deadline: kind, to: managerId, emailed: this.mailer.configured });
      for (const u of managerId ? [managerId] : await this.admins(trx, r.workspace_id)) {
        await this.jobs.enqueue(trx, 'cases.notify', { caseId: r.id, userId: u, reason: `overdue_${kind}` }, { workspaceId: r.workspace_id });
      }
    });
    return 'success';
  }

  /** Whom an escalation goes to: the owner's manager (see managerOf), else the workspace's owners and admins. */
  private async escalationTargets(db: Db, workspaceId: string, ownerUserId: string | null, teamId: string | null): Promise<string[]> {
    const managerId = await this.managerOf(db, workspaceId, ownerUserId, teamId);
    // a manager who left the workspace is not told (their team still names them)
    const member = managerId ? await db.selectFrom('membership').select('user_id').where('workspace_id', '=', workspaceId).where('user_id', '=', managerId).executeTakeFirst() : undefined;
    return member ? [member.user_id] : this.admins(db, workspaceId);
  }

  /** The owner's manager: the manager of the team the owner works in (as an employee), else of the case's team. */
  private async managerOf(db: Db, workspaceId: string, ownerUserId: string | null, teamId: string | null): Promise<string | null> {
    if (ownerUserId) {
      const t = await db
        .selectFrom('employee')
        .innerJoin('team', 'team.id', 'employee.team_id')
        .select('team.manager_user_id')
        .where('employee.workspace_id', '=', workspaceId)
        .where('employee.user_id', '=', ownerUserId)
        .where('team.manager_user_id', 'is not', null)
        .where('team.manager_user_id', '!=', ownerUserId)
        .executeTakeFirst();
      if (t?.manager_user_id) return t.manager_user_id;
    }
    if (teamId) {
      const t = await db.selectFrom('team').select('manager_user_id').where('id', '=', teamId).executeTakeFirst();
      if (t?.manager_user_id && t.manager_user_id !== ownerUserId) return t.manager_user_id;
    }
    return null;
  }

  private async admins(trx: Db, workspaceId: string): Promise<string[]> {
    return (await trx.selectFrom('membership').select('user_id').where('workspace_id', '=', workspaceId).where('role', 'in', ['owner', 'admin']).execute()).map((m) => m.user_id);
  }

  /** Job: email a user about a case (assignment, mention, overdue, opened without an owner). */
  async notify(caseId: string, userId: string, reason: string): Promise<'success' | 'skipped'> {
    if (!this.mailer.configured) return 'skipped';
    const r = await this.db.selectFrom('followup_case').selectAll().where('id', '=', caseId).executeTakeFirst();
    const user = await this.db.selectFrom('app_user').select(['email', 'name']).where('id', '=', userId).executeTakeFirst();
    if (!r || !user) return 'skipped';
    const resp = await this.db.selectFrom('response').select(['score', 'comment']).where('id', '=', r.response_id).executeTakeFirst();
    const what: Record<string, string> = {
      assigned: 'A follow-up case was assigned to you',
      mentioned: 'You were mentioned in a follow-up case',
      overdue_first_contact: 'A follow-up case missed its first-contact deadline',
      overdue_resolution: 'A follow-up case missed its resolution deadline',
      unassigned: 'A new follow-up case has no owner',
    };
    const subject = what[reason] ?? 'Follow-up case update';
    const link = caseLink(this.config.publicUrl, r.id);
    let why = '';
    if (reason === 'unassigned') {
      const created = await this.db.selectFrom('case_event').select('data').where('case_id', '=', r.id).where('kind', '=', 'created').executeTakeFirst();
      const d = parseJson<{ noOwner?: NoOwnerReason; noOwnerTeamId?: string | null }>(created?.data, {});
      const team = d.noOwnerTeamId ? await this.db.selectFrom('team').select('name').where('id', '=', d.noOwnerTeamId).executeTakeFirst() : undefined;
      const because = d.noOwner ? NO_OWNER_TEXT[d.noOwner].replace('the team', team ? `the team "${team.name}"` : 'the team') : 'its rule found no one to assign it to';
      why = `An alert rule opened it, but nobody was assigned: ${because}. Please assign an owner (all unassigned cases: ${unassignedCasesLink(this.config.publicUrl)}).\n\n`;
    }
    const text = `${subject}.\n\n${why}Score: ${resp?.score ?? '–'}\nComment: ${resp?.comment ?? '(none)'}\nFirst contact due: ${r.first_contact_due_at}\nResolution due: ${r.resolution_due_at}\n\nOpen the case: ${link}\n`;
    await this.mailer.send({ to: user.email, subject, text, html: `<div style="font-family:Arial,sans-serif;white-space:pre-wrap">${escapeHtml(text)}</div>` });
    return 'success';
  }

  /**
   * A re-survey is a survey email: without a mail server (no SMTP_URL) it is refused with the send API's 409, before
   * anything is written, rather than scheduled to fail later.
   */
  private refuseResurveyWithoutEmail(): void {
    if (!this.mailer.configured) throw surveyEmailUnavailable('create a personal link for the customer on the Distribute page instead');
  }

  /**
   * Job: the case closed N days ago; ask the customer again. Without a mail server it fails (see
   * refuseResurveyWithoutEmail) with no send and no timeline event, so that the job can be retried once email is set up.
   */
  async resurvey(caseId: string, schedule: (workspaceId: string, surveyId: string, personId: string) => Promise<void>): Promise<'success' | 'skipped'> {
    const r = await this.db
      .selectFrom('followup_case')
      .innerJoin('response', 'response.id', 'followup_case.response_id')
      .select(['followup_case.id', 'followup_case.workspace_id', 'followup_case.person_id', 'response.survey_id'])
      .where('followup_case.id', '=', caseId)
      .executeTakeFirst();
    if (!r?.person_id) return 'skipped';
    this.refuseResurveyWithoutEmail();
    await schedule(r.workspace_id, r.survey_id, r.person_id);
    await this.event(this.db, { id: r.id, workspace_id: r.workspace_id }, 'resurvey', null, null, {});
    return 'success';
  }

  /**
   * Re-survey by hand (the case page's Re-survey button): the customer is sent the case's survey by email now, e.g.
   * once the problem is fixed; a new answer no longer negative wins the case back. The send follows the fatigue rules
   * like any other. Refused with a 409 before anything is written when this server cannot send email, the customer
   * has no address or is suppressed (unsubscribed, bounced), or the response came from the feedback page (no survey
   * to send); the survey must be active (the send API's 409 naming `status`). Adds a `resurvey` event naming the send.
   */
  async resurveyNow(auth: Auth, id: string, schedule: ScheduleResurvey): Promise<TimelineEvent> {
    requireAccess(auth, 'work_cases');
    const r = await this.row(auth, id);
    this.refuseResurveyWithoutEmail();
    const target = await this.db
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .select(['survey.id as survey_id', 'survey.purpose'])
      .where('response.id', '=', r.response_id)
      .executeTakeFirst();
    const person = r.person_id ? await this.db.selectFrom('person').select(['email', 'unsubscribed_at', 'bounced_at']).where('id', '=', r.person_id).executeTakeFirst() : undefined;
    if (!target || target.purpose !== 'survey') throw new AppError('conflict', 'this case’s response came from the feedback page, which is not a survey that can be sent again');
    if (!r.person_id || !person?.email) throw new AppError('conflict', 'this customer has no email address to send the survey to');
    if (person.unsubscribed_at) throw new AppError('conflict', 'this customer unsubscribed from survey emails');
    if (person.bounced_at) throw new AppError('conflict', 'this customer’s email address bounced; it is not sent to again');
    const send = await schedule(r.workspace_id, target.survey_id, r.person_id);
    return this.db.transaction().execute(async (trx) => {
      const ev = await this.event(trx, r, 'resurvey', auth.userId, null, { sendId: send.id, status: send.status });
      await trx.updateTable('followup_case').set({ updated_at: ev.createdAt }).where('id', '=', r.id).execute();
      return ev;
    });
  }

  /**
   * A new answer from a person with earlier cases on negative answers: if it is no longer negative (for NPS:
   * 7 or more), those cases count as won back.
   */
  async detectWinBack(trx: Db, response: ResponseView, kind: SurveyKind): Promise<void> {
    if (!response.person || response.score === null || scoreTone(kind, response.score) === 'negative') return;
    const cases = await trx
      .selectFrom('followup_case')
      .innerJoin('response', 'response.id', 'followup_case.response_id')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .select(['followup_case.id', 'followup_case.workspace_id', 'followup_case.initial_score', 'survey.kind'])
      .where('followup_case.person_id', '=', response.person.id)
      .where('followup_case.won_back_at', 'is', null)
      .where('followup_case.response_id', '!=', response.id)
      .where('followup_case.created_at', '<=', response.createdAt)
      .execute();
    for (const c of cases) {
      if (c.initial_score === null || scoreTone(c.kind, c.initial_score) !== 'negative') continue;
      const now = nowIso();
      await trx.updateTable('followup_case').set({ won_back_at: now, win_back_response_id: response.id, updated_at: now }).where('id', '=', c.id).execute();
      await this.event(trx, c, 'won_back', null, null, { responseId: response.id, score: response.score });
    }
  }

  /**
   * Follow-up metrics for cases opened in [from, to]: shares with counts so small numbers are not over-read.
   * followedUp = cases with a first contact / cases; medians in hours; on-time shares among cases that reached
   * the step; win-back rate = won back / cases on negative answers (see caseMetrics).
   */
  async metrics(auth: Auth, from: string, to: string, groupBy: CaseMetricsGrouping | null) {
    requireAccess(auth, 'read');
    const q = (await this.visibleCases(auth)).selectAll().where('created_at', '>=', `${from}T00:00:00.000Z`).where('created_at', '<=', `${to}T23:59:59.999Z`);
    const rows = await q.execute();
    const kinds = new Map((await this.db.selectFrom('response').innerJoin('survey', 'survey.id', 'response.survey_id').select(['response.id', 'survey.kind']).where('response.id', 'in', rows.length ? rows.map((r) => r.response_id) : ['']).execute()).map((x) => [x.id, x.kind]));
    const summarize = (list: FollowupCaseRow[]) => caseMetrics(list, (r) => kinds.get(r.response_id) ?? 'nps');
    const overall = summarize(rows);
    if (!groupBy) return { from, to, ...overall };
    const key = (r: FollowupCaseRow) => (groupBy === 'owner' ? r.owner_user_id : r.team_id) ?? '(none)';
    const groups = new Map<string, FollowupCaseRow[]>();
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return { from, to, ...overall, groups: [...groups.entries()].map(([k, list]) => ({ key: k, ...summarize(list) })).sort((a, b) => b.cases - a.cases) };
  }
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** Pure: the follow-up metrics of a list of cases (see CaseService.metrics). */
export function caseMetrics(rows: FollowupCaseRow[], kindOf: (r: FollowupCaseRow) => SurveyKind) {
  const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;
  const contacted = rows.filter((r) => r.first_contacted_at);
  const closed = rows.filter((r) => r.closed_at);
  // Win-back rate (glossary: a detractor who was followed up and later answered 7 or more, or renewed)
  //   = cases on a negative answer that are won back ÷ cases on a negative answer (NPS 0–6, CSAT 1–2, CES 1–3),
  // where won back = a later answer from the same person no longer negative (won_back_at, set by detectWinBack)
  //   OR the case was closed with the outcome "won back" (the agent's record, e.g. the customer renewed).
  // A case counts once when both hold.
  const negative = rows.filter((r) => r.initial_score !== null && scoreTone(kindOf(r), r.initial_score) === 'negative');
  const wonBack = negative.filter((r) => r.won_back_at !== null || r.outcome === 'won_back');
  const contactOnTime = contacted.filter((r) => r.first_contacted_at! <= r.first_contact_due_at);
  const resolved = rows.filter((r) => r.resolved_at);
  const resolvedOnTime = resolved.filter((r) => r.resolved_at! <= r.resolution_due_at);
  const share = (n: number, d: number) => ({ count: n, of: d, percent: d === 0 ? null : round1((100 * n) / d) });
  return {
    cases: rows.length,
    open: rows.filter((r) => r.status === 'open' || r.status === 'in_progress').length,
    followedUp: share(contacted.length, rows.length),
    medianHoursToFirstContact: round1(median(contacted.map((r) => hours(r.created_at, r.first_contacted_at!)))),
    medianHoursToClose: round1(median(closed.map((r) => hours(r.created_at, r.closed_at!)))),
    firstContactOnTime: share(contactOnTime.length, contacted.length),
    resolvedOnTime: share(resolvedOnTime.length, resolved.length),
    winBack: share(wonBack.length, negative.length),
    outcomes: Object.fromEntries(CASE_OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length])),
  };
}
