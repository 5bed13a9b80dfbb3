/**
 * The language each comment was read in by text analytics ('en', 'es', 'fr', 'de'), so responses can be shown and
 * filtered by it. Nullable: rows analysed before this migration get their language from the re-analysis that the
 * process applying it starts (app-context.ts), and a response without a comment has no analysis row at all.
 * No index: the responses list filters on it through the join on response_analysis's primary key, within a
 * workspace's responses, and four values would make a poor index anyway.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('response_analysis').addColumn('language', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('response_analysis').dropColumn('language').execute();
}
