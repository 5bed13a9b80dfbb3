import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import type { ApiErrorField } from '../../api/types';
import { ErrorMessage } from './ErrorMessage';

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

/**
 * The fields whose `<FieldError>` is mounted, i.e. the fields a form shows a message at (counted: the same field may
 * be shown twice). `<ErrorSummary>` reads it to leave out of the general message what the fields already say.
 */
class ShownFields {
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  add = (field: string): (() => void) => {
    this.counts.set(field, (this.counts.get(field) ?? 0) + 1);
    this.changed();
    return () => {
      const n = (this.counts.get(field) ?? 1) - 1;
      if (n > 0) this.counts.set(field, n);
      else this.counts.delete(field);
      this.changed();
    };
  };

  fields(): string[] {
    return [...this.counts.keys()];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): number => this.version;

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The messages of one form, by field, and the ids that tie each message to its input. */
export interface FieldErrors {
  /**
   * The message for `field`: a check made in the browser first, else the server's (its problems for the field, each
   * once, joined by "; "); undefined when the field is fine.
   */
  message(field: string): string | undefined;
  /** The id of the element that shows `field`'s message (`<FieldError>` gives it that id). */
  errorId(field: string): string;
  /** `aria-invalid` and `aria-describedby` for `field`'s input; `describedBy`: ids the input already has (a hint). */
  inputProps(field: string, describedBy?: string): FieldInputProps;
  /** The server's answer to the form's last save, as given to `useFieldErrors` (null, an `ApiError`, …). */
  readonly error: unknown;
  /**
   * How the server's problems show: `highlighted`, the fields shown with a message (`<FieldError>` mounted and a
   * message to show); `elsewhere`, the server's problems no shown field displays (only the general message can).
   */
  shown(): { highlighted: string[]; elsewhere: ApiErrorField[] };
  /** @internal the fields shown, for `<FieldError>` and `<ErrorSummary>` */
  readonly registry: ShownFields;
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
 * Show the server's general message with `<ErrorSummary errors={…} />`: it says only what the fields do not.
 */
export function useFieldErrors(error: unknown, { local, matches = samePath }: FieldErrorsOptions = {}): FieldErrors {
  const base = useId();
  const [registry] = useState(() => new ShownFields());
  const problems = error instanceof ApiError ? error.fields : [];
  const serverMessage = (field: string) => [...new Set(problems.filter((p) => matches(field, p.field)).map((p) => p.message))].join('; ');
  const message = (field: string) => local?.[field] || serverMessage(field) || undefined;
  const errorId = (field: string) => `${base}${field.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
  return {
    message,
    errorId,
    inputProps: (field, describedBy) => fieldInputProps(message(field) ? errorId(field) : undefined, describedBy),
    error,
    shown: () => {
      const fields = registry.fields();
      return {
        highlighted: fields.filter((f) => message(f) !== undefined),
        // a field whose own check has a message shows that one, not the server's
        elsewhere: problems.filter((p) => !fields.some((f) => !local?.[f] && matches(f, p.field))),
      };
    },
    registry,
  };
}

/**
 * The message for one form field (from `useFieldErrors`), next to its input, which names it with `inputProps`.
 * Announced when it appears (role="alert"), unless `announce` is false: for messages that follow every keystroke,
 * which a summary announces instead.
 */
export function FieldError({ errors, field, testId, announce = true }: { errors: FieldErrors; field: string; testId?: string; announce?: boolean }) {
  const { add } = errors.registry;
  // mounted even without a message: the form shows this field's message here whenever there is one
  useLayoutEffect(() => add(field), [add, field]);
  const message = errors.message(field);
  if (!message) return null;
  return (
    <span className="field-error" id={errors.errorId(field)} role={announce ? 'alert' : undefined} data-testid={testId}>
      {message}
    </span>
  );
}

/** "Check the highlighted field." / "Check the 3 highlighted fields." */
export function checkHighlighted(count: number): string {
  return count === 1 ? 'Check the highlighted field.' : `Check the ${count} highlighted fields.`;
}

/**
 * The first input (in page order) marked invalid with one of these messages (`errorIds`), or null. Inputs only:
 * a fieldset described by a message is not one.
 */
export function firstInvalidInput(errorIds: readonly string[]): HTMLElement | null {
  const ids = new Set(errorIds);
  for (const el of document.querySelectorAll<HTMLElement>('[aria-invalid="true"][aria-describedby]')) {
    if (el.matches(':disabled') || !(el.getAttribute('aria-describedby') ?? '').split(/\s+/).some((id) => ids.has(id))) continue;
    return el;
  }
  return null;
}

/**
 * After a save the server refused naming fields, moves the focus to the first input marked invalid, so that the
 * keyboard is where the problem is (its message is read as the input's description). Only when the focus was
 * lost (the disabled submit button drops it) or is still on a button: an input the user went on typing in keeps it.
 * Once per refusal; when no input shows a message yet (a panel to open first), it waits for one. The component
 * calling it renders again whenever a `<FieldError>` of the form comes or goes.
 */
export function useFocusFirstInvalid(errors: FieldErrors): void {
  const { subscribe, snapshot } = errors.registry;
  useSyncExternalStore(subscribe, snapshot, snapshot);
  const handled = useRef<unknown>(null);
  useEffect(() => {
    const error = errors.error;
    if (!(error instanceof ApiError) || error.fields.length === 0 || handled.current === error) return;
    const active = document.activeElement;
    if (active && active !== document.body && !active.matches('button, input[type="submit"], input[type="button"]')) {
      handled.current = error;
      return;
    }
    const target = firstInvalidInput(errors.shown().highlighted.map((f) => errors.errorId(f)));
    if (!target) return;
    handled.current = error;
    target.focus();
  });
}

/**
 * The general message of a form's failed save, for forms that show field messages with `<FieldError>`: when the
 * server names fields the form shows, a short "Check the highlighted field." (the fields' own messages are announced
 * where they are, so nothing is said twice), followed by the problems no field shows; else the server's message as
 * `<ErrorMessage>` shows it. Also moves the focus to the first invalid input (`useFocusFirstInvalid`). `inline`:
 * a line of text beside the form's buttons rather than a box.
 */
export function ErrorSummary({ errors, testId, inline = false }: { errors: FieldErrors; testId?: string; inline?: boolean }) {
  useFocusFirstInvalid(errors);
  const error = errors.error;
  if (!error) return null;
  const { highlighted, elsewhere } = errors.shown();
  const fromServer = error instanceof ApiError && error.fields.length > elsewhere.length;
  const text = fromServer
    ? `${checkHighlighted(highlighted.length)}${elsewhere.length > 0 ? ` Also: ${elsewhere.map((p) => `${p.field}: ${p.message}`).join('; ').replace(/\.$/, '')}.` : ''}`
    : errorMessage(error);
  if (inline) {
    return (
      <span className="field-error" role="alert" data-testid={testId}>
        {text}
      </span>
    );
  }
  if (!fromServer) return <ErrorMessage error={error} testId={testId} />;
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      <span>{text}</span>
    </div>
  );
}
