/**
 * The only place errors become HTTP responses: `{"error": {"code", "message", "fields"?}}`. Known errors keep
 * their status and say which field is wrong; anything unexpected is logged and becomes a bare 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from '../shared/errors.ts';

export interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  keyword?: string;
}

function fieldOf(v: ValidationItem): string {
  const path = (v.instancePath ?? '').replace(/^\//, '');
  // ajv names one property; TypeBox's compiled validators (routes that must not coerce types) list them
  const listed = v.params?.requiredProperties ?? v.params?.additionalProperties;
  const missing = v.params?.missingProperty ?? v.params?.additionalProperty ?? (Array.isArray(listed) ? listed[0] : undefined);
  if (typeof missing === 'string') return path ? `${path}/${missing}` : missing;
  return path || '(body)';
}

function messageOf(v: ValidationItem): string {
  // an unknown property is also reported as failing its `false` schema (additionalProperties: false)
  // (ajv calls that keyword "false schema", TypeBox "boolean")
  if (v.keyword === 'additionalProperties' || v.keyword === 'false schema' || (v.keyword === 'boolean' && v.message === 'schema is false')) return 'is not a known field';
  if (v.keyword === 'required') return 'is required';
  // a nullable field's type is ["integer", "null"]: say "must be integer or null", not "must be integer,null"
  const type = v.params?.type;
  if (v.keyword === 'type' && Array.isArray(type)) return `must be ${type.join(' or ')}`;
  // a single allowed value (Type.Literal): "must be previous", not "must be equal to constant"
  if (v.keyword === 'const' && typeof v.params?.allowedValue === 'string') return `must be ${v.params.allowedValue}`;
  // an enum (StringEnum): "must be one of: low, normal, high", not "must be equal to one of the allowed values"
  const allowed = v.params?.allowedValues;
  if (v.keyword === 'enum' && Array.isArray(allowed)) {
    const names = allowed.filter((a) => a !== null).map(String);
    return `must be one of: ${names.join(', ')}${allowed.includes(null) ? ' (or null)' : ''}`;
  }
  return v.message ?? 'is invalid';
}

/** Validation errors (ajv's or TypeBox's) as problems naming their fields, in the validator's order. */
export function validationProblems(items: readonly ValidationItem[]): FieldProblem[] {
  const all = items.map((v) => ({ field: fieldOf(v), message: messageOf(v), keyword: v.keyword }));
  // A nullable field that fails also reports "must be null" and "must match a schema in anyOf": drop those two.
  const useful = all.filter((f) => f.keyword !== 'anyOf' && f.message !== 'must be null');
  // (an unknown property is reported twice, once per keyword: named once)
  return [...new Map((useful.length > 0 ? useful : all).map(({ field, message }) => [`${field}\n${message}`, { field, message }])).values()];
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, fields?: FieldProblem[]) {
  return reply.code(status).type('application/json').send({ error: { code, message, ...(fields && fields.length > 0 ? { fields } : {}) } });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.code === 'rate_limited') void reply.header('retry-after', '60');
    return sendError(reply, error.status, error.code, error.message, error.fields);
  }
  if (error.validation) {
    const context = error.validationContext ?? 'body';
    const fields = validationProblems(error.validation as ValidationItem[]);
    const first = fields[0]!;
    const where = context === 'body' ? '' : `${context} `;
    return sendError(reply, 400, 'validation_error', `${where}${first.field}: ${first.message}`, fields);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, 413, 'payload_too_large', 'the request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, 415, 'unsupported_media_type', 'send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(reply, 400, 'validation_error', 'the request body is empty', [{ field: '(body)', message: 'is empty' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendError(reply, 400, 'validation_error', 'the request body is not valid JSON', [{ field: '(body)', message: 'is not valid JSON' }]);
  }
  if (error.statusCode === 429) return sendError(reply, 429, 'rate_limited', error.message || 'too many requests, slow down');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(reply, error.statusCode, 'bad_request', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, 500, 'internal_error', 'something went wrong on our side; the error was logged');
}
