/**
 * Frontline feedback: each employee's feed of the responses attributed to them, their score beside their team's,
 * a team scoreboard that ranks only where the number of responses supports it, and praise from promoters.
 * Agents see only their own feed; managers the teams they manage; owners and admins anyone's.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.ts';
import { decodeCursor } from '../../shared/cursor.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import type { Page, PageRequest } from '../../shared/paging.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import type { MetricsService } from '../metrics/metrics.service.ts';
import { addDays, toDay } from '../metrics/periods.ts';
import type { ResponseService, ResponseView } from '../responses/response.service.ts';
import { groupRange } from '../surveys/score-groups.ts';

/** Groups with fewer responses are listed but not ranked: their margin of error is too wide to order them. */
export const MIN_RANKED_RESPONSES = 30;
/** What the scoreboard ranks. */
export const SCOREBOARD_GROUPINGS = ['team', 'employee'] as const;
export type ScoreboardGrouping = (typeof SCOREBOARD_GROUPINGS)[number];

export class FrontlineService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly responses: ResponseService,
    private readonly metrics: MetricsService,
  ) {}

  /** The employee records the caller may see the feed of. */
  private async allowedEmployees(auth: Auth): Promise<string[] | 'all'> {
    if (auth.via === 'api_key' || auth.role === 'owner' || auth.role === 'admin' || auth.role === 'viewer') return 'all';
    const own = await this.db.selectFrom('employee').select('id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', auth.userId!).execute();
    if (auth.role === 'agent') return own.map((e) => e.id);
    const managed = await this.db
      .selectFrom('employee')
      .innerJoin('team', 'team.id', 'employee.team_id')
      .select('employee.id')
      .where('employee.workspace_id', '=', auth.workspaceId)
      .where('team.manager_user_id', '=', auth.userId!)
      .execute();
    return [...new Set([...own, ...managed].map((e) => e.id))];
  }

  /** Responses attributed to an employee (default: the caller's own employee record), newest first. */
  /**
   * Without `employeeId`, the feed of the signed-in user's own employee record. A user with none gets an empty page
   * with `employeeId: null` (not an error: the dashboard and integrations show "not linked yet"); an API key has no
   * employee of its own, so it must name one.
   */
  async feed(auth: Auth, f: PageRequest & { employeeId?: string | undefined; surveyId?: string | undefined }): Promise<Page<ResponseView> & { employeeId: string | null }> {
    requireAccess(auth, 'read');
    const allowed = await this.allowedEmployees(auth);
    let employeeId = f.employeeId;
    // a bad cursor is named as such before anything else is judged (decodeCursor throws the 400 naming it)
    if (f.cursor) decodeCursor(f.cursor);
    if (!employeeId) {
      if (!auth.userId) throw new AppError('validation_error', 'employeeId is required with an API key (a key has no employee record of its own)', [{ field: 'employeeId', message: 'required with an API key' }]);
      const own = await this.db.selectFrom('employee').select('id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', auth.userId).executeTakeFirst();
      if (!own) return { data: [], nextCursor: null, employeeId: null };
      employeeId = own.id;
    }
    if (allowed !== 'all' && !allowed.includes(employeeId)) throw notFound('employee');
    const system: Auth = { ...auth, via: 'api_key', role: null };
    const page = await this.responses.list(system, { ...f, employeeId });
    return { ...page, employeeId };
  }

  /** The employee's score beside their team's and the whole survey's, for the last `days` days. */
  async summary(auth: Auth, input: { employeeId: string; surveyId: string; days?: number | undefined }) {
    requireAccess(auth, 'read');
    const allowed = await this.allowedEmployees(auth);
    if (allowed !== 'all' && !allowed.includes(input.employeeId)) throw notFound('employee');
    const emp = await this.db.selectFrom('employee').select(['id', 'name', 'team_id']).where('workspace_id', '=', auth.workspaceId).where('id', '=', input.employeeId).executeTakeFirst();
    if (!emp) throw notFound('employee');
    const to = toDay(Date.now());
    const from = addDays(to, -((input.days ?? 90) - 1));
    const system: Auth = { ...auth, via: 'api_key', role: null };
    const q = { surveyId: input.surveyId, from, to };
    const [mine, team, all] = await Promise.all([
      this.metrics.metrics(system, { ...q, employeeId: emp.id }),
      emp.team_id ? this.metrics.metrics(system, { ...q, teamId: emp.team_id }) : Promise.resolve(null),
      this.metrics.metrics(system, q),
    ]);
    const pick = (m: Record<string, unknown> | null) => (m ? { total: m.total, score: m.score, marginOfError: m.marginOfError } : null);
    return { employee: { id: emp.id, name: emp.name }, from, to, mine: pick(mine), team: pick(team), overall: pick(all) };
  }

  /**
   * Scoreboard of teams or employees: score with margin of error and count; rank 1, 2, … only for groups with at
   * least MIN_RANKED_RESPONSES responses, ordered by score; smaller groups are listed after, unranked.
   */
  async scoreboard(auth: Auth, input: { surveyId: string; by: ScoreboardGrouping; from?: string | undefined; to?: string | undefined; minResponses?: number | undefined }) {
    requireAccess(auth, 'read');
    const min = input.minResponses ?? MIN_RANKED_RESPONSES;
    const m = await this.metrics.metrics(auth, { surveyId: input.surveyId, from: input.from, to: input.to, groupBy: input.by });
    const groups = (m.groups as { key: string; label: string; total: number; score: number | null; marginOfError: number | null }[]) ?? [];
    const rankable = groups.filter((g) => g.total >= min && g.score !== null).sort((a, b) => b.score! - a.score!);
    const rest = groups.filter((g) => !rankable.includes(g));
    return {
      surveyId: input.surveyId,
      from: m.from,
      to: m.to,
      minResponses: min,
      overall: { total: m.total, score: m.score, marginOfError: m.marginOfError },
      rows: [...rankable.map((g, i) => ({ ...g, rank: i + 1 })), ...rest.map((g) => ({ ...g, rank: null as number | null }))],
    };
  }

  /** Promoters' comments (or the satisfied / easy group of CSAT and CES), newest first, for a team or everyone. */
  async praise(auth: Auth, input: PageRequest & { surveyId: string; teamId?: string | undefined }) {
    requireAccess(auth, 'read');
    const survey = await this.db.selectFrom('survey').select('kind').where('workspace_id', '=', auth.workspaceId).where('id', '=', input.surveyId).executeTakeFirst();
    // an id the query names and no survey of the workspace has is a 404, as on /scoreboard and /feed/summary (and
    // GET /api/v1/metrics); a 400 naming the field is for ids sent in a body (responses, imports, alert rules)
    if (!survey) throw notFound('survey');
    const group = survey.kind === 'nps' ? 'promoter' : survey.kind === 'csat' ? 'satisfied' : 'easy';
    if (!groupRange(survey.kind, group)) throw invalid('surveyId', 'unsupported survey kind');
    return this.responses.list(auth, { ...input, group, hasComment: true });
  }
}
