/** /api/v1/imports: upload a CSV of people or responses, see the validation report, follow progress. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportKind } from '../../db/tables.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, StringEnum } from '../../http/schemas.ts';
import { MAX_UPLOAD_BYTES } from './import.service.ts';

const Kind = StringEnum(IMPORT_KINDS);
const Mapping = Type.Record(Type.String({ maxLength: 200 }), Type.String({ maxLength: 120 }), { description: 'column name → field (see the preview for field names); others are detected' });
const Problem = Type.Object({ row: Type.Integer(), column: Type.String(), message: Type.String() });
const ImportSchema = Type.Object({
  id: Type.String(),
  kind: Kind,
  surveyId: Nullable(Type.String()),
  fileName: Type.String(),
  status: StringEnum(IMPORT_STATUSES, { description: 'invalid: nothing was imported (see problems); queued, running, done or failed' }),
  totalRows: Type.Integer(),
  processedRows: Type.Integer(),
  importedRows: Type.Integer(),
  progress: Type.Integer(),
  problems: Type.Array(Problem),
  error: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});

export function registerImportRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Imports'];
  const csv = Type.String({ minLength: 1, maxLength: MAX_UPLOAD_BYTES, description: 'the CSV file’s text (UTF-8, header row first)' });
  api.post(
    '/api/v1/imports/preview',
    {
      bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
      schema: {
        tags,
        summary: 'Detect the column mapping of a CSV and show its first rows',
        body: Type.Object({ kind: Kind, csv, mapping: Type.Optional(Mapping) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ columns: Type.Array(Type.Object({ name: Type.String(), field: Type.String() })), sample: Type.Array(Type.Array(Type.String())), totalRows: Type.Integer() }),
          ...errors,
        },
      },
    },
    (req) => {
      const b = req.body as { kind: ImportKind; csv: string; mapping?: Record<string, string> };
      return ctx.imports.preview(req.auth, b.kind, b.csv, b.mapping);
    },
  );
  api.post(
    '/api/v1/imports',
    {
      bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
      schema: {
        tags,
        summary: 'Start an import: the file is checked at once (problems by row and column); a clean file is imported in the background',
        body: Type.Object(
          { kind: Kind, surveyId: Type.Optional(Type.String({ maxLength: 100 })), fileName: Type.String({ minLength: 1, maxLength: 200 }), csv, mapping: Type.Optional(Mapping), skipInvalid: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 201: ImportSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.imports.start(ctx, req.auth, req.body as never)),
  );
  api.get('/api/v1/imports', { schema: { tags, summary: 'Imports, newest first', querystring: Type.Object(PageQuery), response: { 200: PageOf(ImportSchema), ...errors } } }, (req) =>
    ctx.imports.list(req.auth, req.query as never),
  );
  api.get('/api/v1/imports/:id', { schema: { tags, summary: 'An import with its progress and report', params: IdParams, response: { 200: ImportSchema, ...errors } } }, (req) =>
    ctx.imports.get(req.auth, (req.params as { id: string }).id),
  );
}
