/**
 * Teams, locations, employees and accounts: the frontline structure feedback is attributed to, and the
 * companies people belong to. They share one shape (a named record in a workspace), so one service serves all
 * four, with the extra columns of each declared in FIELDS.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.ts';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, can, requireAccess } from '../auth/policy.ts';

export type NamedKind = 'team' | 'location' | 'employee' | 'account';

/** API field → column, for the columns beyond id/name/timestamps. */
const FIELDS: Record<NamedKind, Record<string, string>> = {
  team: { managerUserId: 'manager_user_id' },
  location: {},
  employee: { email: 'email', teamId: 'team_id', locationId: 'location_id', userId: 'user_id' },
  account: { externalId: 'external_id', properties: 'properties' },
};

/** Columns that point at another record of the same workspace, checked before writing. */
const REFS: Record<string, { table: 'team' | 'location' | 'app_user'; label: string }> = {
  team_id: { table: 'team', label: 'team' },
  location_id: { table: 'location', label: 'location' },
  user_id: { table: 'app_user', label: 'user' },
  manager_user_id: { table: 'app_user', label: 'user' },
};

export type NamedView = { id: string; name: string; createdAt: string; updatedAt: string } & Record<string, unknown>;

type Row = Record<string, unknown> & { id: string; name: string; created_at: string; updated_at: string };

export function presentNamed(kind: NamedKind, row: Row): NamedView {
  const view: NamedView = { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
  for (const [field, column] of Object.entries(FIELDS[kind])) {
    view[field] = column === 'properties' ? parseJson(row[column] as string, {}) : (row[column] ?? null);
  }
  return view;
}

export class NamedService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(auth: Auth, kind: NamedKind, page: PageRequest & { name?: string | undefined; teamId?: string | undefined; locationId?: string | undefined }): Promise<Page<NamedView>> {
    requireAccess(auth, 'read');
    let q = this.db.selectFrom(kind as 'team').selectAll().where('workspace_id', '=', auth.workspaceId);
    if (page.name) q = q.where('name', '=', page.name);
    if (kind === 'employee') {
      const eq = q as unknown as ReturnType<Kysely<DB>['selectFrom']> & typeof q;
      if (page.teamId) q = eq.where('team_id' as 'name', '=', page.teamId);
      if (page.locationId) q = (q as typeof eq).where('location_id' as 'name', '=', page.locationId);
    }
    return paginate(q, kind, page, (r) => presentNamed(kind, r as unknown as Row));
  }

  async get(auth: Auth, kind: NamedKind, id: string): Promise<NamedView> {
    requireAccess(auth, 'read');
    const row = await this.db.selectFrom(kind as 'team').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(kind);
    return presentNamed(kind, row as unknown as Row);
  }

  async create(auth: Auth, kind: NamedKind, input: Record<string, unknown> & { name: string }): Promise<NamedView> {
    requireAccess(auth, 'write');
    const now = nowIso();
    const values: Record<string, unknown> = { id: newId(), workspace_id: auth.workspaceId, name: cleanName(input.name), created_at: now, updated_at: now };
    Object.assign(values, await this.columns(auth, kind, input));
    if (kind === 'account' && values.properties === undefined) values.properties = '{}';
    try {
      await this.db.insertInto(kind as 'team').values(values as never).execute();
    } catch (err) {
      throw mapUnique(err, kind);
    }
    return this.get(auth, kind, values.id as string);
  }

  async update(auth: Auth, kind: NamedKind, id: string, input: Record<string, unknown>): Promise<NamedView> {
    requireAccess(auth, 'write');
    await this.get(auth, kind, id);
    const values: Record<string, unknown> = { updated_at: nowIso(), ...(await this.columns(auth, kind, input)) };
    if (input.name !== undefined) values.name = cleanName(input.name as string);
    try {
      await this.db.updateTable(kind as 'team').set(values as never).where('workspace_id', '=', auth.workspaceId).where('id', '=', id).execute();
    } catch (err) {
      throw mapUnique(err, kind);
    }
    return this.get(auth, kind, id);
  }

  async delete(auth: Auth, kind: NamedKind, id: string): Promise<void> {
    requireAccess(auth, 'write');
    const res = await this.db.deleteFrom(kind as 'team').where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound(kind);
  }

  /** Maps API fields to columns and checks that referenced records exist in the same workspace. */
  private async columns(auth: Auth, kind: NamedKind, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(FIELDS[kind])) {
      const value = input[field];
      if (value === undefined) continue;
      if (column === 'properties') {
        out[column] = toJson(value);
        continue;
      }
      const ref = REFS[column];
      if (ref?.table === 'app_user' && !mayLinkUsers(auth)) {
        throw new AppError('forbidden', `only owners and admins (or a write API key) may set ${field}: it decides what a user sees`, [{ field, message: 'owners and admins only' }]);
      }
      if (ref && value !== null) {
        const exists =
          ref.table === 'app_user'
            ? await this.db.selectFrom('membership').select('user_id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', value as string).executeTakeFirst()
            : await this.db.selectFrom(ref.table).select('id').where('workspace_id', '=', auth.workspaceId).where('id', '=', value as string).executeTakeFirst();
        if (!exists) throw invalid(field, `no ${ref.label} with id ${String(value)} in this workspace`);
      }
      out[column] = value;
    }
    return out;
  }
}

/**
 * Linking a user to an employee (their feed, their cases) or making a user a team's manager (that team's cases)
 * grants access, so it takes what managing members takes: a manager must not make themselves the manager of
 * another team. A write API key is set up by an admin for an integration (an HR sync) and may do it.
 */
function mayLinkUsers(auth: Auth): boolean {
  return auth.via === 'api_key' ? auth.scope === 'write' : can(auth, 'manage_members');
}

function cleanName(name: string): string {
  const n = name.trim();
  if (n === '') throw invalid('name', 'must not be empty');
  return n;
}

function mapUnique(err: unknown, kind: NamedKind): unknown {
  if (isUniqueViolation(err)) {
    const field = kind === 'account' ? 'externalId' : 'name';
    return new AppError('conflict', `a ${kind} with this ${field} already exists`, [{ field, message: 'already exists' }]);
  }
  return err;
}
