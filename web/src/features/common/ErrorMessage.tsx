import { errorMessage } from '../../api/client';

export function ErrorMessage({ error, onRetry, testId }: { error: unknown; onRetry?: () => void; testId?: string | undefined }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      <span>{errorMessage(error)}</span>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
