import { useMemo, useState, type FormEvent } from 'react';
import { useCreateDirectoryItem, useDeleteDirectoryItem, useUpdateDirectoryItem, type EmployeeInput } from '../../../api/directory';
import type { Employee, Location, Member, Team } from '../../../api/types';
import { ErrorSummary, FieldError, useFieldErrors, type FieldErrors } from '../../common/FieldError';
import { RowActions, SaveCancel } from './RowActions';
import { memberLabel, UserSelect } from './UserSelect';
import { TableWrap } from '../../common/TableWrap';

interface Lists {
  teams: Team[];
  locations: Location[];
  members: Member[];
  canLink: boolean;
}

interface Draft {
  name: string;
  email: string;
  teamId: string | null;
  locationId: string | null;
  userId: string | null;
}

const EMPTY: Draft = { name: '', email: '', teamId: null, locationId: null, userId: null };

function draftOf(e: Employee): Draft {
  return { name: e.name, email: e.email ?? '', teamId: e.teamId, locationId: e.locationId, userId: e.userId };
}

/** The fields that changed, in the API's shape (an empty email clears it). */
function changes(before: Draft, after: Draft): EmployeeInput {
  const out: EmployeeInput = {};
  if (after.name.trim() !== before.name) out.name = after.name.trim();
  if (after.email.trim() !== before.email) out.email = after.email.trim() || null;
  if (after.teamId !== before.teamId) out.teamId = after.teamId;
  if (after.locationId !== before.locationId) out.locationId = after.locationId;
  if (after.userId !== before.userId) out.userId = after.userId;
  return out;
}

function EmployeeFields({ idPrefix, draft, setDraft, lists, errors }: { idPrefix: string; draft: Draft; setDraft: (d: Draft) => void; lists: Lists; errors: FieldErrors }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Name</label>
        <input id={`${idPrefix}-name`} {...errors.inputProps('name')} data-testid={`${idPrefix}-name`} required maxLength={200} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <FieldError errors={errors} field="name" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-email`}>Email (optional)</label>
        <input id={`${idPrefix}-email`} {...errors.inputProps('email')} type="email" maxLength={254} value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
        <FieldError errors={errors} field="email" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-team`}>Team</label>
        <select id={`${idPrefix}-team`} {...errors.inputProps('teamId')} data-testid={`${idPrefix}-team`} value={draft.teamId ?? ''} onChange={(e) => setDraft({ ...draft, teamId: e.target.value || null })}>
          <option value="">No team</option>
          {lists.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <FieldError errors={errors} field="teamId" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-location`}>Location</label>
        <select id={`${idPrefix}-location`} {...errors.inputProps('locationId')} value={draft.locationId ?? ''} onChange={(e) => setDraft({ ...draft, locationId: e.target.value || null })}>
          <option value="">No location</option>
          {lists.locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        <FieldError errors={errors} field="locationId" />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-user`}>Clearloop user</label>
        <UserSelect id={`${idPrefix}-user`} {...errors.inputProps('userId')} testId={`${idPrefix}-user`} value={draft.userId} onChange={(userId) => setDraft({ ...draft, userId })} members={lists.members} canLink={lists.canLink} noneLabel="Not linked" />
        <FieldError errors={errors} field="userId" />
      </div>
    </>
  );
}

function EmployeeRow({ employee, lists, canEdit }: { employee: Employee; lists: Lists; canEdit: boolean }) {
  const update = useUpdateDirectoryItem('employees');
  const remove = useDeleteDirectoryItem('employees');
  const [draft, setDraft] = useState<Draft | null>(null);
  const errors = useFieldErrors(update.error);
  const nameOf = (list: { id: string; name: string }[], id: string | null) => (id ? (list.find((x) => x.id === id)?.name ?? '—') : null);

  if (draft) {
    const save = (event: FormEvent) => {
      event.preventDefault();
      const body = changes(draftOf(employee), draft);
      if (Object.keys(body).length === 0) return setDraft(null);
      update.mutate({ id: employee.id, body }, { onSuccess: () => setDraft(null) });
    };
    return (
      <tr data-testid="employee-row">
        <td colSpan={6}>
          <form className="form-row form-row-compact" onSubmit={save} aria-label={`Edit ${employee.name}`}>
            <EmployeeFields idPrefix={`employee-edit-${employee.id}`} draft={draft} setDraft={setDraft} lists={lists} errors={errors} />
            <SaveCancel saveTestId="employee-save" saving={update.isPending} errors={errors} onCancel={() => setDraft(null)} />
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid="employee-row">
      <th scope="row">{employee.name}</th>
      <td>{employee.email ?? <span className="muted">—</span>}</td>
      <td>{nameOf(lists.teams, employee.teamId) ?? <span className="muted">—</span>}</td>
      <td>{nameOf(lists.locations, employee.locationId) ?? <span className="muted">—</span>}</td>
      <td data-testid="employee-user">{memberLabel(lists.members, employee.userId) ?? <span className="muted">not linked</span>}</td>
      <RowActions
        canEdit={canEdit}
        editLabel={`Edit ${employee.name}`}
        editTestId="employee-edit"
        onEdit={() => setDraft(draftOf(employee))}
        confirmText={`Delete ${employee.name}? Their responses stay, no longer attributed to anyone.`}
        onDelete={() => remove.mutate(employee.id)}
        deleting={remove.isPending}
        deleteError={remove.error}
      />
    </tr>
  );
}

function AddEmployeeForm({ lists, teamId }: { lists: Lists; teamId: string | null }) {
  const create = useCreateDirectoryItem('employees');
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, teamId });
  const errors = useFieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = changes(EMPTY, draft);
    create.mutate({ ...body, name: draft.name.trim() }, { onSuccess: () => setDraft({ ...EMPTY, teamId: draft.teamId }) });
  };
  return (
    <form className="form-row form-row-compact" onSubmit={submit} aria-label="Add an employee">
      <EmployeeFields idPrefix="employee-new" draft={draft} setDraft={setDraft} lists={lists} errors={errors} />
      <div className="actions">
        <button type="submit" className="btn btn-primary btn-small" data-testid="employee-add" disabled={create.isPending}>
          Add employee
        </button>
      </div>
      <ErrorSummary errors={errors} />
    </form>
  );
}

export function EmployeesCard({ employees, lists, canEdit }: { employees: Employee[]; lists: Lists; canEdit: boolean }) {
  const [teamId, setTeamId] = useState<string>('');
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return employees
      .filter((e) => (teamId === '' ? true : teamId === 'none' ? e.teamId === null : e.teamId === teamId))
      .filter((e) => !q || e.name.toLowerCase().includes(q) || (e.email ?? '').toLowerCase().includes(q))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [employees, teamId, search]);
  const linked = employees.filter((e) => e.userId).length;

  return (
    <section className="card" aria-labelledby="employees-title">
      <header className="card-header">
        <h2 id="employees-title">Employees</h2>
        <span className="muted">
          {employees.length} employees, {linked} linked to a Clearloop user. A linked user sees the feedback attributed to them in their feed.
        </span>
      </header>
      <div className="form-row form-row-compact">
        <div className="field">
          <label htmlFor="employees-team-filter">Team</label>
          <select id="employees-team-filter" data-testid="employees-team-filter" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">All teams</option>
            <option value="none">No team</option>
            {lists.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="employees-search">Search</label>
          <input id="employees-search" data-testid="employees-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name or email" />
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{employees.length === 0 ? 'No employees yet. Responses name their employee, or add one here.' : 'No employee matches.'}</p>
      ) : (
        <TableWrap label="Employees">
          <table className="table" data-testid="employees-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Team</th>
                <th scope="col">Location</th>
                <th scope="col">User</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <EmployeeRow key={e.id} employee={e} lists={lists} canEdit={canEdit} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {canEdit ? <AddEmployeeForm key={teamId} lists={lists} teamId={teamId && teamId !== 'none' ? teamId : null} /> : null}
    </section>
  );
}
