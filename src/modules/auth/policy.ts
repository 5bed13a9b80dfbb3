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

/**
 * Frontline agents, in their own session, read only the feedback attributed to them (their employee records): the
 * user whose records those are, or null when the caller reads all the workspace's feedback. One rule for every place
 * that shows customers' words (responses, theme pages, suggestions).
 */
export function ownFeedbackOnly(auth: Auth): string | null {
  return auth.via === 'session' && auth.role === 'agent' && auth.userId ? auth.userId : null;
}

/** What each action takes, for the 403: "manage_members" also guards settings, webhooks and rules, so say who may. */
const NEEDS: Record<Action, string> = {
  read: 'may not read this workspace',
  write: 'may not change data here: that takes a write API key, or an owner, admin or manager',
  work_cases: 'may not work on follow-up cases: that takes a write API key, or an owner, admin, manager or agent',
  manage_members:
    "may not do this: it takes an owner's or admin's session (members, API keys, settings, webhooks, alert rules and the widget secret are managed there, not with API keys)",
  manage_keys:
    "may not do this: it takes an owner's or admin's session (members, API keys, settings, webhooks, alert rules and the widget secret are managed there, not with API keys)",
};

export function requireAccess(auth: Auth, action: Action): void {
  if (!can(auth, action)) {
    const who = auth.via === 'api_key' ? `An API key with scope "${auth.scope}"` : `The role "${auth.role ?? 'none'}"`;
    throw new AppError('forbidden', `${who} ${NEEDS[action]}`);
  }
}
