/**
 * People: the customers who give feedback. A person is found by email or external id within a workspace, so that
 * repeated responses from one customer link to one record.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, PersonRow } from '../../db/tables.ts';
import { containsInsensitive, isUniqueViolation } from '../../db/dialect-sql.ts';
import type { Dialect } from '../../db/create-db.ts';
import { emailProblem } from '../../shared/email-address.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';

export interface PersonInput {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  externalId?: string | null | undefined;
  name?: string | null | undefined;
  properties?: Record<string, unknown> | undefined;
  accountId?: string | null | undefined;
  locale?: string | null | undefined;
  timeZone?: string | null | undefined;
}

export interface PersonView {
  id: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  name: string | null;
  properties: Record<string, unknown>;
  accountId: string | null;
  locale: string | null;
  timeZone: string | null;
  unsubscribedAt: string | null;
  bouncedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function presentPerson(row: PersonRow): PersonView {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    externalId: row.external_id,
    name: row.name,
    properties: parseJson(row.properties, {}),
    accountId: row.account_id,
    locale: row.locale,
    timeZone: row.time_zone,
    unsubscribedAt: row.unsubscribed_at,
    bouncedAt: row.bounced_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function normalizePersonEmail(email: string | null | undefined): string | null | undefined {
  return typeof email === 'string' ? email.trim().toLowerCase() : email;
}

/** The shared address check (shared/email-address.ts); a blank email means none, as upsertPerson reads it. */
export function checkPersonEmail(email: string | null | undefined, field = 'email'): void {
  const bad = typeof email === 'string' && email.trim() !== '' ? emailProblem(email) : null;
  if (bad) throw invalid(field, bad);
}

/** Merges properties: a key set to null is removed, others replace. */
export function mergeProperties(current: Record<string, unknown>, patch: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!patch) return current;
  const out = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

type Db = Kysely<DB> | Transaction<DB>;

/** An IANA time zone name the runtime knows, e.g. Europe/Berlin. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function checkTimeZone(tz: string | null | undefined, field = 'timeZone'): void {
  if (tz && !isTimeZone(tz)) throw invalid(field, `"${tz}" is not a known time zone (use an IANA name such as Europe/Berlin)`);
}

/**
 * Finds the person by email, then external id; creates one when neither matches; merges name and properties.
 * Returns null when the input identifies nobody (no email and no external id).
 */
export async function upsertPerson(db: Db, workspaceId: string, input: PersonInput, now: string): Promise<string | null> {
  const email = normalizePersonEmail(input.email) ?? null;
  const externalId = input.externalId ?? null;
  if (!email && !externalId) return null;
  let row: PersonRow | undefined;
  if (email) row = await db.selectFrom('person').selectAll().where('workspace_id', '=', workspaceId).where('email', '=', email).executeTakeFirst();
  if (!row && externalId) row = await db.selectFrom('person').selectAll().where('workspace_id', '=', workspaceId).where('external_id', '=', externalId).executeTakeFirst();
  if (row) {
    const patch: Record<string, unknown> = {};
    if (input.name && input.name !== row.name) patch.name = input.name;
    if (email && !row.email) patch.email = email;
    if (externalId && !row.external_id) patch.external_id = externalId;
    if (input.phone && input.phone !== row.phone) patch.phone = input.phone;
    if (input.locale && input.locale !== row.locale) patch.locale = input.locale;
    if (input.timeZone && input.timeZone !== row.time_zone) patch.time_zone = input.timeZone;
    if (input.properties && Object.keys(input.properties).length > 0) {
      const merged = toJson(mergeProperties(parseJson(row.properties, {}), input.properties));
      if (merged !== row.properties) patch.properties = merged;
    }
    if (Object.keys(patch).length > 0) {
      patch.updated_at = now;
      await db.updateTable('person').set(patch).where('id', '=', row.id).execute();
    }
    return row.id;
  }
  const id = newId();
  await db
    .insertInto('person')
    .values({
      id,
      workspace_id: workspaceId,
      email,
      phone: input.phone ?? null,
      external_id: externalId,
      name: input.name ?? null,
      properties: toJson(input.properties ?? {}),
      account_id: input.accountId ?? null,
      locale: input.locale ?? null,
      time_zone: input.timeZone ?? null,
      unsubscribed_at: null,
      bounced_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export class PersonService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  async list(auth: Auth, page: PageRequest & { email?: string | undefined; externalId?: string | undefined; accountId?: string | undefined; q?: string | undefined }): Promise<Page<PersonView>> {
    requireAccess(auth, 'read');
    let q = this.db.selectFrom('person').selectAll().where('workspace_id', '=', auth.workspaceId);
    if (page.email) q = q.where('email', '=', page.email.trim().toLowerCase());
    if (page.externalId) q = q.where('external_id', '=', page.externalId);
    if (page.accountId) q = q.where('account_id', '=', page.accountId);
    if (page.q) {
      const needle = page.q;
      q = q.where((eb) => eb.or([containsInsensitive(this.dialect, 'person.name', needle), containsInsensitive(this.dialect, 'person.email', needle)]));
    }
    return paginate(q, 'person', page, presentPerson);
  }

  async get(auth: Auth, id: string): Promise<PersonView> {
    requireAccess(auth, 'read');
    const row = await this.db.selectFrom('person').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('person');
    return presentPerson(row);
  }

  async create(auth: Auth, input: PersonInput): Promise<PersonView> {
    requireAccess(auth, 'write');
    const email = normalizePersonEmail(input.email) ?? null;
    if (!email && !input.externalId && !input.phone) throw invalid('email', 'a person needs at least one of email, externalId or phone');
    checkPersonEmail(input.email);
    checkTimeZone(input.timeZone);
    await this.checkAccount(auth, input.accountId);
    const now = nowIso();
    const id = newId();
    try {
      await this.db
        .insertInto('person')
        .values({
          id,
          workspace_id: auth.workspaceId,
          email,
          phone: input.phone ?? null,
          external_id: input.externalId ?? null,
          name: input.name ?? null,
          properties: toJson(input.properties ?? {}),
          account_id: input.accountId ?? null,
          locale: input.locale ?? null,
          time_zone: input.timeZone ?? null,
          unsubscribed_at: null,
          bounced_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    } catch (err) {
      throw mapPersonUnique(err);
    }
    return this.get(auth, id);
  }

  async update(auth: Auth, id: string, input: PersonInput): Promise<PersonView> {
    requireAccess(auth, 'write');
    const current = await this.db.selectFrom('person').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!current) throw notFound('person');
    checkPersonEmail(input.email);
    checkTimeZone(input.timeZone);
    await this.checkAccount(auth, input.accountId);
    const patch: Record<string, unknown> = { updated_at: nowIso() };
    if (input.email !== undefined) patch.email = normalizePersonEmail(input.email);
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.externalId !== undefined) patch.external_id = input.externalId;
    if (input.name !== undefined) patch.name = input.name;
    if (input.accountId !== undefined) patch.account_id = input.accountId;
    if (input.locale !== undefined) patch.locale = input.locale;
    if (input.timeZone !== undefined) patch.time_zone = input.timeZone;
    if (input.properties !== undefined) patch.properties = toJson(mergeProperties(parseJson(current.properties, {}), input.properties));
    try {
      await this.db.updateTable('person').set(patch).where('id', '=', id).execute();
    } catch (err) {
      throw mapPersonUnique(err);
    }
    return this.get(auth, id);
  }

  async delete(auth: Auth, id: string): Promise<void> {
    requireAccess(auth, 'write');
    const res = await this.db.deleteFrom('person').where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound('person');
  }

  private async checkAccount(auth: Auth, accountId: string | null | undefined): Promise<void> {
    // "" is checked too (not found): it would reach the foreign key and fail there (a 500)
    if (accountId === null || accountId === undefined) return;
    const acc = await this.db.selectFrom('account').select('id').where('workspace_id', '=', auth.workspaceId).where('id', '=', accountId).executeTakeFirst();
    if (!acc) throw invalid('accountId', `no account with id ${accountId} in this workspace`);
  }
}

function mapPersonUnique(err: unknown): unknown {
  if (isUniqueViolation(err)) return new AppError('conflict', 'a person with this email or externalId already exists', [{ field: 'email', message: 'already exists' }]);
  return err;
}
