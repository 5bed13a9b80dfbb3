/**
 * Import of Delighted's response export (CSV), so that former Delighted customers keep their history. Columns are
 * recognised by Delighted's header names (case and spacing do not matter):
 *   Response ID → property `delighted_response_id` (a re-run skips rows already imported into the survey)
 *   Person ID → property `delighted_person_id`; Score; Comment; Created / Response timestamp → the original time;
 *   Email, Name, Phone number → the person (rows without an email keep name and phone as properties); Tags → `delighted_tags`; Notes → `delighted_notes`;
 *   Delighted Source / Source → property `delighted_source`; "Properties: Plan" (or "Property: Plan") → property Plan;
 *   Permalink, Updated, Survey type are dropped (the permalinks stop working with Delighted);
 *   any other column → a property of that name.
 * Same report and batch writing as the generic import (imports/response-csv.ts): the whole file is checked first,
 * nothing is written when a row is wrong unless `skipInvalid`; responses get channel `import`.
 */
import type { AppContext } from '../../app-context.ts';
import type { Auth } from '../auth/policy.ts';
import { type ImportReport, readRows, type RowProblem, writeInBatches } from '../imports/response-csv.ts';
import type { ResponseInput } from '../responses/response.service.ts';
import { checkResponse, MAX_PROPERTIES } from '../responses/response.validate.ts';
import type { Question } from '../surveys/survey.service.ts';
import { parseJson } from '../../shared/json.ts';
import { NOTES_PROPERTY, TAGS_PROPERTY } from './delighted.service.ts';

export const RESPONSE_ID_PROPERTY = 'delighted_response_id';
const BATCH = 1000;

type Field = 'responseId' | 'personId' | 'score' | 'comment' | 'createdAt' | 'email' | 'name' | 'phone' | 'tags' | 'notes' | 'source' | 'drop';
type Target = Field | `property:${string}`;

const HEADERS: Record<Field, string[]> = {
  responseId: ['response id', 'response_id', 'id'],
  personId: ['person id', 'person_id', 'person'],
  score: ['score', 'nps score', 'rating'],
  comment: ['comment', 'comments'],
  createdAt: ['created', 'created at', 'created_at', 'response timestamp', 'responded at', 'date', 'timestamp'],
  email: ['email', 'person email', 'email address', 'person_email'],
  name: ['name', 'person name', 'person_name'],
  phone: ['phone number', 'phone', 'phone_number'],
  tags: ['tags', 'delighted tags'],
  notes: ['notes', 'note'],
  source: ['delighted source', 'source', 'channel'],
  drop: ['permalink', 'updated', 'updated at', 'updated_at', 'survey type', 'survey_type'],
};

export interface DelightedImportReport extends ImportReport {
  /** Rows whose Response ID was already imported into this survey (not written again). */
  skippedExisting: number;
}

/** Column index → what it holds. */
export function mapDelightedColumns(header: string[]): Map<number, Target> {
  const out = new Map<number, Target>();
  const used = new Set<Field>();
  header.forEach((raw, i) => {
    const h = raw.trim();
    const norm = h.toLowerCase().replace(/\s+/g, ' ');
    const prop = /^propert(?:y|ies)\s*:\s*(.+)$/i.exec(h);
    if (prop) {
      out.set(i, `property:${prop[1]!.trim()}`);
      return;
    }
    const field = (Object.entries(HEADERS) as [Field, string[]][]).find(([f, names]) => (f === 'drop' || !used.has(f)) && names.includes(norm))?.[0];
    if (field) {
      out.set(i, field);
      used.add(field);
    } else if (h !== '') out.set(i, `property:${h}`);
  });
  return out;
}

/**
 * Delighted's timestamps: "2024-03-05 14:22:01 -0800", "2024-03-05 14:22:01 UTC", ISO-8601, or Unix seconds.
 * A date-time without a zone is taken as UTC.
 */
export function parseDelightedTime(value: string): string | null {
  const v = value.trim();
  if (/^\d{9,11}$/.test(v)) return new Date(Number(v) * 1000).toISOString();
  let m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i.exec(v);
  if (m) {
    const zone = !m[3] || /^(utc|gmt|z)$/i.test(m[3]) ? 'Z' : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
    const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  m = /^(\d{4}-\d{2}-\d{2})$/.exec(v);
  if (m) return new Date(`${m[1]}T00:00:00Z`).toISOString();
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function rowToInput(surveyId: string, cells: string[], mapping: Map<number, Target>, header: string[]): { input: ResponseInput; responseId: string | null; problems: { column: string; message: string }[] } {
  const input: ResponseInput = { surveyId, score: null, channel: 'import' };
  const person: NonNullable<ResponseInput['person']> = {};
  const own: Record<string, string> = {};
  const extra: Record<string, string> = {};
  const problems: { column: string; message: string }[] = [];
  let responseId: string | null = null;
  cells.forEach((raw, i) => {
    const value = raw.trim();
    const target = mapping.get(i);
    const column = header[i]?.trim() || `column ${i + 1}`;
    if (!target || target === 'drop' || value === '') return;
    switch (target) {
      case 'responseId':
        responseId = value.slice(0, 100);
        own[RESPONSE_ID_PROPERTY] = responseId;
        break;
      case 'personId':
        own.delighted_person_id = value.slice(0, 100);
        break;
      case 'score': {
        const n = Number(value);
        if (!Number.isInteger(n)) problems.push({ column, message: `"${value.slice(0, 20)}" is not a whole number` });
        else input.score = n;
        break;
      }
      case 'comment':
        input.comment = value;
        break;
      case 'createdAt': {
        const iso = parseDelightedTime(value);
        if (!iso) problems.push({ column, message: `"${value.slice(0, 30)}" is not a date` });
        else input.createdAt = iso;
        break;
      }
      case 'email':
        person.email = value;
        break;
      case 'name':
        person.name = value.slice(0, 200);
        break;
      case 'phone':
        person.phone = value.slice(0, 50);
        break;
      case 'tags':
        own[TAGS_PROPERTY] = value.slice(0, 1000);
        break;
      case 'notes':
        own[NOTES_PROPERTY] = value.slice(0, 1000);
        break;
      case 'source':
        own.delighted_source = value.slice(0, 100);
        break;
      default:
        extra[target.slice(9).slice(0, 100)] = value.slice(0, 1000);
    }
  });
  // Clearloop finds people by email: a row without one (an SMS survey) keeps its name and phone as properties.
  if (!person.email) {
    if (person.name) own.delighted_name = person.name;
    if (person.phone) own.delighted_phone = person.phone;
  }
  const room = MAX_PROPERTIES - Object.keys(own).length;
  const kept = Object.entries(extra).slice(0, room);
  if (Object.keys(extra).length > room) problems.push({ column: '(properties)', message: `at most ${MAX_PROPERTIES} properties per response; drop some columns` });
  const properties = { ...Object.fromEntries(kept), ...own };
  if (person.email) input.person = person;
  if (Object.keys(properties).length > 0) input.properties = properties;
  return { input, responseId, problems };
}

/** Response IDs already imported into the survey, so that a re-run does not duplicate them. */
async function importedIds(ctx: AppContext, workspaceId: string, surveyId: string): Promise<Set<string>> {
  const out = new Set<string>();
  const rows = await ctx.database.db
    .selectFrom('response')
    .select('properties')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('channel', '=', 'import')
    .where('properties', 'like', `%"${RESPONSE_ID_PROPERTY}"%`)
    .execute();
  for (const r of rows) {
    const id = parseJson<Record<string, unknown>>(r.properties, {})[RESPONSE_ID_PROPERTY];
    if (typeof id === 'string') out.add(id);
  }
  return out;
}

export async function importDelightedCsv(
  ctx: AppContext,
  auth: Auth,
  opts: { file: string; surveyId: string; skipInvalid?: boolean; onProgress?: (n: number) => void },
): Promise<DelightedImportReport> {
  const survey = await ctx.surveys.getRow(auth.workspaceId, opts.surveyId);
  const questions = parseJson<Question[]>(survey.questions, []);
  const existing = await importedIds(ctx, auth.workspaceId, survey.id);
  let header: string[] | null = null;
  let mapping = new Map<number, Target>();
  const problems: RowProblem[] = [];
  const skip = new Set<number>();
  const seen = new Set<string>();
  let rows = 0;
  let skippedExisting = 0;

  // Pass 1: check every row.
  let rowNo = 1;
  for await (const cells of readRows(opts.file)) {
    if (!header) {
      header = cells;
      mapping = mapDelightedColumns(header);
      if (![...mapping.values()].includes('score')) {
        return { rows: 0, imported: 0, skippedExisting: 0, problems: [{ row: 1, column: '(header)', message: 'no "Score" column: is this a Delighted response export?' }] };
      }
      continue;
    }
    rowNo++;
    rows++;
    const { input, responseId, problems: ps } = rowToInput(survey.id, cells, mapping, header);
    if (responseId !== null && (existing.has(responseId) || seen.has(responseId))) {
      if (existing.has(responseId)) skippedExisting++;
      else ps.push({ column: 'Response ID', message: `${responseId} appears twice in the file` });
      skip.add(rowNo);
      if (ps.length === 0) continue;
    }
    if (responseId !== null) seen.add(responseId);
    const scoreCol = header[[...mapping.entries()].find(([, f]) => f === 'score')![0]]?.trim() ?? 'Score';
    const createdCol = header[[...mapping.entries()].find(([, f]) => f === 'createdAt')?.[0] ?? -1]?.trim() ?? 'Created';
    for (const p of checkResponse(survey.kind, questions, input, '')) {
      ps.push({ column: p.field === 'score' ? scoreCol : p.field === 'createdAt' ? createdCol : p.field, message: p.message });
    }
    if (input.score === null && !ps.some((p) => p.column === scoreCol)) ps.push({ column: scoreCol, message: 'is empty' });
    if (ps.length > 0) {
      skip.add(rowNo);
      for (const p of ps) if (problems.length < 1000) problems.push({ row: rowNo, ...p });
    }
  }
  if (!header) return { rows: 0, imported: 0, skippedExisting: 0, problems: [{ row: 1, column: '(file)', message: 'the file is empty' }] };
  if (problems.length > 0 && !opts.skipInvalid) return { rows, imported: 0, skippedExisting, problems };

  // Pass 2: write the good rows in batches through the normal ingest path (metrics stay current).
  const hdr = header;
  const imported = await writeInBatches(
    opts.file,
    skip,
    BATCH,
    (cells) => rowToInput(survey.id, cells, mapping, hdr).input,
    async (items) => {
      await ctx.responses.ingest(auth, items, { batch: true });
    },
    opts.onProgress,
  );
  return { rows, imported, skippedExisting, problems };
}
