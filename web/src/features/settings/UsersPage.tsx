import { useState, type FormEvent } from 'react';
import { useAddMember, useChangeRole, useMembers, useRemoveMember } from '../../api/hooks';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import { ROLES, type Member, type Role } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { formatDate } from '../common/format';
import { Loading } from '../common/Loading';
import { TableWrap } from '../common/TableWrap';

const ROLE_HELP: Record<Role, string> = {
  owner: 'Everything, including the workspace itself',
  admin: 'Manages users, API keys and settings',
  manager: 'Manages teams and follows up responses',
  agent: 'Frontline: follows up their own responses',
  viewer: 'Read-only',
};

/** The roles a user may grant: only an owner makes owners (the server refuses it to admins). */
function grantableRoles(myRole: Role | null): readonly Role[] {
  return myRole === 'owner' ? ROLES : ROLES.filter((r) => r !== 'owner');
}

function AddMemberForm({ roles }: { roles: readonly Role[] }) {
  const add = useAddMember();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const errors = useFieldErrors(add.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    add.mutate(
      { email: email.trim(), role, ...(name.trim() ? { name: name.trim() } : {}), ...(password ? { password } : {}) },
      {
        onSuccess: (member) => {
          setAdded(member.email);
          setEmail('');
          setName('');
          setPassword('');
          setRole('viewer');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="add-member-title">
      <header className="card-header">
        <h2 id="add-member-title">Add a user</h2>
      </header>
      <form className="form form-inline" onSubmit={onSubmit} aria-busy={add.isPending}>
        <ErrorSummary errors={errors} />
        {added ? (
          <div className="alert alert-success" role="status">
            {added} was added to the workspace.
          </div>
        ) : null}
        <div className="form-row">
          <div className="field">
            <label htmlFor="member-email">Email</label>
            <input id="member-email" {...errors.inputProps('email')} data-testid="member-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            <FieldError errors={errors} field="email" />
          </div>
          <div className="field">
            <label htmlFor="member-name">Name (optional)</label>
            <input id="member-name" {...errors.inputProps('name')} value={name} onChange={(e) => setName(e.target.value)} />
            <FieldError errors={errors} field="name" />
          </div>
          <div className="field">
            <label htmlFor="member-role">Role</label>
            <select id="member-role" {...errors.inputProps('role', 'member-role-hint')} data-testid="member-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <span className="hint" id="member-role-hint">
              {ROLE_HELP[role]}
            </span>
            <FieldError errors={errors} field="role" />
          </div>
          <div className="field">
            <label htmlFor="member-password">Initial password</label>
            <input
              id="member-password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              {...errors.inputProps('password', 'member-password-hint')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <span className="hint" id="member-password-hint">
              Needed for someone without a Clearloop login yet.
            </span>
            <FieldError errors={errors} field="password" />
          </div>
        </div>
        <div>
          <button type="submit" className="btn btn-primary" data-testid="member-add" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Why an owner's row cannot change, if it cannot: only an owner changes or removes an owner, and a workspace
 * keeps at least one owner (the server refuses both).
 */
function ownerLock(member: Member, myRole: Role | null, owners: number): string | null {
  if (member.role !== 'owner') return null;
  if (myRole !== 'owner') return 'Only an owner can change an owner.';
  if (owners <= 1) return 'The only owner: make someone else an owner first.';
  return null;
}

function MemberRow({ member, editable, isSelf, roles, lock }: { member: Member; editable: boolean; isSelf: boolean; roles: readonly Role[]; lock: string | null }) {
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const error = changeRole.error ?? remove.error;
  const canChange = editable && lock === null;

  return (
    <tr>
      <th scope="row">
        {member.name || <span className="muted">—</span>}
        {isSelf ? <span className="pill pill-muted">you</span> : null}
      </th>
      <td>{member.email}</td>
      <td>
        {canChange ? (
          <>
            <label htmlFor={`role-${member.id}`} className="visually-hidden">
              Role of {member.email}
            </label>
            <select
              id={`role-${member.id}`}
              value={changeRole.isPending && changeRole.variables ? changeRole.variables.role : member.role}
              disabled={changeRole.isPending}
              onChange={(e) => changeRole.mutate({ id: member.id, role: e.target.value as Role })}
            >
              {(roles.includes(member.role) ? roles : [member.role, ...roles]).map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <span className="pill">{member.role}</span>
            {editable && lock ? <span className="muted small block">{lock}</span> : null}
          </>
        )}
      </td>
      <td className="nowrap">{formatDate(member.createdAt)}</td>
      {editable ? (
        <td className="actions">
          {canChange ? (
            <button
              type="button"
              className="btn btn-danger btn-small"
              disabled={remove.isPending}
              onClick={() => {
                const question = isSelf
                  ? 'Remove yourself from this workspace? You lose access to it at once.'
                  : `Remove ${member.email} from this workspace?`;
                if (window.confirm(question)) remove.mutate(member.id);
              }}
            >
              Remove
            </button>
          ) : null}
          {error ? (
            <span className="field-error block" role="alert">
              {error.message}
            </span>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

export function UsersPage() {
  const session = useCurrentSession();
  const members = useMembers();
  const admin = canAdminister(session);
  const roles = grantableRoles(session.role);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="members-title">
        <header className="card-header">
          <h2 id="members-title">Users</h2>
          {!admin ? <span className="muted">Only owners and admins can change users.</span> : null}
        </header>
        {members.isPending ? (
          <Loading />
        ) : members.isError ? (
          <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <TableWrap label="Users">
            <table className="table" data-testid="members-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Added</th>
                  {admin ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {members.data.map((m) => (
                  <MemberRow
                    key={m.id}
                    member={m}
                    editable={admin}
                    isSelf={m.id === session.user.id}
                    roles={roles}
                    lock={ownerLock(m, session.role, members.data.filter((x) => x.role === 'owner').length)}
                  />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      {admin ? <AddMemberForm roles={roles} /> : null}
    </div>
  );
}
