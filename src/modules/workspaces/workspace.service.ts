/**
 * Workspaces and their members. Every other record belongs to exactly one workspace.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Role, WorkspaceRow } from '../../db/tables.ts';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { type Auth, requireAccess, ROLES } from '../auth/policy.ts';
import { isEmailAddress } from '../../shared/email-address.ts';

export interface WorkspaceView {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
}

export interface MemberView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export function presentWorkspace(row: WorkspaceRow): WorkspaceView {
  return { id: row.id, name: row.name, slug: row.slug, createdAt: row.created_at };
}

export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
  return s === '' ? 'workspace' : s;
}

export function normalizeEmail(email: string, field = 'email'): string {
  const e = email.trim().toLowerCase();
  if (!isEmailAddress(e)) throw invalid(field, 'must be a valid email address');
  return e;
}

export class WorkspaceService {
  constructor(private readonly db: Kysely<DB>) {}

  async countUsers(): Promise<number> {
    const r = await this.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Creates a workspace; the user becomes its owner. A user that does not exist yet is created with the password. */
  async createWithOwner(input: { workspace: string; email: string; password: string; name?: string | undefined }): Promise<{ workspace: WorkspaceView; userId: string }> {
    const workspaceName = input.workspace.trim();
    if (workspaceName === '' || workspaceName.length > 100) throw invalid('workspace', 'must be 1–100 characters');
    const email = normalizeEmail(input.email);
    const pwProblem = passwordProblem(input.password);
    if (pwProblem) throw invalid('password', pwProblem);
    const passwordHash = await hashPassword(input.password);

    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('workspace').select('id').where('name', '=', workspaceName).executeTakeFirst();
      if (existing) throw new AppError('conflict', `a workspace named "${workspaceName}" already exists`, [{ field: 'workspace', message: 'already exists' }]);
      const slug = await uniqueSlug(trx, slugify(workspaceName));
      const now = nowIso();
      const ws: WorkspaceRow = { id: newId(), name: workspaceName, slug, settings: '{}', signing_secret: randomBytes(32).toString('base64url'), created_at: now };
      await trx.insertInto('workspace').values(ws).execute();
      let user = await trx.selectFrom('app_user').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
      if (user) {
        if (!(await verifyPassword(input.password, user.password_hash))) {
          throw new AppError('conflict', `a user with email ${email} exists and the password does not match`, [{ field: 'password', message: 'does not match the existing user' }]);
        }
      } else {
        user = { id: newId(), password_hash: passwordHash };
        await trx
          .insertInto('app_user')
          .values({ id: user.id, email, name: input.name?.trim() || email.split('@')[0]!, password_hash: passwordHash, created_at: now })
          .execute();
      }
      await trx.insertInto('membership').values({ workspace_id: ws.id, user_id: user.id, role: 'owner', created_at: now }).execute();
      return { workspace: presentWorkspace(ws), userId: user.id };
    });
  }

  /** Creates another workspace owned by an existing, logged-in user. */
  async createForUser(userId: string, name: string): Promise<WorkspaceView> {
    const workspaceName = name.trim();
    if (workspaceName === '' || workspaceName.length > 100) throw invalid('name', 'must be 1–100 characters');
    return this.db.transaction().execute(async (trx) => {
      const slug = await uniqueSlug(trx, slugify(workspaceName));
      const now = nowIso();
      const ws: WorkspaceRow = { id: newId(), name: workspaceName, slug, settings: '{}', signing_secret: randomBytes(32).toString('base64url'), created_at: now };
      await trx.insertInto('workspace').values(ws).execute();
      await trx.insertInto('membership').values({ workspace_id: ws.id, user_id: userId, role: 'owner', created_at: now }).execute();
      return presentWorkspace(ws);
    });
  }

  async findByNameOrSlug(nameOrSlug: string): Promise<WorkspaceView | null> {
    const row = await this.db.selectFrom('workspace').selectAll().where((eb) => eb.or([eb('name', '=', nameOrSlug), eb('slug', '=', nameOrSlug)])).executeTakeFirst();
    return row ? presentWorkspace(row) : null;
  }

  async get(id: string): Promise<WorkspaceView | null> {
    const row = await this.db.selectFrom('workspace').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? presentWorkspace(row) : null;
  }

  async listForUser(userId: string): Promise<(WorkspaceView & { role: Role })[]> {
    const rows = await this.db
      .selectFrom('membership')
      .innerJoin('workspace', 'workspace.id', 'membership.workspace_id')
      .selectAll('workspace')
      .select('membership.role')
      .where('membership.user_id', '=', userId)
      .orderBy('workspace.name')
      .execute();
    return rows.map((r) => ({ ...presentWorkspace(r), role: r.role }));
  }

  async findUserByEmail(email: string) {
    return this.db.selectFrom('app_user').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  }

  async getUser(id: string) {
    return this.db.selectFrom('app_user').select(['id', 'email', 'name', 'created_at']).where('id', '=', id).executeTakeFirst();
  }

  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = await this.db.selectFrom('app_user').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
    if (!(await verifyPassword(current, user.password_hash))) throw invalid('currentPassword', 'is not correct');
    const problem = passwordProblem(next);
    if (problem) throw invalid('newPassword', problem);
    await this.db.updateTable('app_user').set({ password_hash: await hashPassword(next) }).where('id', '=', userId).execute();
  }

  async listMembers(auth: Auth): Promise<MemberView[]> {
    requireAccess(auth, 'read');
    const rows = await this.db
      .selectFrom('membership')
      .innerJoin('app_user', 'app_user.id', 'membership.user_id')
      .select(['app_user.id', 'app_user.email', 'app_user.name', 'membership.role', 'membership.created_at'])
      .where('membership.workspace_id', '=', auth.workspaceId)
      .orderBy('app_user.email')
      .execute();
    return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, createdAt: r.created_at }));
  }

  /** Adds a member; a new user is created with the given password, an existing user is just added. */
  async addMember(auth: Auth, input: { email: string; name?: string | undefined; role: Role; password?: string | undefined }): Promise<MemberView> {
    requireAccess(auth, 'manage_members');
    this.checkRoleGrant(auth, input.role);
    const email = normalizeEmail(input.email);
    return this.db.transaction().execute(async (trx) => {
      let user = await trx.selectFrom('app_user').select(['id', 'email', 'name']).where('email', '=', email).executeTakeFirst();
      const now = nowIso();
      if (!user) {
        if (!input.password) throw invalid('password', 'is required for a new user');
        const problem = passwordProblem(input.password);
        if (problem) throw invalid('password', problem);
        user = { id: newId(), email, name: input.name?.trim() || email.split('@')[0]! };
        await trx.insertInto('app_user').values({ ...user, password_hash: await hashPassword(input.password), created_at: now }).execute();
      }
      try {
        await trx.insertInto('membership').values({ workspace_id: auth.workspaceId, user_id: user.id, role: input.role, created_at: now }).execute();
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('conflict', `${email} is already a member`, [{ field: 'email', message: 'already a member' }]);
        throw err;
      }
      return { ...user, role: input.role, createdAt: now };
    });
  }

  async updateMemberRole(auth: Auth, userId: string, role: Role): Promise<MemberView> {
    requireAccess(auth, 'manage_members');
    this.checkRoleGrant(auth, role);
    const current = await this.memberRole(auth.workspaceId, userId);
    if (current === 'owner' && auth.role !== 'owner') throw new AppError('forbidden', 'only an owner may change an owner');
    if (current === 'owner' && role !== 'owner') await this.ensureAnotherOwner(auth.workspaceId, userId);
    await this.db.updateTable('membership').set({ role }).where('workspace_id', '=', auth.workspaceId).where('user_id', '=', userId).execute();
    const members = await this.listMembers(auth);
    return members.find((m) => m.id === userId)!;
  }

  async removeMember(auth: Auth, userId: string): Promise<void> {
    requireAccess(auth, 'manage_members');
    const current = await this.memberRole(auth.workspaceId, userId);
    if (current === 'owner') {
      if (auth.role !== 'owner') throw new AppError('forbidden', 'only an owner may remove an owner');
      await this.ensureAnotherOwner(auth.workspaceId, userId);
    }
    await this.db.deleteFrom('membership').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', userId).execute();
  }

  private checkRoleGrant(auth: Auth, role: Role): void {
    if (!ROLES.includes(role)) throw invalid('role', `must be one of ${ROLES.join(', ')}`);
    if (role === 'owner' && auth.role !== 'owner') throw new AppError('forbidden', 'only an owner may grant the owner role');
  }

  private async memberRole(workspaceId: string, userId: string): Promise<Role> {
    const m = await this.db.selectFrom('membership').select('role').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    if (!m) throw notFound('member');
    return m.role;
  }

  private async ensureAnotherOwner(workspaceId: string, userId: string): Promise<void> {
    const others = await this.db
      .selectFrom('membership')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .where('user_id', '!=', userId)
      .executeTakeFirst();
    if (!others) throw new AppError('conflict', 'a workspace must keep at least one owner');
  }
}

async function uniqueSlug(trx: Kysely<DB>, base: string): Promise<string> {
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    const taken = await trx.selectFrom('workspace').select('id').where('slug', '=', slug).executeTakeFirst();
    if (!taken) return slug;
  }
}
