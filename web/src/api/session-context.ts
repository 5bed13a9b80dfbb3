import { createContext, useContext } from 'react';
import type { Session } from './types';

/** The signed-in session; provided by the app layout once `GET /api/session` has answered. */
export const SessionContext = createContext<Session | null>(null);

export function useCurrentSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession must be used inside a signed-in page');
  return session;
}

/** Owners and admins manage users and API keys. */
export function canAdminister(session: Session): boolean {
  return session.role === 'owner' || session.role === 'admin';
}

/** Owners, admins and managers change data: surveys, sends, imports. */
export function canWrite(session: Session): boolean {
  return session.role === 'owner' || session.role === 'admin' || session.role === 'manager';
}
