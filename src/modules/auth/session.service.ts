/**
 * Browser sessions: a random token in an httpOnly cookie; the database keeps only its SHA-256, so a leaked
 * database does not leak live sessions. Each session carries its CSRF token (sent back in X-CSRF-Token).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/tables.ts';
import { nowIso } from '../../shared/ids.ts';
import type { Auth } from './policy.ts';

export const SESSION_COOKIE = 'clearloop_session';
export const SESSION_DAYS = 14;

export interface SessionInfo {
  sessionId: string;
  userId: string;
  workspaceId: string | null;
  csrfToken: string;
  role: Role | null;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionService {
  constructor(private readonly db: Kysely<DB>) {}

  async create(userId: string, workspaceId: string | null): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    await this.db
      .insertInto('session')
      .values({
        id: hash(token),
        user_id: userId,
        workspace_id: workspaceId,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
      })
      .execute();
    return { token, csrfToken };
  }

  /** Looks a cookie token up; expired sessions and sessions whose membership was removed yield no workspace role. */
  async get(token: string): Promise<SessionInfo | null> {
    if (token.length > 100) return null;
    const row = await this.db
      .selectFrom('session')
      .leftJoin('membership', (j) => j.onRef('membership.user_id', '=', 'session.user_id').onRef('membership.workspace_id', '=', 'session.workspace_id'))
      .select(['session.id', 'session.user_id', 'session.workspace_id', 'session.csrf_token', 'session.expires_at', 'membership.role'])
      .where('session.id', '=', hash(token))
      .executeTakeFirst();
    if (!row || row.expires_at < nowIso()) return null;
    return {
      sessionId: row.id,
      userId: row.user_id,
      workspaceId: row.role ? row.workspace_id : null,
      csrfToken: row.csrf_token,
      role: row.role ?? null,
    };
  }

  async setWorkspace(sessionId: string, workspaceId: string): Promise<void> {
    await this.db.updateTable('session').set({ workspace_id: workspaceId }).where('id', '=', sessionId).execute();
  }

  async destroy(sessionId: string): Promise<void> {
    await this.db.deleteFrom('session').where('id', '=', sessionId).execute();
  }

  /** Ends every other session of a user, e.g. after a password change. */
  async destroyOthers(userId: string, keepSessionId: string): Promise<void> {
    await this.db.deleteFrom('session').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
  }
}

export function sessionAuth(info: SessionInfo): Auth | null {
  if (!info.workspaceId || !info.role) return null;
  return { workspaceId: info.workspaceId, via: 'session', role: info.role, scope: 'write', userId: info.userId, apiKeyId: null };
}
