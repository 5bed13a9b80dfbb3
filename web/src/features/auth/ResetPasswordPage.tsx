import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../../api/auth';
import { ApiError } from '../../api/client';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { AuthShell } from './AuthShell';

/** The page a password-reset email links to (`/reset-password?token=…`): choose a new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState<string | undefined>(undefined);
  const errors = useFieldErrors(reset.error, { local: { confirm: mismatch } });
  // the link itself is the problem (unknown, used or expired): only a new one helps
  const linkProblem = reset.error instanceof ApiError ? reset.error.fieldMessage('token') : undefined;
  const onlyLink = linkProblem !== undefined && reset.error instanceof ApiError && reset.error.fields.length === 1;

  if (token === '') {
    return (
      <AuthShell title="Choose a new password">
        <div className="alert alert-error" role="alert">
          This page needs the link from a password reset email, with its token. Open the link from the email again, or ask for a new one.
        </div>
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </AuthShell>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthShell title="Password changed">
        <div className="alert alert-success" role="status" data-testid="reset-done">
          Your password was changed, and every session signed in with the old one has ended.
        </div>
        <p>
          <Link to="/login" data-testid="reset-login">
            Sign in with your new password
          </Link>
        </p>
      </AuthShell>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch('The two passwords differ.');
      return;
    }
    setMismatch(undefined);
    reset.mutate({ token, newPassword: password });
  };

  return (
    <AuthShell title="Choose a new password" subtitle="At least 8 characters. Every session signed in with the old password ends.">
      <form className="form" onSubmit={onSubmit} aria-busy={reset.isPending}>
        {onlyLink ? (
          <div className="alert alert-error" role="alert">
            <span>{sentence(linkProblem)}</span>
          </div>
        ) : (
          <ErrorSummary errors={errors} />
        )}
        {linkProblem !== undefined ? (
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="reset-password">New password</label>
          <input
            id="reset-password"
            {...errors.inputProps('newPassword')}
            data-testid="reset-password"
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FieldError errors={errors} field="newPassword" />
        </div>
        <div className="field">
          <label htmlFor="reset-confirm">Repeat new password</label>
          <input
            id="reset-confirm"
            {...errors.inputProps('confirm')}
            data-testid="reset-confirm"
            type="password"
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          <FieldError errors={errors} field="confirm" testId="reset-confirm-error" />
        </div>
        <button type="submit" className="btn btn-primary btn-block" data-testid="reset-submit" disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Set new password'}
        </button>
      </form>
    </AuthShell>
  );
}

/** A message of the API ("this link has expired …; ask for a new one") as a sentence. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
