/** Keyset pagination over (created_at, id) descending: the same cost on page 1 and page 10,000. */
import { type SelectQueryBuilder, sql } from 'kysely';
import { decodeCursor, encodeCursor } from './cursor.ts';

export interface PageRequest {
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/**
 * Applies the cursor and limit to a query whose rows have created_at and id (qualified by `table`), fetches one
 * extra row to know whether another page exists, and maps rows to their API shape.
 */
export async function paginate<DB, TB extends keyof DB, O extends { created_at: string; id: string }, T>(
  query: SelectQueryBuilder<DB, TB, O>,
  table: string,
  page: PageRequest,
  present: (row: O) => T,
): Promise<Page<T>> {
  const limit = Math.min(Math.max(page.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  let q = query;
  const createdAt = sql.ref(`${table}.created_at`);
  const id = sql.ref(`${table}.id`);
  if (page.cursor) {
    const pos = decodeCursor(page.cursor);
    // (created_at, id) < (pos.createdAt, pos.id), spelled out because row-value comparison syntax differs.
    q = q.where(sql<boolean>`(${createdAt} < ${pos.createdAt} OR (${createdAt} = ${pos.createdAt} AND ${id} < ${pos.id}))`);
  }
  const rows = await q
    .orderBy(createdAt, 'desc')
    .orderBy(id, 'desc')
    .limit(limit + 1)
    .execute();
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { data: pageRows.map(present), nextCursor: more && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null };
}
