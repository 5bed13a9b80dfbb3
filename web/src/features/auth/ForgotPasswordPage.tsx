import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../../api/auth';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { AuthShell } from './AuthShell';

/**
 * Forgot password: asks for a reset link by email. The answer is the same whether or not an account has the address;
 * when this server cannot send email, the server's message says what to do instead.
 */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const errors = useFieldErrors(request.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  };

  if (request.isSuccess) {
    return (
      <AuthShell title="Check your email">
        <div className="alert alert-success" role="status" data-testid="forgot-sent">
          If an account exists for that address, we have emailed a link to reset the password. It works for an hour.
        </div>
        <p>
          <Link to="/login">Back to sign in</Link>
        </p>
      </AuthShell>
    );
  }

  return (
    <AuthShell title="Forgot your password?" subtitle="Enter the email you sign in with, and we will email you a link to choose a new password.">
      <form className="form" onSubmit={onSubmit} aria-busy={request.isPending}>
        <ErrorSummary errors={errors} />
        <div className="field">
          <label htmlFor="forgot-email">Email</label>
          <input
            id="forgot-email"
            {...errors.inputProps('email')}
            data-testid="forgot-email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <FieldError errors={errors} field="email" />
        </div>
        <button type="submit" className="btn btn-primary btn-block" data-testid="forgot-submit" disabled={request.isPending}>
          {request.isPending ? 'Sending…' : 'Email me a link'}
        </button>
      </form>
      <p>
        <Link to="/login">Back to sign in</Link>
      </p>
    </AuthShell>
  );
}
