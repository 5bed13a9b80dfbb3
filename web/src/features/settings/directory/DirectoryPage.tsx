import { useLocations, useMembers, useTeams } from '../../../api/hooks';
import type { DirectoryTeam } from '../../../api/directory';
import { useEmployees } from '../../../api/loop';
import { canAdminister, canWrite, useCurrentSession } from '../../../api/session-context';
import { ErrorMessage } from '../../common/ErrorMessage';
import { Loading } from '../../common/Loading';
import { EmployeesCard } from './EmployeesCard';
import { LocationsCard } from './LocationsCard';
import { TeamsCard } from './TeamsCard';

/** Settings → Teams & employees: who works where, who manages which team, and which user each employee is. */
export function DirectoryPage() {
  const session = useCurrentSession();
  const teams = useTeams();
  const locations = useLocations();
  const employees = useEmployees();
  const members = useMembers();
  const canEdit = canWrite(session);
  const canLink = canAdminister(session);
  const queries = [teams, locations, employees, members];
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorMessage error={failed.error} onRetry={() => queries.forEach((q) => void q.refetch())} />;
  if (!teams.data || !locations.data || !employees.data || !members.data) return <Loading />;
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
  const sortedTeams = byName(teams.data as DirectoryTeam[]);
  const sortedLocations = byName(locations.data);
  const lists = { teams: sortedTeams, locations: sortedLocations, members: members.data, canLink };

  return (
    <div className="stack" data-testid="directory-page">
      {!canEdit ? <p className="muted">Only owners, admins and managers can change teams, locations and employees.</p> : null}
      {canEdit && !canLink ? <p className="muted">Only owners and admins can change team managers and which user an employee is.</p> : null}
      <TeamsCard teams={sortedTeams} members={members.data} employees={employees.data} canEdit={canEdit} canLink={canLink} />
      <EmployeesCard employees={employees.data} lists={lists} canEdit={canEdit} />
      <LocationsCard locations={sortedLocations} canEdit={canEdit} />
    </div>
  );
}
