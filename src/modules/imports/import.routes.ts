/** /api/v1/imports: upload a CSV of people or responses, see the validation report, follow progress. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportKind } from '../../db/tables.ts';
import { errors, IdParams, Nullable, PageOf, PageQuery, StringEnum } from '../../http/schemas.ts';
import { MAX_UPLOAD_BYTES } from './import.service.ts';

const Kind = StringEnum(IMPORT_KINDS, { description: 'people: creates or updates people; responses: adds responses to one survey' });
const Mapping = Type.Record(Type.String({ maxLength: 200 }), Type.String({ maxLength: 120 }), {
  description:
    'column name → field (see the preview for field names); others are detected by their header, and the rest become properties. ' +
    'People fields: email, name, externalId, phone, locale, timeZone, account. Response fields: score, comment, email, name, externalId, phone, ' +
    'team, location, employee, channel, createdAt. `ignore` skips a column.',
});
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
  progress: Type.Integer({ description: 'Percent of the rows processed, 0–100' }),
  problems: Type.Array(Problem, { description: 'What is wrong, by row (1 is the header) and column; at most 1,000' }),
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
        description:
          'Managers, owners and admins, or a write API key. Writes nothing: answers each column with the field it maps to (`ignore`, or ' +
          '`property:<name>` for a column kept as a property), the first rows and the row count, so a mapping can be confirmed before `POST /api/v1/imports`.',
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
        description:
          'Managers, owners and admins, or a write API key. Answers 201 either way: status `invalid` with its `problems` when nothing will be ' +
          'imported, else `queued` (an `import.run` job; follow it with `GET /api/v1/imports/{id}`). Imported responses count like any other: ' +
          'metrics, webhooks, alert rules and text analytics see them; people are matched by email, then external id, and updated or created.',
        body: Type.Object(
          {
            kind: Kind,
            surveyId: Type.Optional(Type.String({ maxLength: 100, description: 'The survey the responses belong to; required for a responses import' })),
            fileName: Type.String({ minLength: 1, maxLength: 200, description: 'The uploaded file’s name, shown in the list of imports' }),
            csv,
            mapping: Type.Optional(Mapping),
            skipInvalid: Type.Optional(Type.Boolean({ description: 'Import the valid rows and skip those with problems (a header problem still stops the import); default false' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ImportSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.imports.start(ctx, req.auth, req.body as never)),
  );
  api.get(
    '/api/v1/imports',
    {
      schema: {
        tags,
        summary: 'Imports, newest first',
        description: 'Any member or API key (read scope is enough). In pages of `limit` (follow `nextCursor`).',
        querystring: Type.Object(PageQuery),
        response: { 200: PageOf(ImportSchema), ...errors },
      },
    },
    (req) => ctx.imports.list(req.auth, req.query as never),
  );
  api.get(
    '/api/v1/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import with its progress and report',
        description:
          'Any member or API key (read scope is enough). Poll it while the status is `queued` or `running`; `done` ends with `importedRows` and ' +
          'the rows skipped in `problems`, `failed` with `error`. 404 when no import of this workspace has the id.',
        params: IdParams,
        response: { 200: ImportSchema, ...errors },
      },
    },
    (req) => ctx.imports.get(req.auth, (req.params as { id: string }).id),
  );
}
