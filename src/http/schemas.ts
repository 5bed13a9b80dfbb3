/** TypeBox schemas shared by many routes. */
import type { FastifySchemaValidationError } from 'fastify';
import { type Static, Type, type TSchema, type TSchemaOptions, type TUnsafe } from 'typebox';
import { Compile } from 'typebox/compile';

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    }),
  },
  { description: 'Every 4xx/5xx answer has this shape; `fields` names the offending fields.' },
);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100, description: 'The record’s id, as the API returned it' }) });

/**
 * For operations that manage the workspace (members, API keys, settings, webhooks, alert rules): they take an
 * owner's or admin's session and answer an API key 403, so the document lists the cookie alone for them.
 */
export const SESSION_ONLY = { security: [{ cookie: [] }] };

/** Cursor paging: opaque cursors, so that a page stays right while records are added (no offsets). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Records per page' })),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'The `nextCursor` of the previous page; leave out for the first page' })),
};

export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    data: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last page' }),
  });
}

export const Properties = Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { description: 'Free-form key/value properties' });

/**
 * One of a fixed list of strings, written `{type: "string", enum: [...]}` (not anyOf of literals): the OpenAPI
 * document lists the values, request validation checks them in one step and answers 400 "must be one of: …"
 * naming the field, and answers serialise it as any string (fast-json-stringify does not apply `enum`, so it costs
 * nothing there). Pass the list the code itself uses (an `as const` array), never a copy of it.
 */
export function StringEnum<const T extends readonly string[]>(values: T, options: TSchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/**
 * T or null, written `type: [T, "null"]` (with OpenAPI 3.0's `nullable: true`) rather than anyOf [T, null]: request
 * validation coerces types, and inside anyOf it coerces a null to the first branch's type before it tries the null
 * branch, so `{"score": null}` became 0 and `{"teamId": null}` became "". A schema without a single `type` (an
 * object union) keeps anyOf, where no coercion applies. A StringEnum's list gets null added.
 */
export function Nullable<T extends TSchema>(t: T): TUnsafe<Static<T> | null> {
  const { type, enum: values } = t as { type?: unknown; enum?: unknown };
  if (typeof type === 'string') {
    // an enum lists every allowed value, so a nullable one lists null too (OpenAPI 3.0 asks the same of `nullable`)
    const withNull = Array.isArray(values) && !values.includes(null) ? { enum: [...values, null] } : {};
    return Type.Unsafe<Static<T> | null>({ ...t, type: [type, 'null'], ...withNull, nullable: true });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([t, Type.Null()]));
}

/**
 * The API document is OpenAPI 3.0, which has no type arrays: `type: [T, "null"]` becomes `type: T, nullable: true`
 * (in place; the route schemas are copies made by the document generator).
 */
export function openApi30Nullables(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) openApi30Nullables(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Record<string, unknown>;
  if (Array.isArray(o.type) && o.type.length === 2 && o.type.includes('null')) {
    o.type = o.type.find((x) => x !== 'null');
    o.nullable = true;
  }
  for (const value of Object.values(o)) openApi30Nullables(value);
}

/**
 * A route's validator without type coercion (`validatorCompiler: exactValidator`), for bodies with a union of
 * scalars: the app's validation coerces, and in a union it coerces to the first branch that takes the value, so a
 * number 3 in `string | number` was saved as "3", ["a"] in `string | string[]` as "a", a null as "". Only for
 * bodies (a query's numbers arrive as text and need coercion), and it applies no defaults. Failures reach
 * http/errors.ts like any validation error.
 */
export function exactValidator({ schema }: { schema: unknown }) {
  const checker = Compile(schema as TSchema);
  const validate = Object.assign(
    (data: unknown): boolean => {
      if (checker.Check(data)) return true;
      validate.errors = [...checker.Errors(data)].slice(0, 20) as FastifySchemaValidationError[];
      return false;
    },
    { errors: null as FastifySchemaValidationError[] | null },
  );
  return validate;
}

/** Standard error answers, so the OpenAPI document lists them. */
export const errors = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
};
