// The cases inbox's filters as its URL carries them, and the API query they make. No imports on purpose: the
// server's links into the inbox (src/modules/loop/links.ts, e.g. the weekly digest's `/cases?team=<id>`) are tested
// against these functions (test/loop/links.test.ts), under the server's compiler settings.

/**
 * The URL parameters the cases page reads: `/cases?status&owner&team&priority&overdue=1` (and `view`). Without
 * `status` the list shows the cases still to do (open or in progress): a manager's working list, and what the
 * server's links promise ("3 open cases", the unassigned ones, the overdue ones). `status=any` shows every status.
 */
export const CASE_FILTER_KEYS = ['status', 'owner', 'team', 'priority', 'overdue'] as const;
export type CaseFilterKey = (typeof CASE_FILTER_KEYS)[number];
export type CaseFilterValues = Record<CaseFilterKey, string>;

/** `status=any`: cases of every status, closed ones included (no `status`: the ones still to do). */
export const STATUS_ANY = 'any';

/** `owner=mine`: the signed-in user's cases. */
export const OWNER_MINE = 'mine';
/** `owner=none`: cases nobody owns yet (member ids are UUIDs, never "none"). */
export const OWNER_NONE = 'none';

/** The filter values in a URL's query (absent ones empty). */
export function caseFilterValues(params: URLSearchParams): CaseFilterValues {
  const v = {} as CaseFilterValues;
  for (const key of CASE_FILTER_KEYS) v[key] = params.get(key) ?? '';
  return v;
}

/** What GET /api/v1/cases is asked for these filters (status and priority as written; the page passes its own). */
export interface CaseListQuery {
  status?: string;
  /** Only the cases still to do (open or in progress). */
  open?: boolean;
  mine?: boolean;
  unassigned?: boolean;
  ownerUserId?: string;
  teamId?: string;
  priority?: string;
  overdue?: boolean;
}

/**
 * The API query of the filters: no status asks for the open ones, `any` for all, another value for that status. The
 * board shows every status in its columns, so it ignores the status filter.
 */
export function caseListQuery(values: CaseFilterValues, opts: { board: boolean }): CaseListQuery {
  const q: CaseListQuery = {};
  if (!opts.board) {
    if (!values.status) q.open = true;
    else if (values.status !== STATUS_ANY) q.status = values.status;
  }
  if (values.owner === OWNER_MINE) q.mine = true;
  else if (values.owner === OWNER_NONE) q.unassigned = true;
  else if (values.owner) q.ownerUserId = values.owner;
  if (values.team) q.teamId = values.team;
  if (values.priority) q.priority = values.priority;
  if (values.overdue) q.overdue = true;
  return q;
}
