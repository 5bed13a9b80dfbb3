/**
 * CSV import of responses: maps columns to response fields (by common header names, or an explicit mapping),
 * validates every row first and reports problems by row and column, then writes in batches of 1,000 through
 * the normal ingest path so metrics stay current.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { AppContext } from '../../app-context.ts';
import type { Auth } from '../auth/policy.ts';
import type { ResponseInput } from '../responses/response.service.ts';
import { checkResponse } from '../responses/response.validate.ts';
import type { Question } from '../surveys/survey.service.ts';
import { parseJson } from '../../shared/json.ts';

export type TargetField = 'score' | 'comment' | 'email' | 'name' | 'externalId' | 'phone' | 'team' | 'location' | 'employee' | 'channel' | 'createdAt' | 'ignore';

const ALIASES: Record<Exclude<TargetField, 'ignore'>, string[]> = {
  score: ['score', 'rating', 'nps', 'nps_score', 'value', 'likelihood', 'likelihood_to_recommend', 'csat', 'csat_score', 'ces', 'ces_score'],
  comment: ['comment', 'comments', 'feedback', 'text', 'reason', 'why', 'verbatim'],
  email: ['email', 'person_email', 'customer_email', 'e-mail'],
  name: ['name', 'person_name', 'customer_name'],
  externalId: ['external_id', 'externalid', 'customer_id', 'person_id'],
  phone: ['phone', 'phone_number'],
  team: ['team'],
  location: ['location', 'store', 'branch'],
  employee: ['employee', 'agent', 'employee_name'],
  channel: ['channel'],
  createdAt: ['created_at', 'createdat', 'date', 'timestamp', 'submitted_at', 'responded_at'],
};

export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  imported: number;
  problems: RowProblem[];
}

/**
 * Column → field for any import: the explicit mapping first, then known header names (each field taken once);
 * other columns become properties.
 */
export function mapColumnsWith<F extends string>(aliases: Partial<Record<F, string[]>>, header: string[], explicit: Record<string, F> = {}): Map<number, F | `property:${string}`> {
  const out = new Map<number, F | `property:${string}`>();
  const used = new Set<F>();
  header.forEach((h, i) => {
    const e = explicit[h];
    if (e) {
      out.set(i, e);
      used.add(e);
    }
  });
  header.forEach((h, i) => {
    if (out.has(i)) return;
    const norm = h.trim().toLowerCase().replace(/\s+/g, '_');
    const field = (Object.entries(aliases) as [F, string[]][]).find(([f, names]) => !used.has(f) && names.includes(norm))?.[0];
    if (field) {
      out.set(i, field);
      used.add(field);
    } else out.set(i, `property:${h.trim()}`);
  });
  return out;
}

/** Column → field of a responses CSV. */
export function mapColumns(header: string[], explicit: Record<string, TargetField> = {}): Map<number, TargetField | `property:${string}`> {
  return mapColumnsWith<TargetField>(ALIASES, header, explicit);
}

function rowToInput(surveyId: string, cells: string[], mapping: Map<number, TargetField | `property:${string}`>, header: string[]): { input: ResponseInput; problems: { column: string; message: string }[] } {
  const input: ResponseInput = { surveyId, score: null, channel: 'import' };
  const person: NonNullable<ResponseInput['person']> = {};
  const properties: Record<string, string> = {};
  const problems: { column: string; message: string }[] = [];
  cells.forEach((raw, i) => {
    const value = raw.trim();
    const target = mapping.get(i);
    const column = header[i] ?? `column ${i + 1}`;
    if (!target || target === 'ignore' || value === '') return;
    switch (target) {
      case 'score': {
        const n = Number(value);
        if (!Number.isInteger(n)) problems.push({ column, message: `"${value.slice(0, 20)}" is not a whole number` });
        else input.score = n;
        break;
      }
      case 'comment':
        input.comment = value;
        break;
      case 'email':
        person.email = value;
        break;
      case 'name':
        person.name = value;
        break;
      case 'externalId':
        person.externalId = value;
        break;
      case 'phone':
        person.phone = value;
        break;
      case 'team':
      case 'location':
      case 'employee':
        input[target] = value.slice(0, 200);
        break;
      case 'channel':
        if (/^[a-z][a-z0-9_]{0,31}$/.test(value)) input.channel = value;
        else problems.push({ column, message: 'must be lower-case letters, digits or _' });
        break;
      case 'createdAt': {
        const t = Date.parse(value);
        if (Number.isNaN(t)) problems.push({ column, message: `"${value.slice(0, 30)}" is not a date` });
        else input.createdAt = new Date(t).toISOString();
        break;
      }
      default:
        if (Object.keys(properties).length < 50) properties[target.slice(9)] = value.slice(0, 500);
    }
  });
  if (Object.keys(person).length > 0) input.person = person;
  if (Object.keys(properties).length > 0) input.properties = properties;
  return { input, problems };
}

/** A CSV file on disk (CLI) or its text (uploaded through the API). */
export type CsvSource = string | { text: string };

/** Streams records so that a large file never sits in memory as parsed rows. */
export async function* readRows(source: CsvSource): AsyncGenerator<string[]> {
  const options = { bom: true, relax_column_count: true, skip_empty_lines: true };
  const parser = typeof source === 'string' ? createReadStream(source).pipe(parse(options)) : Readable.from([source.text]).pipe(parse(options));
  for await (const record of parser) yield record as string[];
}

/**
 * Pass 2 of every import: the data rows (row 2 on) not listed in `skip`, mapped and written `size` at a time.
 * Skipped rows still count for progress. Returns how many rows were written.
 */
export async function writeInBatches<T>(
  source: CsvSource,
  skip: ReadonlySet<number>,
  size: number,
  map: (cells: string[]) => T,
  write: (items: T[]) => Promise<void>,
  onProgress?: (n: number) => void,
): Promise<number> {
  let written = 0;
  let batch: T[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await write(items);
    written += items.length;
    onProgress?.(items.length);
  };
  let rowNo = 0;
  for await (const cells of readRows(source)) {
    rowNo++;
    if (rowNo === 1) continue; // the header
    if (skip.has(rowNo)) {
      onProgress?.(1);
      continue;
    }
    batch.push(map(cells));
    if (batch.length >= size) await flush();
  }
  await flush();
  return written;
}

/** Data rows (without the header). */
export async function countCsvRows(source: CsvSource): Promise<number> {
  let n = -1;
  for await (const _ of readRows(source)) n++;
  return Math.max(n, 0);
}

/**
 * Imports a CSV of responses into a survey. Validates the whole file first; writes nothing when any row is
 * wrong unless `skipInvalid`. `onProgress` is called with the number of rows just written.
 */
export async function importResponsesCsv(
  ctx: AppContext,
  auth: Auth,
  opts: { file: CsvSource; surveyId: string; mapping?: Record<string, TargetField>; skipInvalid?: boolean; validateOnly?: boolean; onProgress?: (n: number) => void },
): Promise<ImportReport> {
  const survey = await ctx.surveys.getRow(auth.workspaceId, opts.surveyId);
  const questions = parseJson<Question[]>(survey.questions, []);
  let header: string[] | null = null;
  let mapping = new Map<number, TargetField | `property:${string}`>();
  const problems: RowProblem[] = [];
  const invalidRows = new Set<number>();
  let rows = 0;

  // Pass 1: validate everything.
  let rowNo = 1;
  for await (const cells of readRows(opts.file)) {
    if (!header) {
      header = cells;
      mapping = mapColumns(header, opts.mapping);
      if (![...mapping.values()].includes('score')) {
        problems.push({ row: 1, column: '(header)', message: 'no score column: name one "score" (or rating, nps, likelihood, csat, ces), or map a column to the score (in the dashboard\'s column mapping, or --map COLUMN=score on the command line)' });
        return { rows: 0, imported: 0, problems };
      }
      continue;
    }
    rowNo++;
    rows++;
    const { input, problems: ps } = rowToInput(opts.surveyId, cells, mapping, header);
    const scoreCol = header[[...mapping.entries()].find(([, f]) => f === 'score')![0]] ?? 'score';
    // checkResponse names the response's fields; a row error names the file's column instead.
    const columnOf: Record<string, string | undefined> = { score: scoreCol, 'person/email': header[[...mapping.entries()].find(([, f]) => f === 'email')?.[0] ?? -1] };
    for (const p of checkResponse(survey.kind, questions, input, '')) {
      ps.push({ column: columnOf[p.field] ?? p.field, message: p.message });
    }
    if (input.score === null && !ps.some((p) => p.column === scoreCol)) ps.push({ column: scoreCol, message: 'is empty' });
    if (ps.length > 0) {
      invalidRows.add(rowNo);
      for (const p of ps) if (problems.length < 1000) problems.push({ row: rowNo, ...p });
    }
  }
  if (!header) return { rows: 0, imported: 0, problems: [{ row: 1, column: '(file)', message: 'the file is empty' }] };
  if ((problems.length > 0 && !opts.skipInvalid) || opts.validateOnly) return { rows, imported: 0, problems };

  // Pass 2: write valid rows in batches through the normal ingest path (metrics stay current).
  const hdr = header;
  const imported = await writeInBatches(
    opts.file,
    invalidRows,
    1000,
    (cells) => rowToInput(opts.surveyId, cells, mapping, hdr).input,
    async (items) => {
      await ctx.responses.ingest(auth, items, { batch: true });
    },
    opts.onProgress,
  );
  return { rows, imported, problems };
}
