/**
 * The one error type services throw. http/errors.ts is the only place that turns it into a response.
 */
export type ErrorCode =
  | 'validation_error'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'idempotency_mismatch'
  /** A service the request needs is missing or down (e.g. no mail server): retry later, or ask the administrator. */
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  idempotency_mismatch: 422,
  unavailable: 503,
};

export interface FieldProblem {
  /** JSON pointer style path of the offending field, e.g. "/responses/3/score". */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}

export function invalid(field: string, message: string): AppError {
  return new AppError('validation_error', `${field}: ${message}`, [{ field, message }]);
}
