/**
 * The index of responses by person covers only responses that have a person. Anonymous feedback (the widget, the
 * public feedback page, API calls without a person) is a large share of all responses and was adding a NULL entry
 * to this index on every write, for lookups that always ask for one person (person_id = …, IN (…)), which the
 * partial index still answers on both databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('response_person_idx').execute();
  await db.schema.createIndex('response_person_idx').on('response').column('person_id').where('person_id', 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('response_person_idx').execute();
  await db.schema.createIndex('response_person_idx').on('response').column('person_id').execute();
}
