/**
 * The Delighted-compatible API's logic: Delighted's shapes in and out, over Clearloop's services. Writes go through
 * the owning services (people, responses, distribution) so that validation, metric buckets, webhooks and sends
 * behave exactly as for the native API; reads that need Delighted's order and paging query the tables directly,
 * always filtered on the caller's workspace.
 *
 * Which survey: Delighted had one survey per account (project). The API key's name may name one
 * (`… survey:<id>`); otherwise the workspace's oldest active NPS survey is used, and "Delighted NPS" is created the
 * first time a write needs a survey and there is none.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { PersonRow, ResponseRow, SurveyRow } from '../../db/tables.ts';
import { AppError, type FieldProblem } from '../../shared/errors.ts';
import { decodeCursor, encodeCursor } from '../../shared/cursor.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import { normalizePersonEmail, type PersonInput } from '../directory/person.service.ts';
import type { ResponsePatch } from '../responses/response.service.ts';
import { responseLink } from '../loop/links.ts';
import { MAX_PROPERTIES } from '../responses/response.validate.ts';
import type { Question } from '../surveys/survey.service.ts';
import { parseJson } from '../../shared/json.ts';
import { fromDelightedId, fromUnix, toDelightedId, toUnix } from './delighted-ids.ts';

export const DEFAULT_SURVEY_NAME = 'Delighted NPS';
export const CHANNEL = 'delighted_api';
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
/** Response properties that carry Delighted data with no Clearloop column (set by the export importer). */
export const TAGS_PROPERTY = 'delighted_tags';
export const NOTES_PROPERTY = 'delighted_notes';
const HIDDEN_PROPERTIES = new Set([TAGS_PROPERTY, NOTES_PROPERTY]);
const MAX_DELAY_SECONDS = 365 * 86_400;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
/** A survey named in an API key's name, e.g. "Shop checkout survey:0190f0c2-…" or "… survey=1234…". */
const KEY_SURVEY = /\bsurvey\s*[:=]\s*([0-9a-fA-F-]{36}|\d{1,39})\b/;

/** An error in Delighted's format: `{"status", "message", "errors"?}`. */
export class DelightedError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export function unprocessable(field: string, message: string): DelightedError {
  return new DelightedError(422, 'Unprocessable Entity', { [field]: [message] });
}

/** Turns a Clearloop validation/conflict error into a 422 with Delighted's field names. */
function renamed(err: unknown, names: Record<string, string>): unknown {
  if (!(err instanceof AppError) || (err.code !== 'validation_error' && err.code !== 'conflict')) return err;
  const errors: Record<string, string[]> = {};
  const fields: FieldProblem[] = err.fields.length > 0 ? err.fields : [{ field: 'base', message: err.message }];
  for (const f of fields) {
    const head = f.field.split('/')[0] ?? f.field;
    const name = names[head] ?? head;
    (errors[name] ??= []).push(f.message);
  }
  return new DelightedError(422, 'Unprocessable Entity', errors);
}

export interface DelightedPerson {
  id: string;
  email: string | null;
  name: string | null;
  created_at: number | null;
  phone_number: string | null;
  last_sent_at: number | null;
  last_responded_at: number | null;
  next_survey_scheduled_at: number | null;
}

export interface DelightedResponse {
  id: string;
  person: string | Record<string, unknown> | null;
  survey_type: string;
  score: number | null;
  comment: string | null;
  permalink: string;
  created_at: number | null;
  updated_at: number | null;
  person_properties: Record<string, unknown> | null;
  notes: unknown[];
  tags: string[];
  additional_answers: unknown[];
}

export interface PeopleQuery {
  per_page?: number | undefined;
  page_info?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
  email?: string | undefined;
  phone_number?: string | undefined;
}

export interface ResponsesQuery {
  per_page?: number | undefined;
  page?: number | undefined;
  since?: number | undefined;
  until?: number | undefined;
  updated_since?: number | undefined;
  updated_until?: number | undefined;
  trend?: string | undefined;
  person_id?: string | undefined;
  person_email?: string | undefined;
  order?: string | undefined;
  expand: string[];
}

export interface SendToPersonInput {
  email?: string | undefined;
  phone_number?: string | undefined;
  name?: string | undefined;
  delay?: number | undefined;
  send?: boolean | undefined;
  channel?: string | undefined;
  properties?: Record<string, unknown> | undefined;
  email_update?: string | undefined;
  phone_number_update?: string | undefined;
}

export interface ResponseCreateInput {
  person?: unknown;
  person_email?: string | undefined;
  score?: number | undefined;
  comment?: string | null | undefined;
  person_properties?: Record<string, unknown> | undefined;
  created_at?: number | undefined;
  additional_answers?: unknown;
}

export interface ResponseUpdateInput {
  score?: number | undefined;
  comment?: string | null | undefined;
  person_properties?: Record<string, unknown> | null | undefined;
  additional_answers?: unknown;
}

type ResponseJoined = ResponseRow & { person_email: string | null; person_name: string | null; person_phone: string | null; person_created_at: string | null };

const QUESTION_TYPES: Record<Question['type'], string> = { text: 'free_response', rating: 'scale', single_choice: 'select_one', multiple_choice: 'select_many' };

/** Clearloop answers → Delighted's additional_answers (the answer's id is the question's id). */
export function presentAnswers(answers: Record<string, unknown>, questions: Question[]): unknown[] {
  const out: unknown[] = [];
  for (const q of questions) {
    const v = answers[q.id];
    if (v === undefined || v === null) continue;
    const value: Record<string, unknown> = { free_response: null, scale: null, select_one: null, select_many: null };
    if (q.type === 'text') value.free_response = String(v);
    else if (q.type === 'rating') value.scale = Number(v);
    else if (q.type === 'single_choice') value.select_one = { id: String(v), text: String(v) };
    else value.select_many = (Array.isArray(v) ? v : [v]).map((x) => ({ id: String(x), text: String(x) }));
    out.push({ id: q.id, value, question: { id: q.id, type: QUESTION_TYPES[q.type], text: q.label } });
  }
  return out;
}

/** Delighted's additional_answers (array of {question: {id}, value: {...}}, or {questionId: value}) → Clearloop answers. */
export function parseAnswers(input: unknown, questions: Question[]): Record<string, unknown> {
  const items: { id: string; value: unknown }[] = [];
  if (Array.isArray(input)) {
    for (const item of input) {
      if (typeof item !== 'object' || item === null) throw unprocessable('additional_answers', 'must be a list of {question: {id}, value}');
      const o = item as Record<string, unknown>;
      const q = o.question as Record<string, unknown> | undefined;
      const id = q?.id ?? o.question_id ?? o.id;
      if (typeof id !== 'string' && typeof id !== 'number') throw unprocessable('additional_answers', 'each answer needs question.id');
      items.push({ id: String(id), value: o.value !== undefined ? o.value : o.answer });
    }
  } else if (typeof input === 'object' && input !== null) {
    for (const [id, value] of Object.entries(input)) items.push({ id, value });
  } else {
    throw unprocessable('additional_answers', 'must be a list of answers');
  }
  const out: Record<string, unknown> = {};
  for (const { id, value } of items) {
    const q = questions.find((x) => x.id === id);
    if (!q) throw unprocessable('additional_answers', `no question with id ${id} in this survey`);
    if (value === null) {
      out[id] = null;
      continue;
    }
    const v = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const text = (x: unknown) => (typeof x === 'object' && x !== null ? (x as { text?: unknown }).text : x);
    switch (q.type) {
      case 'text':
        out[id] = v ? v.free_response : value;
        break;
      case 'rating':
        out[id] = Number(v ? v.scale : value);
        break;
      case 'single_choice':
        out[id] = text(v ? v.select_one : value);
        break;
      case 'multiple_choice': {
        const raw = v ? v.select_many : value;
        out[id] = (Array.isArray(raw) ? raw : [raw]).map(text);
        break;
      }
    }
  }
  return out;
}

function checkProperties(props: Record<string, unknown> | undefined | null, field: string): void {
  if (!props) return;
  if (Object.keys(props).length > MAX_PROPERTIES) throw unprocessable(field, `must have at most ${MAX_PROPERTIES} keys`);
  for (const [k, v] of Object.entries(props)) {
    if (k.length > 100) throw unprocessable(field, `key "${k.slice(0, 20)}…" is longer than 100 characters`);
    if (v !== null && typeof v === 'object') throw unprocessable(field, `"${k}" must be text, a number or a boolean`);
    if (typeof v === 'string' && v.length > 1000) throw unprocessable(field, `"${k}" must be at most 1000 characters`);
  }
}

function checkUnix(value: number | undefined, field: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > 253402300799)) throw unprocessable(field, 'must be a Unix timestamp in seconds');
}

export class DelightedService {
  private creating = new Map<string, Promise<SurveyRow>>();

  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** The survey this key works with (see the file comment); null when there is none and `create` is false. */
  async survey(auth: Auth, create: boolean): Promise<SurveyRow | null> {
    if (auth.apiKeyId) {
      const key = await this.db.selectFrom('api_key').select('name').where('id', '=', auth.apiKeyId).where('workspace_id', '=', auth.workspaceId).executeTakeFirst();
      const named = key ? KEY_SURVEY.exec(key.name)?.[1] : undefined;
      if (named) {
        const id = fromDelightedId(named);
        const row = id ? await this.db.selectFrom('survey').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst() : undefined;
        if (!row) throw unprocessable('survey', `the API key's name names survey ${named}, which does not exist in this workspace`);
        return row;
      }
    }
    const first = await this.db
      .selectFrom('survey')
      .selectAll()
      .where('workspace_id', '=', auth.workspaceId)
      .where('kind', '=', 'nps')
      .where('purpose', '=', 'survey')
      .where('status', '=', 'active')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .limit(1)
      .executeTakeFirst();
    if (first || !create) return first ?? null;
    // One creation per workspace at a time in this process, so that concurrent first calls share one survey.
    let pending = this.creating.get(auth.workspaceId);
    if (!pending) {
      pending = this.ctx.surveys
        .create(auth, { name: DEFAULT_SURVEY_NAME, kind: 'nps' })
        .then((v) => this.ctx.surveys.getRow(auth.workspaceId, v.id))
        .finally(() => this.creating.delete(auth.workspaceId));
      this.creating.set(auth.workspaceId, pending);
    }
    return pending;
  }

  private personBy(workspaceId: string, field: 'id' | 'email' | 'phone', value: string) {
    return this.db.selectFrom('person').selectAll().where('workspace_id', '=', workspaceId).where(field, '=', value).orderBy('created_at', 'asc').limit(1).executeTakeFirst();
  }

  /** `42…`, a UUID, `email:addr` or `phone_number:+1…` → the person, or 404. */
  async findPerson(auth: Auth, identifier: string): Promise<PersonRow> {
    let row: PersonRow | undefined;
    if (identifier.startsWith('email:')) row = await this.personBy(auth.workspaceId, 'email', normalizePersonEmail(identifier.slice(6))!);
    else if (identifier.startsWith('phone_number:')) row = await this.personBy(auth.workspaceId, 'phone', identifier.slice(13).trim());
    else {
      const id = fromDelightedId(identifier);
      if (id) row = await this.personBy(auth.workspaceId, 'id', id);
    }
    if (!row) throw new DelightedError(404, 'Not Found');
    return row;
  }

  async presentPeople(workspaceId: string, rows: PersonRow[]): Promise<DelightedPerson[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [sent, scheduled, responded] = await Promise.all([
      this.db
        .selectFrom('survey_send')
        .select(['person_id', (eb) => eb.fn.max('sent_at').as('at')])
        .where('workspace_id', '=', workspaceId)
        .where('person_id', 'in', ids)
        .where('sent_at', 'is not', null)
        .groupBy('person_id')
        .execute(),
      this.db
        .selectFrom('survey_send')
        .select(['person_id', (eb) => eb.fn.min('scheduled_at').as('at')])
        .where('workspace_id', '=', workspaceId)
        .where('person_id', 'in', ids)
        .where('status', '=', 'scheduled')
        .groupBy('person_id')
        .execute(),
      this.db
        .selectFrom('response')
        .select(['person_id', (eb) => eb.fn.max('created_at').as('at')])
        .where('workspace_id', '=', workspaceId)
        .where('person_id', 'in', ids)
        .groupBy('person_id')
        .execute(),
    ]);
    const map = (list: { person_id: string | null; at: string | null }[]) => new Map(list.map((x) => [x.person_id, toUnix(x.at)]));
    const s = map(sent);
    const n = map(scheduled);
    const r = map(responded);
    return rows.map((p) => ({
      id: toDelightedId(p.id),
      email: p.email,
      name: p.name,
      created_at: toUnix(p.created_at),
      phone_number: p.phone,
      last_sent_at: s.get(p.id) ?? null,
      last_responded_at: r.get(p.id) ?? null,
      next_survey_scheduled_at: n.get(p.id) ?? null,
    }));
  }

  /** GET /people: oldest first, cursor paging (`page_info`); `next` is the cursor of the next page. */
  async listPeople(auth: Auth, q: PeopleQuery): Promise<{ people: DelightedPerson[]; next: string | null }> {
    requireAccess(auth, 'read');
    if (q.email && q.phone_number) throw unprocessable('email', 'give email or phone_number, not both');
    checkUnix(q.since, 'since');
    checkUnix(q.until, 'until');
    const limit = Math.min(Math.max(q.per_page ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
    let query = this.db.selectFrom('person').selectAll().where('workspace_id', '=', auth.workspaceId);
    if (q.email) query = query.where('email', '=', normalizePersonEmail(q.email)!);
    if (q.phone_number) query = query.where('phone', '=', q.phone_number.trim());
    if (q.since !== undefined) query = query.where('created_at', '>=', fromUnix(q.since));
    if (q.until !== undefined) query = query.where('created_at', '<', fromUnix(q.until + 1));
    if (q.page_info) {
      let pos;
      try {
        pos = decodeCursor(q.page_info);
      } catch {
        throw unprocessable('page_info', 'is not a page_info returned by this API');
      }
      query = query.where(sql<boolean>`(created_at > ${pos.createdAt} OR (created_at = ${pos.createdAt} AND id > ${pos.id}))`);
    }
    const rows = await query.orderBy('created_at', 'asc').orderBy('id', 'asc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { people: await this.presentPeople(auth.workspaceId, page), next: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null };
  }

  /** POST /people: creates or updates the person (by email, else phone number) and schedules a survey unless send is false. */
  async sendToPerson(auth: Auth, input: SendToPersonInput): Promise<{ created: boolean; body: Record<string, unknown> }> {
    requireAccess(auth, 'write');
    const email = normalizePersonEmail(input.email?.trim() || undefined) ?? undefined;
    const phone = input.phone_number?.trim() || undefined;
    if (!email && !phone) throw new DelightedError(422, 'Unprocessable Entity', { email: ["can't be blank"], phone_number: ["can't be blank"] });
    if (email && !EMAIL.test(email)) throw unprocessable('email', 'is invalid');
    if (phone && !E164.test(phone)) throw unprocessable('phone_number', 'must be in E.164 format, e.g. +14155551212');
    if (input.email_update !== undefined && !EMAIL.test(input.email_update.trim())) throw unprocessable('email_update', 'is invalid');
    if (input.phone_number_update !== undefined && !E164.test(input.phone_number_update.trim())) throw unprocessable('phone_number_update', 'must be in E.164 format');
    checkProperties(input.properties, 'properties');
    const send = input.send !== false;
    const delay = input.delay ?? 0;
    if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_SECONDS) throw unprocessable('delay', `must be a whole number of seconds from 0 to ${MAX_DELAY_SECONDS}`);
    if (send && input.channel !== undefined && input.channel !== 'email') {
      throw unprocessable('channel', input.channel === 'sms' ? 'sms is not supported by Clearloop; use email' : 'must be email or sms');
    }

    const props = input.properties ?? {};
    const existing = email ? await this.personBy(auth.workspaceId, 'email', email) : await this.personBy(auth.workspaceId, 'phone', phone!);
    if (send && !email && !existing?.email && !input.email_update) throw unprocessable('email', "can't be blank (an email survey needs an email address)");

    const patch: PersonInput = {};
    if (input.name !== undefined && input.name.trim() !== '') patch.name = input.name.trim().slice(0, 200);
    if (phone && phone !== existing?.phone) patch.phone = phone;
    if (input.email_update !== undefined) patch.email = input.email_update.trim();
    if (input.phone_number_update !== undefined) patch.phone = input.phone_number_update.trim();
    const customerId = props.customer_id;
    if (customerId !== undefined && customerId !== null && String(customerId) !== '' && String(customerId) !== existing?.external_id) patch.externalId = String(customerId).slice(0, 200);
    if (typeof props.locale === 'string' && props.locale.trim() !== '') patch.locale = props.locale.trim().slice(0, 35);
    if (Object.keys(props).length > 0) patch.properties = props;

    let personId: string;
    try {
      if (existing) {
        personId = existing.id;
        if (Object.keys(patch).length > 0) await this.ctx.people.update(auth, existing.id, patch);
      } else {
        personId = (await this.ctx.people.create(auth, { ...patch, email: email ?? null })).id;
      }
    } catch (err) {
      throw renamed(err, { externalId: 'properties', locale: 'properties', phone: 'phone_number' });
    }

    let scheduledAt: number | undefined;
    if (send) {
      const survey = (await this.survey(auth, true))!;
      try {
        const result = await this.ctx.distribution.schedule(auth, survey.id, {
          people: [{ personId }],
          at: new Date(Date.now() + delay * 1000).toISOString(),
          channel: 'email',
          properties: props,
        });
        const s = result.sends[0];
        if (s) scheduledAt = toUnix(s.scheduledAt) ?? undefined;
      } catch (err) {
        throw renamed(err, { at: 'delay' });
      }
    }
    const row = (await this.personBy(auth.workspaceId, 'id', personId))!;
    const body: Record<string, unknown> = {
      id: toDelightedId(row.id),
      email: row.email,
      name: row.name,
      created_at: toUnix(row.created_at),
      phone_number: row.phone,
      properties: parseJson(row.properties, {}),
    };
    if (scheduledAt !== undefined) body.survey_scheduled_at = scheduledAt;
    return { created: !existing, body };
  }

  /** DELETE /people/:identifier — the person and everything about them: responses, sends, unsubscribe and bounce records. */
  async deletePerson(auth: Auth, identifier: string): Promise<void> {
    requireAccess(auth, 'write');
    const person = await this.findPerson(auth, identifier);
    const responses = await this.db.selectFrom('response').select('id').where('workspace_id', '=', auth.workspaceId).where('person_id', '=', person.id).execute();
    // One by one through the service, so that metric buckets and webhooks see each deletion.
    for (const r of responses) await this.ctx.responses.delete(auth, r.id);
    await this.db.deleteFrom('email_event').where('workspace_id', '=', auth.workspaceId).where('person_id', '=', person.id).execute();
    await this.ctx.people.delete(auth, person.id); // sends go with the person (ON DELETE CASCADE)
  }

  /** DELETE /people/:email/survey_requests/pending */
  async cancelPending(auth: Auth, email: string): Promise<number> {
    requireAccess(auth, 'write');
    const person = await this.personBy(auth.workspaceId, 'email', normalizePersonEmail(email)!);
    if (!person) throw new DelightedError(404, 'Not Found');
    return this.ctx.distribution.cancelPendingForPerson(auth.workspaceId, person.id);
  }

  async unsubscribe(auth: Auth, email: string | undefined): Promise<void> {
    requireAccess(auth, 'write');
    const address = email?.trim();
    if (!address) throw unprocessable('person_email', "can't be blank");
    if (!EMAIL.test(address)) throw unprocessable('person_email', 'is invalid');
    await this.ctx.distribution.unsubscribeEmail(auth.workspaceId, address, CHANNEL);
  }

  /** GET /unsubscribes and /bounces: people, in the order they unsubscribed or bounced (oldest first). */
  async listSuppressed(
    auth: Auth,
    kind: 'unsubscribed' | 'bounced',
    q: { per_page?: number | undefined; page?: number | undefined; since?: number | undefined; until?: number | undefined },
  ): Promise<Record<string, unknown>[]> {
    requireAccess(auth, 'read');
    checkUnix(q.since, 'since');
    checkUnix(q.until, 'until');
    const column = kind === 'unsubscribed' ? 'unsubscribed_at' : 'bounced_at';
    const perPage = Math.min(Math.max(q.per_page ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
    const page = Math.max(q.page ?? 1, 1);
    let query = this.db.selectFrom('person').selectAll().where('workspace_id', '=', auth.workspaceId).where(column, 'is not', null);
    if (q.since !== undefined) query = query.where(column, '>=', fromUnix(q.since));
    if (q.until !== undefined) query = query.where(column, '<', fromUnix(q.until + 1));
    const rows = await query
      .orderBy(column, 'asc')
      .orderBy('id', 'asc')
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute();
    return rows.map((p) => ({ person_id: toDelightedId(p.id), email: p.email, name: p.name, [`${kind}_at`]: toUnix(p[column]) }));
  }

  private joined(workspaceId: string) {
    return this.db
      .selectFrom('response')
      .leftJoin('person', 'person.id', 'response.person_id')
      .selectAll('response')
      .select(['person.email as person_email', 'person.name as person_name', 'person.phone as person_phone', 'person.created_at as person_created_at'])
      .where('response.workspace_id', '=', workspaceId);
  }

  private presentResponse(row: ResponseJoined, survey: SurveyRow, expand: ReadonlySet<string>): DelightedResponse {
    const props = parseJson<Record<string, unknown>>(row.properties, {});
    const visible = Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN_PROPERTIES.has(k)));
    const tags = typeof props[TAGS_PROPERTY] === 'string' ? (props[TAGS_PROPERTY] as string).split(',').map((t) => t.trim()).filter((t) => t !== '') : [];
    const noteText = typeof props[NOTES_PROPERTY] === 'string' && props[NOTES_PROPERTY] !== '' ? (props[NOTES_PROPERTY] as string) : null;
    const noteId = `${toDelightedId(row.id)}1`;
    const notes = noteText === null ? [] : expand.has('notes') ? [{ id: noteId, text: noteText, user_email: null, created_at: toUnix(row.created_at) }] : [noteId];
    const person =
      row.person_id === null
        ? null
        : expand.has('person')
          ? { id: toDelightedId(row.person_id), email: row.person_email, name: row.person_name, created_at: toUnix(row.person_created_at), phone_number: row.person_phone }
          : toDelightedId(row.person_id);
    return {
      id: toDelightedId(row.id),
      person,
      survey_type: survey.kind,
      score: row.score,
      comment: row.comment,
      permalink: responseLink(this.ctx.config.publicUrl, row.id),
      created_at: toUnix(row.created_at),
      updated_at: toUnix(row.updated_at),
      person_properties: Object.keys(visible).length > 0 ? visible : null,
      notes,
      tags,
      additional_answers: presentAnswers(parseJson(row.answers, {}), parseJson<Question[]>(survey.questions, [])),
    };
  }

  async listResponses(auth: Auth, q: ResponsesQuery): Promise<DelightedResponse[]> {
    requireAccess(auth, 'read');
    for (const f of ['since', 'until', 'updated_since', 'updated_until'] as const) checkUnix(q[f], f);
    const order = q.order ?? 'asc';
    if (!['asc', 'desc', 'asc:updated_at', 'desc:updated_at'].includes(order)) throw unprocessable('order', 'must be asc, desc, asc:updated_at or desc:updated_at');
    const survey = await this.survey(auth, false);
    if (!survey) return [];
    let query = this.joined(auth.workspaceId).where('response.survey_id', '=', survey.id);
    if (q.since !== undefined) query = query.where('response.created_at', '>=', fromUnix(q.since));
    if (q.until !== undefined) query = query.where('response.created_at', '<', fromUnix(q.until + 1));
    if (q.updated_since !== undefined) query = query.where('response.updated_at', '>=', fromUnix(q.updated_since));
    if (q.updated_until !== undefined) query = query.where('response.updated_at', '<', fromUnix(q.updated_until + 1));
    if (q.trend !== undefined) query = query.where('response.team_id', '=', await this.trendTeam(auth, q.trend));
    if (q.person_id !== undefined) {
      const id = fromDelightedId(q.person_id);
      if (!id) throw unprocessable('person_id', 'is not a person id');
      query = query.where('response.person_id', '=', id);
    }
    if (q.person_email !== undefined) query = query.where('person.email', '=', normalizePersonEmail(q.person_email)!);
    const [dir, col] = order.split(':') as ['asc' | 'desc', string | undefined];
    const column = col === 'updated_at' ? 'response.updated_at' : 'response.created_at';
    const perPage = Math.min(Math.max(q.per_page ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
    const page = Math.max(q.page ?? 1, 1);
    const rows = await query
      .orderBy(column, dir)
      .orderBy('response.id', dir)
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute();
    const expand = new Set(q.expand);
    return rows.map((r) => this.presentResponse(r as ResponseJoined, survey, expand));
  }

  /** A Delighted "trend" (a saved segment) is a Clearloop team here: its id in either form. */
  private async trendTeam(auth: Auth, trend: string): Promise<string> {
    const id = fromDelightedId(trend);
    const team = id ? await this.db.selectFrom('team').select('id').where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst() : undefined;
    if (!team) throw unprocessable('trend', `no trend (team) with id ${trend}`);
    return team.id;
  }

  async getResponse(auth: Auth, id: string, expand: string[] = []): Promise<DelightedResponse> {
    requireAccess(auth, 'read');
    const uuid = fromDelightedId(id);
    const row = uuid ? await this.joined(auth.workspaceId).where('response.id', '=', uuid).executeTakeFirst() : undefined;
    if (!row) throw new DelightedError(404, 'Not Found');
    const survey = await this.ctx.surveys.getRow(auth.workspaceId, row.survey_id);
    return this.presentResponse(row as ResponseJoined, survey, new Set(expand));
  }

  /** POST /survey_responses: `person` is a person id (either form) or an email address (the person is created when new). */
  async createResponse(auth: Auth, input: ResponseCreateInput): Promise<DelightedResponse> {
    requireAccess(auth, 'write');
    if (input.score === undefined || input.score === null) throw unprocessable('score', "can't be blank");
    checkUnix(input.created_at, 'created_at');
    checkProperties(input.person_properties, 'person_properties');
    const ref = input.person ?? input.person_email;
    if (ref === undefined || ref === null || ref === '') throw unprocessable('person', "can't be blank");
    if (typeof ref !== 'string' && typeof ref !== 'number') throw unprocessable('person', 'must be a person id or an email address');
    let personId: string;
    const refText = String(ref).trim();
    if (refText.includes('@')) {
      if (!EMAIL.test(refText)) throw unprocessable('person', 'is not a valid email address');
      const found = await this.personBy(auth.workspaceId, 'email', normalizePersonEmail(refText)!);
      personId = found ? found.id : (await this.ctx.people.create(auth, { email: refText })).id;
    } else {
      const id = fromDelightedId(refText);
      const found = id ? await this.personBy(auth.workspaceId, 'id', id) : undefined;
      if (!found) throw unprocessable('person', `no person with id ${refText}`);
      personId = found.id;
    }
    const survey = (await this.survey(auth, true))!;
    const answers = input.additional_answers !== undefined ? parseAnswers(input.additional_answers, parseJson<Question[]>(survey.questions, [])) : undefined;
    let id: string;
    try {
      const result = await this.ctx.responses.ingest(
        auth,
        [
          {
            surveyId: survey.id,
            score: input.score,
            comment: input.comment ?? null,
            personId,
            channel: CHANNEL,
            properties: input.person_properties,
            answers,
            createdAt: input.created_at !== undefined ? fromUnix(input.created_at) : undefined,
          },
        ],
        { batch: false },
      );
      id = (result.body as { id: string }).id;
    } catch (err) {
      throw renamed(err, { createdAt: 'created_at', properties: 'person_properties', answers: 'additional_answers', surveyId: 'survey' });
    }
    return this.getResponse(auth, id);
  }

  /** PUT /survey_responses/:id: score, comment, person_properties (merged; null removes a key) and additional_answers. */
  async updateResponse(auth: Auth, id: string, input: ResponseUpdateInput): Promise<DelightedResponse> {
    requireAccess(auth, 'write');
    const uuid = fromDelightedId(id);
    const row = uuid ? await this.db.selectFrom('response').select(['id', 'survey_id']).where('workspace_id', '=', auth.workspaceId).where('id', '=', uuid).executeTakeFirst() : undefined;
    if (!row) throw new DelightedError(404, 'Not Found');
    checkProperties(input.person_properties, 'person_properties');
    const patch: ResponsePatch = {};
    if (input.score !== undefined) patch.score = input.score;
    if (input.comment !== undefined) patch.comment = input.comment;
    if (input.person_properties) patch.properties = input.person_properties;
    if (input.additional_answers !== undefined && input.additional_answers !== null) {
      const survey = await this.ctx.surveys.getRow(auth.workspaceId, row.survey_id);
      const list = input.additional_answers;
      // The client's save() sends back what it read; an empty list changes nothing.
      if (!(Array.isArray(list) && list.length === 0)) patch.answers = parseAnswers(list, parseJson<Question[]>(survey.questions, []));
    }
    try {
      await this.ctx.responses.update(auth, row.id, patch);
    } catch (err) {
      throw renamed(err, { properties: 'person_properties', answers: 'additional_answers' });
    }
    return this.getResponse(auth, row.id);
  }

  /**
   * GET /metrics over the survey's responses created in [since, until] (all time by default). NPS = %promoters (9–10)
   * − %detractors (0–6), rounded to a whole number as Delighted showed it; percentages have one decimal.
   */
  async metrics(auth: Auth, q: { since?: number | undefined; until?: number | undefined; trend?: string | undefined }): Promise<Record<string, number>> {
    requireAccess(auth, 'read');
    checkUnix(q.since, 'since');
    checkUnix(q.until, 'until');
    const survey = await this.survey(auth, false);
    let promoters = 0;
    let passives = 0;
    let detractors = 0;
    if (survey) {
      let query = this.db
        .selectFrom('response')
        .select(['score', (eb) => eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', auth.workspaceId)
        .where('survey_id', '=', survey.id)
        .where('score', 'is not', null);
      if (q.since !== undefined) query = query.where('created_at', '>=', fromUnix(q.since));
      if (q.until !== undefined) query = query.where('created_at', '<', fromUnix(q.until + 1));
      if (q.trend !== undefined) query = query.where('team_id', '=', await this.trendTeam(auth, q.trend));
      for (const r of await query.groupBy('score').execute()) {
        const n = Number(r.n);
        if (r.score === null) continue;
        if (r.score >= 9) promoters += n;
        else if (r.score >= 7) passives += n;
        else detractors += n;
      }
    }
    const total = promoters + passives + detractors;
    const pct = (n: number) => (total === 0 ? 0 : Math.round((1000 * n) / total) / 10);
    return {
      nps: total === 0 ? 0 : Math.round((100 * (promoters - detractors)) / total),
      promoter_count: promoters,
      promoter_percent: pct(promoters),
      passive_count: passives,
      passive_percent: pct(passives),
      detractor_count: detractors,
      detractor_percent: pct(detractors),
      response_count: total,
    };
  }
}
