/** The few SQL fragments that differ between SQLite and PostgreSQL. */
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from './create-db.ts';

/** Case-insensitive substring match. SQLite's LIKE is already case-insensitive for ASCII. */
export function containsInsensitive(dialect: Dialect, column: string, needle: string): RawBuilder<boolean> {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  switch (dialect) {
    case 'postgres':
      return sql<boolean>`${sql.ref(column)} ILIKE ${pattern} ESCAPE '\\'`;
    case 'sqlite':
      return sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
    default:
      throw new Error(`unknown dialect ${String(dialect)}`);
  }
}

/** True when a driver error is a unique-constraint violation (mapped by code, never by message text). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when a driver error is a foreign-key violation, e.g. a cached id whose record another process deleted. */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
