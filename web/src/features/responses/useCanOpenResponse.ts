import { useMemo } from 'react';
import { useEmployees } from '../../api/loop';
import { useCurrentSession } from '../../api/session-context';

/**
 * Whether the signed-in user may open a response's page. Agents see only the feedback attributed to them (their
 * own employee records); other screens (a theme's comments, a case about a colleague's customer) show them
 * responses beyond that, which must not link to a page that answers "not found". `undefined` means the
 * attribution is not known: no link for agents.
 */
export function useCanOpenResponse(): (employeeId: string | null | undefined) => boolean {
  const session = useCurrentSession();
  const agent = session.role === 'agent';
  const employees = useEmployees();
  return useMemo(() => {
    if (!agent) return () => true;
    const own = new Set((employees.data ?? []).filter((e) => e.userId === session.user.id).map((e) => e.id));
    return (employeeId: string | null | undefined) => Boolean(employeeId && own.has(employeeId));
  }, [agent, employees.data, session.user.id]);
}
