/**
 * Responses as CSV rows, for the CLI's `export responses` and the API's /api/v1/responses/export: one column list,
 * one row shape. Cells customers wrote (comments, names, answers…) are defused against spreadsheet formula
 * injection (src/shared/csv.ts). Ids, dates and scores are left alone.
 */
import { csvPages, defuse } from '../../shared/csv.ts';
import type { ResponseService, ResponseView, ResponseFilters } from './response.service.ts';
import type { Auth } from '../auth/policy.ts';

export const CSV_COLUMNS = ['id', 'created_at', 'survey_id', 'survey', 'score', 'group', 'comment', 'language', 'channel', 'email', 'name', 'external_id', 'team', 'location', 'employee', 'tags', 'answers', 'properties'];

/** One response; `surveyName` tells its scale apart in an export of several surveys (0–10 NPS beside 1–5 CSAT). */
export function csvRow(r: ResponseView, surveyName: string | undefined): unknown[] {
  return [
    r.id,
    r.createdAt,
    r.surveyId,
    defuse(surveyName ?? ''),
    r.score,
    r.group,
    defuse(r.comment),
    r.language, // the language text analytics read the comment in; empty until it is analysed
    r.channel,
    defuse(r.person?.email),
    defuse(r.person?.name),
    defuse(r.person?.externalId),
    defuse(r.team),
    defuse(r.location),
    defuse(r.employee),
    // JSON like answers and properties: a tag may hold any punctuation, so no separator would be safe
    defuse(JSON.stringify(r.tags)),
    defuse(JSON.stringify(r.answers)),
    defuse(JSON.stringify(r.properties)),
  ];
}

/**
 * Every response the filters select that `auth` may read, newest first, as CSV chunks (header first), a page at a
 * time: memory stays flat however many there are. The first page is read before this returns, so bad filters throw
 * here (a 400) rather than in the middle of a download.
 */
export async function responsesCsv(responses: ResponseService, auth: Auth, filters: Omit<ResponseFilters, 'cursor' | 'limit'>): Promise<AsyncGenerator<string>> {
  const first = await responses.list(auth, { ...filters, limit: 200 });
  const names = await responses.surveyNames(auth.workspaceId);
  return csvPages(CSV_COLUMNS, first, (cursor) => responses.list(auth, { ...filters, limit: 200, cursor }), (r) => csvRow(r, names.get(r.surveyId)));
}
