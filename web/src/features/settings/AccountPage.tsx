import { useState, type FormEvent } from 'react';
import { useChangePassword } from '../../api/hooks';
import { useCurrentSession } from '../../api/session-context';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';

export function AccountPage() {
  const session = useCurrentSession();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const errors = useFieldErrors(change.error, { local: { confirm: mismatch } });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (newPassword !== confirm) {
      setMismatch('The new passwords differ.');
      return;
    }
    setMismatch(undefined);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setDone(true);
          setCurrentPassword('');
          setNewPassword('');
          setConfirm('');
        },
      },
    );
  };

  return (
    <div className="stack">
      <section className="card" aria-labelledby="account-title">
        <header className="card-header">
          <h2 id="account-title">Account</h2>
        </header>
        <dl className="details">
          <dt>Name</dt>
          <dd>{session.user.name || '—'}</dd>
          <dt>Email</dt>
          <dd>{session.user.email}</dd>
          <dt>Role in {session.workspace?.name ?? 'this workspace'}</dt>
          <dd>{session.role ?? '—'}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="password-title">
        <header className="card-header">
          <h2 id="password-title">Change password</h2>
        </header>
        <form className="form narrow" onSubmit={onSubmit} aria-busy={change.isPending}>
          <ErrorSummary errors={errors} />
          {done ? (
            <div className="alert alert-success" role="status">
              Your password was changed.
            </div>
          ) : null}
          <input type="text" autoComplete="username" value={session.user.email} readOnly hidden />
          <div className="field">
            <label htmlFor="current-password">Current password</label>
            <input
              id="current-password"
              {...errors.inputProps('currentPassword')}
              type="password"
              required
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
            />
            <FieldError errors={errors} field="currentPassword" />
          </div>
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <input
              id="new-password"
              {...errors.inputProps('newPassword')}
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
            />
            <FieldError errors={errors} field="newPassword" />
          </div>
          <div className="field">
            <label htmlFor="confirm-password">Repeat new password</label>
            <input
              id="confirm-password"
              {...errors.inputProps('confirm')}
              type="password"
              required
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
            <FieldError errors={errors} field="confirm" />
          </div>
          <div>
            <button type="submit" className="btn btn-primary" disabled={change.isPending}>
              {change.isPending ? 'Saving…' : 'Change password'}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
