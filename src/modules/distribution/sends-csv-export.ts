/**
 * Sends as CSV, for GET /api/v1/sends/export: every send the filters select (not just the pages a screen has
 * loaded), one row each. Text from outside — a person's name, email and external id, a mail server's error — is
 * defused against spreadsheet formulas (src/shared/csv.ts); ids, dates, statuses and links are written as they are.
 * The link column follows the list's rule: filled in only for callers who may send surveys (write access), empty
 * for the others, since whoever holds a link can answer as the person.
 */
import { csvPages, defuse } from '../../shared/csv.ts';
import type { Auth } from '../auth/policy.ts';
import type { DistributionService, SendFilters, SendView } from './distribution.service.ts';

export const SENDS_CSV_COLUMNS = [
  'id',
  'survey_id',
  'created_at',
  'scheduled_at',
  'sent_at',
  'responded_at',
  'status',
  'skip_reason',
  'error',
  'channel',
  'person_id',
  'email',
  'name',
  'external_id',
  'link',
  'expires_at',
] as const;

/** How many sends are read per query: the list's largest page, so memory stays flat however many there are. */
const PAGE = 200;

export function sendCsvRow(s: SendView): unknown[] {
  return [
    s.id,
    s.surveyId,
    s.createdAt,
    s.scheduledAt,
    s.sentAt,
    s.respondedAt,
    s.status,
    s.skipReason,
    defuse(s.error),
    s.channel,
    s.personId,
    defuse(s.person?.email),
    defuse(s.person?.name),
    defuse(s.person?.externalId),
    s.link,
    s.expiresAt,
  ];
}

/**
 * Every send the filters select that `auth` may read, newest first, as CSV chunks (header first), a page at a time.
 * The first page is read before this returns, so a refused caller or a bad filter fails here (a 4xx) rather than in
 * the middle of a download.
 */
export async function sendsCsv(distribution: DistributionService, auth: Auth, filters: SendFilters): Promise<AsyncGenerator<string>> {
  const first = await distribution.list(auth, { ...filters, limit: PAGE });
  return csvPages(SENDS_CSV_COLUMNS, first, (cursor) => distribution.list(auth, { ...filters, limit: PAGE, cursor }), sendCsvRow);
}
