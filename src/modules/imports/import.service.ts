/**
 * Imports started from the dashboard: the CSV is checked as soon as it is uploaded (the validation report names
 * row and column), then written by a background job that records its progress, so the page can show a bar and the
 * import survives a restart.
 */
import type { Kysely } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { DataImportRow, DB } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import { importPeopleCsv, mapPeopleColumns, type PeopleField } from './people-csv.ts';
import { countCsvRows, importResponsesCsv, mapColumns, type RowProblem, readRows, type TargetField } from './response-csv.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface ImportView {
  id: string;
  kind: 'people' | 'responses';
  surveyId: string | null;
  fileName: string;
  status: DataImportRow['status'];
  totalRows: number;
  processedRows: number;
  importedRows: number;
  /** 0–100 */
  progress: number;
  problems: RowProblem[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

function present(r: DataImportRow): ImportView {
  return {
    id: r.id,
    kind: r.kind,
    surveyId: r.survey_id,
    fileName: r.file_name,
    status: r.status,
    totalRows: r.total_rows,
    processedRows: r.processed_rows,
    importedRows: r.imported_rows,
    progress: r.total_rows === 0 ? (r.status === 'done' ? 100 : 0) : Math.min(100, Math.round((100 * r.processed_rows) / r.total_rows)),
    problems: parseJson(r.problems, []),
    error: r.error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export interface StartImport {
  kind: 'people' | 'responses';
  surveyId?: string | undefined;
  fileName: string;
  csv: string;
  mapping?: Record<string, string> | undefined;
  skipInvalid?: boolean | undefined;
}

export class ImportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly jobs: JobQueue,
  ) {}

  /** Which field each column maps to (detected or as given), and a few rows, to confirm before importing. */
  async preview(auth: Auth, kind: 'people' | 'responses', csv: string, mapping: Record<string, string> = {}) {
    requireAccess(auth, 'write');
    const rows: string[][] = [];
    for await (const r of readRows({ text: csv })) {
      rows.push(r);
      if (rows.length > 6) break;
    }
    const header = rows[0];
    if (!header) throw invalid('csv', 'the file is empty');
    const map = kind === 'people' ? mapPeopleColumns(header, mapping as Record<string, PeopleField>) : mapColumns(header, mapping as Record<string, TargetField>);
    return { columns: header.map((name, i) => ({ name, field: map.get(i) ?? 'ignore' })), sample: rows.slice(1), totalRows: await countCsvRows({ text: csv }) };
  }

  /** Checks the file and, unless it has problems (and skipInvalid is off), queues the import. */
  async start(ctx: AppContext, auth: Auth, input: StartImport): Promise<ImportView> {
    requireAccess(auth, 'write');
    if (Buffer.byteLength(input.csv) > MAX_UPLOAD_BYTES) throw invalid('csv', `must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    if (input.kind === 'responses' && !input.surveyId) throw invalid('surveyId', 'is required for a responses import');
    // checked for people imports too: it is stored with the import, and an unknown id failed the foreign key (500)
    if (input.surveyId !== undefined) {
      await ctx.surveys.getRow(auth.workspaceId, input.surveyId).catch(() => {
        throw invalid('surveyId', `no survey with id ${input.surveyId} in this workspace`);
      });
    }
    const report = await this.validate(ctx, auth, input);
    const now = nowIso();
    const row: DataImportRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      kind: input.kind,
      survey_id: input.surveyId ?? null,
      file_name: input.fileName.slice(0, 200),
      content: null,
      mapping: JSON.stringify(input.mapping ?? {}),
      skip_invalid: input.skipInvalid ? 1 : 0,
      status: 'invalid',
      total_rows: report.rows,
      processed_rows: 0,
      imported_rows: 0,
      problems: JSON.stringify(report.problems.slice(0, 1000)),
      error: null,
      created_by: auth.userId,
      created_at: now,
      updated_at: now,
      finished_at: null,
    };
    const fatal = report.problems.some((p) => p.row === 1);
    if (!fatal && (report.problems.length === 0 || input.skipInvalid)) {
      row.status = 'queued';
      row.content = input.csv;
    } else row.finished_at = now;
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('data_import').values(row).execute();
      if (row.status === 'queued') await this.jobs.enqueue(trx, 'import.run', { importId: row.id }, { workspaceId: auth.workspaceId });
    });
    return present(row);
  }

  /** The importers' first pass only: every row checked, nothing written. */
  private async validate(ctx: AppContext, auth: Auth, input: StartImport): Promise<{ rows: number; problems: RowProblem[] }> {
    const file = { text: input.csv };
    return input.kind === 'people'
      ? importPeopleCsv(ctx, auth, { file, mapping: (input.mapping ?? {}) as Record<string, PeopleField>, validateOnly: true })
      : importResponsesCsv(ctx, auth, { file, surveyId: input.surveyId!, mapping: (input.mapping ?? {}) as Record<string, TargetField>, validateOnly: true });
  }

  async get(auth: Auth, id: string): Promise<ImportView> {
    requireAccess(auth, 'read');
    const row = await this.db.selectFrom('data_import').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('import');
    return present(row);
  }

  async list(auth: Auth, page: PageRequest): Promise<Page<ImportView>> {
    requireAccess(auth, 'read');
    const q = this.db.selectFrom('data_import').selectAll().where('workspace_id', '=', auth.workspaceId);
    return paginate(q, 'data_import', page, present);
  }

  /** Job: writes a queued import, recording progress as it goes. */
  async run(ctx: AppContext, importId: string): Promise<'success' | 'skipped'> {
    const row = await this.db.selectFrom('data_import').selectAll().where('id', '=', importId).executeTakeFirst();
    if (!row || (row.status !== 'queued' && row.status !== 'running') || row.content === null) return 'skipped';
    const auth: Auth = { workspaceId: row.workspace_id, via: 'api_key', role: null, scope: 'write', userId: row.created_by, apiKeyId: null };
    await this.db.updateTable('data_import').set({ status: 'running', processed_rows: 0, updated_at: nowIso() }).where('id', '=', importId).execute();
    let processed = 0;
    const onProgress = (n: number) => {
      processed += n;
      void this.db.updateTable('data_import').set({ processed_rows: processed, updated_at: nowIso() }).where('id', '=', importId).execute();
    };
    const common = { file: { text: row.content }, skipInvalid: row.skip_invalid === 1, onProgress };
    try {
      const report =
        row.kind === 'people'
          ? await importPeopleCsv(ctx, auth, { ...common, mapping: parseJson(row.mapping, {}) })
          : await importResponsesCsv(ctx, auth, { ...common, surveyId: row.survey_id!, mapping: parseJson(row.mapping, {}) });
      const now = nowIso();
      await this.db
        .updateTable('data_import')
        .set({ status: 'done', processed_rows: report.rows, imported_rows: report.imported, problems: JSON.stringify(report.problems.slice(0, 1000)), content: null, finished_at: now, updated_at: now })
        .where('id', '=', importId)
        .execute();
      return 'success';
    } catch (err) {
      const now = nowIso();
      await this.db.updateTable('data_import').set({ status: 'failed', error: (err as Error).message.slice(0, 1000), finished_at: now, updated_at: now }).where('id', '=', importId).execute();
      throw err;
    }
  }
}
