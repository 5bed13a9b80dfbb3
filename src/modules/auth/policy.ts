/**
 * Who may do what. Pure predicates: services call `requireAccess` before any read or write.
 *
 * Roles: owner and admin manage the workspace (members, API keys); managers change data; agents (frontline) and
 * viewers read. API keys act with their scope: read, or write (which includes read); keys never manage members
 * or keys.
 */
import { type ApiKeyScope, type Role, ROLES } from '../../db/tables.ts';
import { AppError } from '../../shared/errors.ts';

/** work_cases: act on follow-up cases in one's scope (agents too). */
export type Action = 'read' | 'write' | 'manage_members' | 'manage_keys' | 'work_cases';

export interface Auth {
  workspaceId: string;
  via: 'session' | 'api_key';
  role: Role | null;
  scope: ApiKeyScope;
  userId: string | null;
  apiKeyId: string | null;
}

const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  owner: ['read', 'write', 'manage_members', 'manage_keys', 'work_cases'],
  admin: ['read', 'write', 'manage_members', 'manage_keys', 'work_cases'],
  manager: ['read', 'write', 'work_cases'],
  agent: ['read', 'work_cases'],
  viewer: ['read'],
};

// The roles, most powerful first: the list of the membership table's column.
export { ROLES };

export function can(auth: Auth, action: Action): boolean {
  if (auth.via === 'api_key') {
    if (action === 'read') return true;
    if (action === 'write' || action === 'work_cases') return auth.scope === 'write';
    return false;
  }
  return auth.role !== null && ROLE_ACTIONS[auth.role].includes(action);
}

export function requireAccess(auth: Auth, action: Action): void {
  if (!can(auth, action)) {
    const who = auth.via === 'api_key' ? `an API key with scope "${auth.scope}"` : `the role "${auth.role ?? 'none'}"`;
    throw new AppError('forbidden', `${who} may not ${action.replace('_', ' ')} in this workspace`);
  }
}
