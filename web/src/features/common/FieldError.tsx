import { useId } from 'react';
import { ApiError } from '../../api/client';

/**
 * What ties an input to the message shown for it (WCAG 2.1 SC 1.3.1, 3.3.1, 4.1.2): spread on the input, select,
 * textarea or custom control. Both keys are always present (undefined when there is nothing to say), so TypeScript
 * refuses an `aria-describedby` written before the spread: pass such a hint's id to `inputProps` instead.
 */
export interface FieldInputProps {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Space-separated element ids, or undefined when there are none (React then leaves the attribute out). */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * The attributes of an input whose message, when there is one, shows in the element `errorId`; `describedBy` are
 * the ids it is described by anyway (a hint), read before the message.
 */
export function fieldInputProps(errorId: string | undefined, describedBy?: string): FieldInputProps {
  return { 'aria-invalid': errorId ? true : undefined, 'aria-describedby': joinIds(describedBy, errorId) };
}

/** The messages of one form, by field, and the ids that tie each message to its input. */
export interface FieldErrors {
  /** The message for `field`: a check made in the browser first, else the server's; undefined when the field is fine. */
  message(field: string): string | undefined;
  /** The id of the element that shows `field`'s message (`<FieldError>` gives it that id). */
  errorId(field: string): string;
  /** `aria-invalid` and `aria-describedby` for `field`'s input; `describedBy`: ids the input already has (a hint). */
  inputProps(field: string, describedBy?: string): FieldInputProps;
}

export interface FieldErrorsOptions {
  /** Messages of checks made in the browser before sending, by field; they take precedence over the server's. */
  local?: Readonly<Record<string, string | undefined>>;
  /** Which of the server's field paths a field shows; by default only its own ("thankYou/linkUrl"). */
  matches?: (field: string, path: string) => boolean;
}

const samePath = (field: string, path: string) => field === path;

/**
 * The field messages of one form: `error` is the server's answer to its last save (an `ApiError` naming fields in
 * `fields`, or anything else, e.g. null), `local` the messages of the form's own checks. Show each message with
 * `<FieldError errors={…} field="…" />` and spread `inputProps(field)` on its input: the input then has
 * `aria-invalid="true"` and `aria-describedby` naming the message while there is one, and neither once it is gone.
 */
export function useFieldErrors(error: unknown, { local, matches = samePath }: FieldErrorsOptions = {}): FieldErrors {
  const base = useId();
  const message = (field: string) => local?.[field] || (error instanceof ApiError ? error.fields.find((f) => matches(field, f.field))?.message : undefined) || undefined;
  const errorId = (field: string) => `${base}${field.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
  return {
    message,
    errorId,
    inputProps: (field, describedBy) => fieldInputProps(message(field) ? errorId(field) : undefined, describedBy),
  };
}

/** The message for one form field (from `useFieldErrors`), announced when it appears; its input names it with `inputProps`. */
export function FieldError({ errors, field, testId }: { errors: FieldErrors; field: string; testId?: string }) {
  const message = errors.message(field);
  if (!message) return null;
  return (
    <span className="field-error" id={errors.errorId(field)} role="alert" data-testid={testId}>
      {message}
    </span>
  );
}
