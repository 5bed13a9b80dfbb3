/**
 * Password reset by email: one row per link emailed. The database keeps only the SHA-256 of the link's random token
 * (a leaked database does not leak working links); a link works once (used_at) and until expires_at.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('password_reset')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('password_reset_user_idx').on('password_reset').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('password_reset_expires_idx').on('password_reset').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('password_reset').ifExists().execute();
}
