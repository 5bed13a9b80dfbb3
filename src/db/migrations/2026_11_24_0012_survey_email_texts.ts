/**
 * A survey's own wording for its emails: the subject, the intro paragraph and the reminder's subject. Nullable
 * text: null (every survey before this migration) means the localised default of email-i18n.ts, so nothing changes
 * for existing surveys. Plain columns rather than one JSON column: they are read on every send, never searched.
 */
import type { Kysely } from 'kysely';

const COLUMNS = ['email_subject', 'email_intro', 'email_reminder_subject'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  // One ALTER per column: SQLite adds only one column per statement.
  for (const column of COLUMNS) await db.schema.alterTable('survey').addColumn(column, 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of [...COLUMNS].reverse()) await db.schema.alterTable('survey').dropColumn(column).execute();
}
