import { useState, type FormEvent } from 'react';
import { useCreateDirectoryItem, useDeleteDirectoryItem, useUpdateDirectoryItem, type DirectoryTeam } from '../../../api/directory';
import type { Employee, Member } from '../../../api/types';
import { ErrorSummary, FieldError, useFieldErrors } from '../../common/FieldError';
import { RowActions, SaveCancel } from './RowActions';
import { memberLabel, UserSelect } from './UserSelect';
import { TableWrap } from '../../common/TableWrap';

function TeamRow({ team, members, employees, canEdit, canLink }: { team: DirectoryTeam; members: Member[]; employees: number; canEdit: boolean; canLink: boolean }) {
  const update = useUpdateDirectoryItem('teams');
  const remove = useDeleteDirectoryItem('teams');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [manager, setManager] = useState<string | null>(team.managerUserId);
  const errors = useFieldErrors(update.error);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...(name.trim() !== team.name ? { name: name.trim() } : {}), ...(manager !== team.managerUserId ? { managerUserId: manager } : {}) };
    if (Object.keys(body).length === 0) return setEditing(false);
    update.mutate({ id: team.id, body }, { onSuccess: () => setEditing(false) });
  };

  if (editing) {
    return (
      <tr data-testid="team-row">
        <td colSpan={4}>
          <form className="form-row form-row-compact" onSubmit={save} aria-label={`Edit team ${team.name}`}>
            <div className="field">
              <label htmlFor={`team-name-${team.id}`}>Name</label>
              <input id={`team-name-${team.id}`} {...errors.inputProps('name')} data-testid="team-edit-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
              <FieldError errors={errors} field="name" />
            </div>
            <div className="field">
              <label htmlFor={`team-manager-${team.id}`}>Manager</label>
              <UserSelect id={`team-manager-${team.id}`} {...errors.inputProps('managerUserId')} testId="team-edit-manager" value={manager} onChange={setManager} members={members} canLink={canLink} noneLabel="No manager" />
              <FieldError errors={errors} field="managerUserId" />
            </div>
            <SaveCancel saveTestId="team-save" saving={update.isPending} errors={errors} onCancel={() => setEditing(false)} />
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid="team-row">
      <th scope="row">{team.name}</th>
      <td>{memberLabel(members, team.managerUserId) ?? <span className="muted">—</span>}</td>
      <td className="num">{employees}</td>
      <RowActions
        canEdit={canEdit}
        editLabel={`Edit team ${team.name}`}
        onEdit={() => setEditing(true)}
        confirmText={`Delete the team "${team.name}"? Its employees stay, without a team; its responses keep their scores but lose the team.`}
        onDelete={() => remove.mutate(team.id)}
        deleting={remove.isPending}
        deleteError={remove.error}
      />
    </tr>
  );
}

function AddTeamForm({ members, canLink }: { members: Member[]; canLink: boolean }) {
  const create = useCreateDirectoryItem('teams');
  const [name, setName] = useState('');
  const [manager, setManager] = useState<string | null>(null);
  const errors = useFieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), ...(manager ? { managerUserId: manager } : {}) },
      {
        onSuccess: () => {
          setName('');
          setManager(null);
        },
      },
    );
  };
  return (
    <form className="form-row form-row-compact" onSubmit={submit} aria-label="Add a team">
      <div className="field">
        <label htmlFor="team-new-name">New team</label>
        <input id="team-new-name" {...errors.inputProps('name')} data-testid="team-new-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Support Phone" />
        <FieldError errors={errors} field="name" />
      </div>
      <div className="field">
        <label htmlFor="team-new-manager">Manager</label>
        <UserSelect id="team-new-manager" {...errors.inputProps('managerUserId')} testId="team-new-manager" value={manager} onChange={setManager} members={members} canLink={canLink} noneLabel="No manager" />
        <FieldError errors={errors} field="managerUserId" />
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary btn-small" data-testid="team-add" disabled={create.isPending}>
          Add team
        </button>
      </div>
      <ErrorSummary errors={errors} />
    </form>
  );
}

export function TeamsCard({ teams, members, employees, canEdit, canLink }: { teams: DirectoryTeam[]; members: Member[]; employees: Employee[]; canEdit: boolean; canLink: boolean }) {
  const count = (teamId: string) => employees.filter((e) => e.teamId === teamId).length;
  return (
    <section className="card" aria-labelledby="teams-title">
      <header className="card-header">
        <h2 id="teams-title">Teams</h2>
        <span className="muted">A team&apos;s manager follows up its detractors and gets its weekly digest.</span>
      </header>
      {teams.length === 0 ? (
        <p className="muted">No teams yet. Responses name their team (the <code>team</code> field of the API or a CSV column), or add one here.</p>
      ) : (
        <TableWrap label="Teams">
          <table className="table" data-testid="teams-table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Manager</th>
                <th scope="col" className="num">
                  Employees
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.map((t) => (
                <TeamRow key={t.id} team={t} members={members} employees={count(t.id)} canEdit={canEdit} canLink={canLink} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {canEdit ? <AddTeamForm members={members} canLink={canLink} /> : null}
    </section>
  );
}
