import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useSetup, useSetupStatus } from '../../api/hooks';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { Loading } from '../common/Loading';
import { AuthShell } from './AuthShell';

/** First run: create the first workspace and its owner. */
export function SetupPage() {
  const status = useSetupStatus();
  const setup = useSetup();
  const navigate = useNavigate();
  const [workspace, setWorkspace] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState<string | undefined>(undefined);
  const errors = useFieldErrors(setup.error, { local: { confirm: mismatch } });

  if (status.isPending) return <Loading />;
  if (status.isError) {
    return (
      <AuthShell title="Set up Clearloop">
        <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />
      </AuthShell>
    );
  }
  if (!status.data.needed && !setup.isPending) return <Navigate to="/login" replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch('The two passwords differ.');
      return;
    }
    setMismatch(undefined);
    setup.mutate(
      { workspace: workspace.trim(), name: name.trim(), email: email.trim(), password },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  };

  return (
    <AuthShell title="Set up Clearloop" subtitle="Create your workspace and the owner account. You can invite your team afterwards.">
      <form className="form" onSubmit={onSubmit} aria-busy={setup.isPending}>
        <ErrorSummary errors={errors} />
        <div className="field">
          <label htmlFor="setup-workspace">Workspace name</label>
          <input
            id="setup-workspace"
            {...errors.inputProps('workspace')}
            data-testid="setup-workspace"
            required
            autoFocus
            placeholder="e.g. Acme Support"
            value={workspace}
            onChange={(e) => setWorkspace(e.target.value)}
          />
          <FieldError errors={errors} field="workspace" />
        </div>
        <div className="field">
          <label htmlFor="setup-name">Your name</label>
          <input
            id="setup-name"
            {...errors.inputProps('name')}
            data-testid="setup-name"
            required
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <FieldError errors={errors} field="name" />
        </div>
        <div className="field">
          <label htmlFor="setup-email">Email</label>
          <input
            id="setup-email"
            {...errors.inputProps('email')}
            data-testid="setup-email"
            type="email"
            required
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <FieldError errors={errors} field="email" />
        </div>
        <div className="field">
          <label htmlFor="setup-password">Password</label>
          <input
            id="setup-password"
            {...errors.inputProps('password')}
            data-testid="setup-password"
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FieldError errors={errors} field="password" />
        </div>
        <div className="field">
          <label htmlFor="setup-confirm">Repeat password</label>
          <input
            id="setup-confirm"
            {...errors.inputProps('confirm')}
            type="password"
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          <FieldError errors={errors} field="confirm" />
        </div>
        <button type="submit" className="btn btn-primary btn-block" data-testid="setup-submit" disabled={setup.isPending}>
          {setup.isPending ? 'Creating workspace…' : 'Create workspace'}
        </button>
      </form>
    </AuthShell>
  );
}
