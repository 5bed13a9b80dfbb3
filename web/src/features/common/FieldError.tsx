import { ApiError } from '../../api/client';

/** The server's message for one form field, from `error.fields`; announced when it appears (after a save). */
export function FieldError({ error, field, id }: { error: unknown; field: string; id?: string }) {
  if (!(error instanceof ApiError)) return null;
  const message = error.fieldMessage(field);
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {message}
    </span>
  );
}
