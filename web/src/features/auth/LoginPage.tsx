import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useLogin, useSessionQuery, useSetupStatus } from '../../api/hooks';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { AuthShell } from './AuthShell';

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login')) return from;
  }
  return '/';
}

export function LoginPage() {
  const session = useSessionQuery();
  const setup = useSetupStatus();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data) return <Navigate to={redirectTarget(location.state)} replace />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (session.isPending || setup.isPending) return <Loading />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(redirectTarget(location.state), { replace: true }) },
    );
  };

  return (
    <AuthShell title="Sign in" subtitle="Sign in to your Clearloop workspace.">
      <form className="form" onSubmit={onSubmit} noValidate={false} aria-busy={login.isPending}>
        <ErrorMessage error={login.error} />
        <div className="field">
          <label htmlFor="login-email">Email</label>
          <input
            id="login-email"
            data-testid="login-email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary btn-block" data-testid="login-submit" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password" data-testid="forgot-password-link">
          Forgot your password?
        </Link>
      </p>
    </AuthShell>
  );
}
