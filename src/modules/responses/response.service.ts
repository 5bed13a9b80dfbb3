/**
 * Responses: ingest (single, batch, idempotent), list with filters, get, update in parts, delete. Every write
 * keeps metric buckets current in the same transaction.
 */
import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import type { CommentLanguage, DB, ResponseRow, SurveyRow } from '../../db/tables.ts';
import type { Dialect } from '../../db/create-db.ts';
import { containsInsensitive, isForeignKeyViolation, isUniqueViolation } from '../../db/dialect-sql.ts';
import { AppError, type FieldProblem, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, ownFeedbackOnly, requireAccess } from '../auth/policy.ts';
import { mergeProperties, type PersonInput, upsertPerson } from '../directory/person.service.ts';
import { type BucketSource, BucketDeltas } from '../metrics/buckets.ts';
import { parseDateTime } from '../metrics/periods.ts';
import { groupRange, type ScoreGroup, scoreGroup, type SurveyKind } from '../surveys/score-groups.ts';
import type { Question } from '../surveys/survey.service.ts';
import { AttributionResolver, type Named } from './attribution.ts';
import type { FeedbackType } from '../survey-page/i18n.ts';
import { checkResponse } from './response.validate.ts';
import { type BatchContext, type JobGroup, WriteBatcher } from './write-batcher.ts';
import { ResponseEvents } from './response-events.ts';
import { addedTags, removedTag, replacedTags, sameTags } from './response-tags.ts';

export const MAX_BATCH = 1000;

export interface ResponseInput {
  surveyId: string;
  score: number | null;
  comment?: string | null | undefined;
  answers?: Record<string, unknown> | undefined;
  person?: PersonInput | undefined;
  /** Internal callers (survey links, widget) that already know the person; not accepted from the public API. */
  personId?: string | undefined;
  channel?: string | undefined;
  team?: string | undefined;
  location?: string | undefined;
  employee?: string | undefined;
  properties?: Record<string, unknown> | undefined;
  createdAt?: string | undefined;
}

export interface ResponsePatch {
  score?: number | null | undefined;
  comment?: string | null | undefined;
  answers?: Record<string, unknown> | undefined;
  properties?: Record<string, unknown> | undefined;
  channel?: string | undefined;
  team?: string | null | undefined;
  location?: string | null | undefined;
  employee?: string | null | undefined;
  /** Replaces the tags (checked by response-tags.ts). */
  tags?: string[] | undefined;
}

export interface ResponseView {
  id: string;
  surveyId: string;
  score: number | null;
  group: ScoreGroup | null;
  comment: string | null;
  /**
   * The language text analytics read the comment in; null without a comment, until the comment is analysed (a
   * moment after it is written), and for comments analysed before languages were stored (until re-analysed).
   */
  language: CommentLanguage | null;
  answers: Record<string, unknown>;
  channel: string;
  teamId: string | null;
  team: string | null;
  locationId: string | null;
  location: string | null;
  employeeId: string | null;
  employee: string | null;
  person: { id: string; email: string | null; name: string | null; externalId: string | null } | null;
  properties: Record<string, unknown>;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ResponseFilters extends PageRequest {
  surveyId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  teamId?: string | undefined;
  locationId?: string | undefined;
  employeeId?: string | undefined;
  channel?: string | undefined;
  group?: ScoreGroup | undefined;
  q?: string | undefined;
  personId?: string | undefined;
  hasComment?: boolean | undefined;
  /** Only responses whose comment mentions this theme (text analytics). */
  theme?: string | undefined;
  /** Only responses whose comment was read in this language (text analytics). */
  language?: CommentLanguage | undefined;
  /** Only public-feedback-page responses of this type (complaint, praise, question, idea). */
  feedbackType?: FeedbackType | undefined;
  /** Only responses with this tag (case ignored). */
  tag?: string | undefined;
}

/** A stored idempotent result: the same Idempotency-Key with the same body replays it. */
export interface IdempotentResult {
  statusCode: number;
  body: unknown;
  replayed: boolean;
}

interface CachedSurvey {
  row: SurveyRow;
  questions: Question[];
  until: number;
}

type JoinedRow = ResponseRow & {
  kind: SurveyKind;
  team_name: string | null;
  location_name: string | null;
  employee_name: string | null;
  person_email: string | null;
  person_name: string | null;
  person_external_id: string | null;
  language: CommentLanguage | null;
};

function present(row: JoinedRow): ResponseView {
  return {
    id: row.id,
    surveyId: row.survey_id,
    score: row.score,
    group: scoreGroup(row.kind, row.score),
    comment: row.comment,
    language: row.language,
    answers: parseJson(row.answers, {}),
    channel: row.channel,
    teamId: row.team_id,
    team: row.team_name,
    locationId: row.location_id,
    location: row.location_name,
    employeeId: row.employee_id,
    employee: row.employee_name,
    person: row.person_id ? { id: row.person_id, email: row.person_email, name: row.person_name, externalId: row.person_external_id } : null,
    properties: parseJson(row.properties, {}),
    tags: parseJson(row.tags, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function bucketSource(row: ResponseRow): BucketSource {
  return {
    workspace_id: row.workspace_id,
    survey_id: row.survey_id,
    score: row.score,
    created_at: row.created_at,
    channel: row.channel,
    team_id: row.team_id,
    location_id: row.location_id,
    employee_id: row.employee_id,
    properties: parseJson(row.properties, {}),
  };
}

/**
 * The row to insert for an ingested item and its API view, built from the request's own objects (not by parsing
 * back the JSON just written: this runs for every response ingested).
 */
function rowAndView(
  workspaceId: string,
  item: ResponseInput,
  survey: SurveyRow,
  now: string,
  ids: { team: Named | null; location: Named | null; employee: Named | null },
  person: ResponseView['person'],
): { row: ResponseRow; view: ResponseView } {
  const answers = item.answers ?? {};
  const properties = item.properties ?? {};
  const row: ResponseRow = {
    id: newId(),
    workspace_id: workspaceId,
    survey_id: survey.id,
    person_id: person?.id ?? null,
    score: item.score ?? null,
    comment: item.comment ?? null,
    answers: toJson(answers),
    channel: item.channel ?? 'api',
    team_id: ids.team?.id ?? null,
    location_id: ids.location?.id ?? null,
    employee_id: ids.employee?.id ?? null,
    properties: toJson(properties),
    tags: '[]',
    created_at: item.createdAt ? new Date(item.createdAt).toISOString() : now,
    updated_at: now,
  };
  const view: ResponseView = {
    id: row.id,
    surveyId: row.survey_id,
    score: row.score,
    group: scoreGroup(survey.kind, row.score),
    comment: row.comment,
    language: null, // not analysed yet: analysis runs in the background after the write
    answers,
    channel: row.channel,
    teamId: ids.team?.id ?? null,
    team: ids.team?.name ?? null,
    locationId: ids.location?.id ?? null,
    location: ids.location?.name ?? null,
    employeeId: ids.employee?.id ?? null,
    employee: ids.employee?.name ?? null,
    person,
    properties,
    tags: [],
    createdAt: row.created_at,
    updatedAt: now,
  };
  return { row, view };
}

/** A date (YYYY-MM-DD) or date-time, as the inclusive lower bound of created_at. */
export function lowerBound(value: string, field: string): string {
  return instant(value.length === 10 ? `${value}T00:00:00Z` : value, field);
}

/** A date means the whole day: its upper bound is the last millisecond of that day. */
export function upperBound(value: string, field: string): string {
  return instant(value.length === 10 ? `${value}T23:59:59.999Z` : value, field);
}

function instant(text: string, field: string): string {
  // not Date.parse: it rolled "2026-02-30" over to 2 March
  const t = parseDateTime(text);
  if (Number.isNaN(t)) throw invalid(field, 'must be a date (YYYY-MM-DD) or ISO-8601 date-time');
  return new Date(t).toISOString();
}

/** One ingest call waiting for the group commit. */
interface IngestJob {
  workspaceId: string;
  items: ResponseInput[];
  surveys: SurveyRow[];
  batch: boolean;
  idempotencyKey: string | undefined;
  requestHash: string;
}

const INSERT_CHUNK = 200;
const insertSqlCache = new Map<string, string>();

/** INSERT of `n` rows of `columns` (the keys of the rows prepareRow builds), with the dialect's placeholders. */
function insertResponsesSql(dialect: Dialect, columns: string[], n: number): string {
  const key = `${dialect}:${n}:${columns.join(',')}`;
  let text = insertSqlCache.get(key);
  if (text === undefined) {
    if (columns.some((c) => !/^[a-z_][a-z0-9_]*$/.test(c))) throw new Error(`unexpected response column in ${columns.join(', ')}`);
    let p = 0;
    const row = () => `(${columns.map(() => (dialect === 'postgres' ? `$${++p}` : '?')).join(', ')})`;
    text = `insert into "response" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: n }, row).join(', ')}`;
    if (insertSqlCache.size > 1000) insertSqlCache.clear();
    insertSqlCache.set(key, text);
  }
  return text;
}

export class ResponseService {
  readonly batcher: WriteBatcher;
  readonly attribution = new AttributionResolver();
  /** Subscribers run inside the writing transaction (webhooks, alert rules). */
  readonly events = new ResponseEvents();
  private surveyCache = new Map<string, CachedSurvey>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {
    this.batcher = new WriteBatcher(db, dialect);
  }

  private readonly ingestGroup: JobGroup<IngestJob, IdempotentResult> = { runMany: (ctx, jobs) => this.writeIngests(ctx, jobs) };

  /** Forget cached surveys and names (after a survey, team, location or employee changes). */
  invalidateCaches(): void {
    this.surveyCache.clear();
    this.attribution.clear();
  }

  /** The names of the workspace's surveys by id (exports name each response's survey: NPS and CSAT rows mix). */
  async surveyNames(workspaceId: string): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('survey').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** A survey of the workspace from the 5-second cache, without a database round trip; undefined when not cached. */
  private cachedSurvey(workspaceId: string, id: string): CachedSurvey | null | undefined {
    const hit = this.surveyCache.get(id);
    if (!hit || hit.until <= Date.now()) return undefined;
    return hit.row.workspace_id === workspaceId ? hit : null;
  }

  private async loadSurvey(workspaceId: string, id: string): Promise<CachedSurvey | null> {
    const cached = this.cachedSurvey(workspaceId, id);
    if (cached !== undefined) return cached;
    const row = await this.db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    if (this.surveyCache.size > 10_000) this.surveyCache.clear();
    const entry: CachedSurvey = { row, questions: parseJson<Question[]>(row.questions, []), until: Date.now() + 5_000 };
    this.surveyCache.set(id, entry);
    return row.workspace_id === workspaceId ? entry : null;
  }


  /**
   * Validates every item, then writes all of them in one transaction (none when any is invalid).
   * `at` prefixes field paths: '' for a single response, 'responses/' for a batch.
   */
  async ingest(auth: Auth, items: ResponseInput[], opts: { batch: boolean; idempotencyKey?: string | undefined; requestBody?: unknown }): Promise<IdempotentResult> {
    requireAccess(auth, 'write');
    if (items.length === 0) throw invalid('responses', 'must contain at least one response');
    if (items.length > MAX_BATCH) throw invalid('responses', `must contain at most ${MAX_BATCH} responses`);

    const requestHash = opts.idempotencyKey ? createHash('sha256').update(JSON.stringify(opts.requestBody ?? items)).digest('hex') : '';
    if (opts.idempotencyKey) {
      const prior = await this.findIdempotent(auth.workspaceId, opts.idempotencyKey, requestHash);
      if (prior) return prior;
    }

    const surveys: SurveyRow[] = [];
    const problems: FieldProblem[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const at = opts.batch ? `responses/${i}/` : '';
      // Cache hits skip the await: this loop runs for every single-item POST.
      const survey = this.cachedSurvey(auth.workspaceId, item.surveyId) ?? (await this.loadSurvey(auth.workspaceId, item.surveyId));
      if (!survey) {
        problems.push({ field: `${at}surveyId`, message: `no survey with id ${item.surveyId} in this workspace` });
        continue;
      }
      surveys.push(survey.row);
      const found = checkResponse(survey.row.kind, survey.questions, item, at);
      if (found.length > 0) problems.push(...found);
      if (problems.length >= 20) break;
    }
    if (problems.length > 0) {
      const first = problems[0]!;
      throw new AppError('validation_error', `${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, problems);
    }

    const job: IngestJob = { workspaceId: auth.workspaceId, items, surveys, batch: opts.batch, idempotencyKey: opts.idempotencyKey, requestHash };
    try {
      try {
        return await this.batcher.submitTo(this.ingestGroup, job);
      } catch (err) {
        // A cached team/location/employee id may point at a record another process just deleted: forget the
        // cache and try once more, which re-resolves (and re-creates) the names.
        if (!isForeignKeyViolation(err)) throw err;
        this.invalidateCaches();
        return await this.batcher.submitTo(this.ingestGroup, job);
      }
    } catch (err) {
      // A concurrent request with the same key won the race: answer as it did.
      if (opts.idempotencyKey && isUniqueViolation(err)) {
        const prior = await this.findIdempotent(auth.workspaceId, opts.idempotencyKey, requestHash);
        if (prior) return prior;
      }
      throw err;
    }
  }

  /**
   * Writes the ingest calls that share a group commit: their rows go into one multi-row INSERT (one statement per
   * 200 rows rather than one per call), then the events and idempotency records of each call.
   */
  private async writeIngests(ctx: BatchContext, jobs: IngestJob[]): Promise<IdempotentResult[]> {
    const now = nowIso();
    const rows: ResponseRow[] = [];
    const viewsOf: ResponseView[][] = [];
    for (const job of jobs) {
      const views: ResponseView[] = [];
      for (let i = 0; i < job.items.length; i++) {
        const item = job.items[i]!;
        // Known names and no person (the common case) need no query: build the row without awaiting.
        const { row, view } = this.prepareRowFromCache(job.workspaceId, item, job.surveys[i]!, now) ?? (await this.prepareRow(ctx, job.workspaceId, item, job.surveys[i]!, now));
        rows.push(row);
        views.push(view);
        ctx.buckets.add({ ...row, properties: view.properties }, 1);
      }
      viewsOf.push(views);
    }
    await this.insertResponses(ctx.trx, rows);
    // Subscribers get each workspace's new responses together, in the order they were submitted.
    for (let i = 0; i < jobs.length; ) {
      let j = i + 1;
      while (j < jobs.length && jobs[j]!.workspaceId === jobs[i]!.workspaceId) j++;
      await this.events.publish(ctx.trx, jobs[i]!.workspaceId, 'response.created', viewsOf.slice(i, j).flat());
      i = j;
    }
    const results: IdempotentResult[] = [];
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      const body = job.batch ? { data: viewsOf[i]! } : viewsOf[i]![0];
      if (job.idempotencyKey) {
        await ctx.trx
          .insertInto('idempotency_key')
          .values({ workspace_id: job.workspaceId, key: job.idempotencyKey, request_hash: job.requestHash, status_code: 201, body: JSON.stringify(body), created_at: now })
          .execute();
      }
      results.push({ statusCode: 201, body, replayed: false });
    }
    return results;
  }

  /**
   * Multi-row INSERT of responses, 200 rows per statement, of the columns prepareRow sets (every row has the same
   * keys). The SQL text is built here (identical on both databases but for placeholders): this is the hottest
   * statement, and Kysely's builder would compile one value node per column and row on every call.
   */
  private async insertResponses(trx: Transaction<DB>, rows: ResponseRow[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!) as (keyof ResponseRow)[];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const params: unknown[] = [];
      for (const r of chunk) for (const c of columns) params.push(r[c] ?? null);
      await trx.executeQuery(CompiledQuery.raw(insertResponsesSql(this.dialect, columns, chunk.length), params));
    }
  }

  private async findIdempotent(workspaceId: string, key: string, requestHash: string): Promise<IdempotentResult | null> {
    const prior = await this.db.selectFrom('idempotency_key').selectAll().where('workspace_id', '=', workspaceId).where('key', '=', key).executeTakeFirst();
    if (!prior) return null;
    if (prior.request_hash !== requestHash) {
      throw new AppError('idempotency_mismatch', 'this Idempotency-Key was already used with a different request body', [{ field: 'Idempotency-Key', message: 'reused with a different body' }]);
    }
    return { statusCode: prior.status_code, body: JSON.parse(prior.body) as unknown, replayed: true };
  }

  /**
   * The row and its API view for an item whose team, location and employee ids are cached and that names no
   * person; null when a query is needed (prepareRow).
   */
  private prepareRowFromCache(workspaceId: string, item: ResponseInput, survey: SurveyRow, now: string): { row: ResponseRow; view: ResponseView } | null {
    if (item.person || item.personId) return null;
    const team = item.team ? this.attribution.cached(workspaceId, 'team', item.team) : null;
    const location = item.location ? this.attribution.cached(workspaceId, 'location', item.location) : null;
    const employee = item.employee ? this.attribution.cached(workspaceId, 'employee', item.employee) : null;
    if (team === undefined || location === undefined || employee === undefined) return null;
    return rowAndView(workspaceId, item, survey, now, { team, location, employee }, null);
  }

  /** As prepareRowFromCache, resolving (and creating) names and the person inside the writing transaction. */
  private async prepareRow(ctx: BatchContext, workspaceId: string, item: ResponseInput, survey: SurveyRow, now: string): Promise<{ row: ResponseRow; view: ResponseView }> {
    const { trx, afterCommit } = ctx;
    const team = item.team ? await this.attribution.resolve(trx, workspaceId, 'team', item.team, now, afterCommit) : null;
    const location = item.location ? await this.attribution.resolve(trx, workspaceId, 'location', item.location, now, afterCommit) : null;
    const employee = item.employee
      ? await this.attribution.resolve(trx, workspaceId, 'employee', item.employee, now, afterCommit, { team_id: team?.id ?? null, location_id: location?.id ?? null })
      : null;
    const personId = item.personId ?? (item.person ? await upsertPerson(trx, workspaceId, item.person, now) : null);
    // A caller that passed a person id gets the stored person's details back; others get what they sent.
    const known = item.personId ? await trx.selectFrom('person').select(['email', 'name', 'external_id']).where('id', '=', item.personId).executeTakeFirst() : undefined;
    const person = personId
      ? {
          id: personId,
          email: known ? known.email : (item.person?.email?.trim().toLowerCase() ?? null),
          name: known ? known.name : (item.person?.name ?? null),
          externalId: known ? known.external_id : (item.person?.externalId ?? null),
        }
      : null;
    return rowAndView(workspaceId, item, survey, now, { team, location, employee }, person);
  }

  private joined(trx: Kysely<DB> | Transaction<DB>, workspaceId: string) {
    return trx
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .leftJoin('team', 'team.id', 'response.team_id')
      .leftJoin('location', 'location.id', 'response.location_id')
      .leftJoin('employee', 'employee.id', 'response.employee_id')
      .leftJoin('person', 'person.id', 'response.person_id')
      .leftJoin('response_analysis', 'response_analysis.response_id', 'response.id')
      .selectAll('response')
      .select([
        'survey.kind as kind',
        'team.name as team_name',
        'location.name as location_name',
        'employee.name as employee_name',
        'person.email as person_email',
        'person.name as person_name',
        'person.external_id as person_external_id',
        'response_analysis.language as language',
      ])
      .where('response.workspace_id', '=', workspaceId);
  }

  /** Frontline agents see only the feedback attributed to them (ownFeedbackOnly). */
  private agentScope<Q extends ReturnType<ResponseService['joined']>>(auth: Auth, q: Q): Q {
    const userId = ownFeedbackOnly(auth);
    if (userId === null) return q;
    return q.where('response.employee_id', 'in', (eb) => eb.selectFrom('employee').select('employee.id').where('employee.user_id', '=', userId)) as Q;
  }

  async list(auth: Auth, f: ResponseFilters): Promise<Page<ResponseView>> {
    requireAccess(auth, 'read');
    let q = this.agentScope(auth, this.joined(this.db, auth.workspaceId));
    if (f.surveyId) q = q.where('response.survey_id', '=', f.surveyId);
    const from = f.from ? lowerBound(f.from, 'from') : null;
    const to = f.to ? upperBound(f.to, 'to') : null;
    // as the metrics do: a reversed range is a mistake to name, not an empty answer
    if (from && to && from > to) throw invalid('from', 'must not be after to');
    if (from) q = q.where('response.created_at', '>=', from);
    if (to) q = q.where('response.created_at', '<=', to);
    if (f.teamId) q = q.where('response.team_id', '=', f.teamId);
    if (f.locationId) q = q.where('response.location_id', '=', f.locationId);
    if (f.employeeId) q = q.where('response.employee_id', '=', f.employeeId);
    if (f.channel) q = q.where('response.channel', '=', f.channel);
    if (f.personId) q = q.where('response.person_id', '=', f.personId);
    if (f.hasComment === true) q = q.where('response.comment', 'is not', null).where('response.comment', '!=', '');
    if (f.hasComment === false) q = q.where((eb) => eb.or([eb('response.comment', 'is', null), eb('response.comment', '=', '')]));
    if (f.theme) {
      // Theme ids are [a-z0-9_.:-] (taxonomy rules), so the quoted id cannot break out of the LIKE pattern.
      const pattern = `%"${f.theme.replace(/[^a-z0-9_.:-]/gi, '')}"%`;
      q = q.where('response.id', 'in', (eb) => eb.selectFrom('response_analysis').select('response_analysis.response_id').where('response_analysis.themes', 'like', pattern));
    }
    if (f.language) q = q.where('response_analysis.language', '=', f.language);
    if (f.feedbackType) {
      // properties are stored as JSON text written by toJson (no spaces), and the type is one of FEEDBACK_TYPES
      // (checked by the route), so this pattern matches exactly the feedback page's own property on both databases
      q = q.where('response.channel', '=', 'feedback_page').where('response.properties', 'like', `%"feedbackType":"${f.feedbackType}"%`);
    }
    const tag = f.tag?.trim();
    if (tag) q = q.where(this.hasTag(tag));
    if (f.q) {
      const needle = f.q;
      q = q.where(() => containsInsensitive(this.dialect, 'response.comment', needle));
    }
    if (f.group) {
      const group = f.group;
      q = q.where((eb) =>
        eb.or(
          (['nps', 'csat', 'ces'] as const).flatMap((kind) => {
            const range = groupRange(kind, group);
            return range ? [eb.and([eb('survey.kind', '=', kind), eb('response.score', '>=', range.min), eb('response.score', '<=', range.max)])] : [];
          }),
        ),
      );
    }
    return paginate(q, 'response', f, (r) => present(r as JoinedRow));
  }

  async get(auth: Auth, id: string): Promise<ResponseView> {
    requireAccess(auth, 'read');
    const row = await this.agentScope(auth, this.joined(this.db, auth.workspaceId)).where('response.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('response');
    return present(row as JoinedRow);
  }

  /** Updates a response in part (e.g. the comment arriving after the score), moving its bucket counts. */
  async update(auth: Auth, id: string, patch: ResponsePatch): Promise<ResponseView> {
    requireAccess(auth, 'write');
    const current = await this.db.selectFrom('response').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!current) throw notFound('response');
    const cached = await this.loadSurvey(auth.workspaceId, current.survey_id);
    if (!cached) throw notFound('survey');
    const survey = cached.row;
    const problems = checkResponse(survey.kind, cached.questions, patch, '', true);
    if (problems.length > 0) throw new AppError('validation_error', `${problems[0]!.field}: ${problems[0]!.message}`, problems);
    const tags = patch.tags !== undefined ? replacedTags(patch.tags) : undefined;
    // Only tags: subscribers that act on what the customer said (alert rules, text analytics) are not told again.
    const tagsOnly = tags !== undefined && Object.entries(patch).every(([k, v]) => k === 'tags' || v === undefined);

    await this.batcher.submit(async (ctx) => {
      const { trx, afterCommit } = ctx;
      const now = nowIso();
      const row = await trx.selectFrom('response').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const next: ResponseRow = { ...row, updated_at: now };
      if (patch.score !== undefined) next.score = patch.score;
      if (patch.comment !== undefined) next.comment = patch.comment;
      if (patch.channel !== undefined) next.channel = patch.channel;
      if (patch.answers !== undefined) next.answers = toJson(mergeProperties(parseJson(row.answers, {}), patch.answers));
      if (patch.properties !== undefined) next.properties = toJson(mergeProperties(parseJson(row.properties, {}), patch.properties));
      if (patch.team !== undefined) next.team_id = patch.team ? (await this.attribution.resolve(trx, auth.workspaceId, 'team', patch.team, now, afterCommit)).id : null;
      if (patch.location !== undefined) next.location_id = patch.location ? (await this.attribution.resolve(trx, auth.workspaceId, 'location', patch.location, now, afterCommit)).id : null;
      if (patch.employee !== undefined) next.employee_id = patch.employee ? (await this.attribution.resolve(trx, auth.workspaceId, 'employee', patch.employee, now, afterCommit)).id : null;
      if (tags !== undefined) next.tags = toJson(tags);
      if (!tagsOnly) {
        ctx.buckets.add(bucketSource(row), -1);
        ctx.buckets.add(bucketSource(next), 1);
      }
      const { id: _id, ...values } = next;
      await trx.updateTable('response').set(values).where('id', '=', id).execute();
      const view = await this.joined(trx, auth.workspaceId).where('response.id', '=', id).executeTakeFirstOrThrow();
      await this.events.publish(trx, auth.workspaceId, 'response.updated', [present(view as JoinedRow)], tagsOnly ? 'tags' : 'content');
    });
    return this.get(auth, id);
  }

  /** Adds tags to a response (those it has already, in any case, stay as they are). */
  addTags(auth: Auth, id: string, tags: string[]): Promise<ResponseView> {
    return this.changeTags(auth, id, (current) => addedTags(current, tags));
  }

  /** Removes one tag from a response (case ignored); removing a tag it does not have changes nothing. */
  removeTag(auth: Auth, id: string, tag: string): Promise<ResponseView> {
    return this.changeTags(auth, id, (current) => removedTag(current, tag));
  }

  /**
   * Changes a response's tags from the ones it has when written: the row is read in the writing transaction (and
   * locked on PostgreSQL), so two managers adding tags at once lose nothing. (The alert engine's own addTags reads
   * without that lock, so a rule tagging in the same instant could still overwrite: loop/alert-engine.ts.)
   * Nothing is written, nor announced, when the tags stay the same.
   */
  private async changeTags(auth: Auth, id: string, change: (current: string[]) => string[]): Promise<ResponseView> {
    requireAccess(auth, 'write');
    await this.batcher.submit(async ({ trx }) => {
      let q = trx.selectFrom('response').select('tags').where('workspace_id', '=', auth.workspaceId).where('id', '=', id);
      if (this.dialect === 'postgres') q = q.forUpdate();
      const row = await q.executeTakeFirst();
      if (!row) throw notFound('response');
      const current = parseJson<string[]>(row.tags, []);
      const next = change(current);
      if (sameTags(current, next)) return;
      await trx.updateTable('response').set({ tags: toJson(next), updated_at: nowIso() }).where('id', '=', id).execute();
      const view = await this.joined(trx, auth.workspaceId).where('response.id', '=', id).executeTakeFirstOrThrow();
      await this.events.publish(trx, auth.workspaceId, 'response.updated', [present(view as JoinedRow)], 'tags');
    });
    return this.get(auth, id);
  }

  /**
   * Whether a response has `tag` among its tags, case ignored: an exact match of one element of the JSON list (not
   * a substring of the text, where "vip" would also find "not vip"). SQLite's lower() folds ASCII letters only, so
   * there "É" and "é" stay different; PostgreSQL folds every letter.
   */
  private hasTag(tag: string) {
    const tags = sql.ref('response.tags');
    return this.dialect === 'postgres'
      ? sql<boolean>`exists (select 1 from jsonb_array_elements_text(${tags}::jsonb) as t(v) where lower(t.v) = lower(${tag}))`
      : sql<boolean>`exists (select 1 from json_each(${tags}) as t where lower(t.value) = lower(${tag}))`;
  }

  /**
   * The responses of a person that `auth` may see (agents: only their own feedback), but `exceptId`, newest first,
   * with their survey's name: the first `limit` and how many there are in all (a response page's customer history).
   */
  async ofPerson(auth: Auth, personId: string, exceptId: string, limit: number): Promise<{ data: (ResponseView & { surveyName: string; surveyKind: SurveyKind })[]; total: number }> {
    requireAccess(auth, 'read');
    const base = this.agentScope(auth, this.joined(this.db, auth.workspaceId)).where('response.person_id', '=', personId).where('response.id', '!=', exceptId);
    const rows = await base.select('survey.name as survey_name').orderBy('response.created_at', 'desc').orderBy('response.id', 'desc').limit(limit).execute();
    const total = rows.length < limit ? rows.length : Number((await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { data: rows.map((r) => ({ ...present(r as JoinedRow), surveyName: r.survey_name, surveyKind: r.kind })), total };
  }

  async delete(auth: Auth, id: string): Promise<void> {
    requireAccess(auth, 'write');
    await this.batcher.submit(async (ctx) => {
      const row = await ctx.trx.selectFrom('response').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('response');
      ctx.buckets.add(bucketSource(row), -1);
      await ctx.trx.deleteFrom('response').where('id', '=', id).execute();
    });
  }

  /** Recomputes every bucket of a survey from its responses (repair tool; also proves the incremental path). */
  async rebuildBuckets(surveyId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('metric_bucket').where('survey_id', '=', surveyId).execute();
      let last = '';
      for (;;) {
        const rows = await trx.selectFrom('response').selectAll().where('survey_id', '=', surveyId).where('id', '>', last).orderBy('id').limit(5000).execute();
        if (rows.length === 0) break;
        const deltas = new BucketDeltas();
        for (const r of rows) deltas.add(bucketSource(r), 1);
        await deltas.apply(trx, this.dialect);
        last = rows[rows.length - 1]!.id;
      }
    });
  }
}
