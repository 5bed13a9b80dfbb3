/** Runs the migrations from a static import map, so the list is explicit and works in any bundling. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as core from './migrations/2026_11_23_0001_core.ts';
import * as jobs from './migrations/2026_11_23_0002_jobs.ts';
import * as collect from './migrations/2026_11_23_0003_collect.ts';
import * as imports from './migrations/2026_11_23_0004_imports.ts';
import * as loop from './migrations/2026_11_23_0005_loop.ts';
import * as themes from './migrations/2026_11_23_0006_themes.ts';
import * as partialPersonIndex from './migrations/2026_11_23_0007_partial_person_index.ts';
import * as feedbackEmail from './migrations/2026_11_23_0008_feedback_email.ts';
import * as commentLanguage from './migrations/2026_11_24_0009_comment_language.ts';
import * as rateLimit from './migrations/2026_11_24_0010_rate_limit.ts';
import * as passwordReset from './migrations/2026_11_24_0011_password_reset.ts';
import * as surveyEmailTexts from './migrations/2026_11_24_0012_survey_email_texts.ts';
import type { DB } from './tables.ts';

const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_0001_core': core,
  '2026_11_23_0002_jobs': jobs,
  '2026_11_23_0003_collect': collect,
  '2026_11_23_0004_imports': imports,
  '2026_11_23_0005_loop': loop,
  '2026_11_23_0006_themes': themes,
  '2026_11_23_0007_partial_person_index': partialPersonIndex,
  '2026_11_23_0008_feedback_email': feedbackEmail,
  '2026_11_24_0009_comment_language': commentLanguage,
  '2026_11_24_0010_rate_limit': rateLimit,
  '2026_11_24_0011_password_reset': passwordReset,
  '2026_11_24_0012_survey_email_texts': surveyEmailTexts,
};

/** The migration that stored each comment's language (app-context.ts re-analyses older comments after it). */
export const COMMENT_LANGUAGE_MIGRATION = '2026_11_24_0009_comment_language';

class StaticProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

/** Migrates up or down to the named migration (operators going back a release, and tests of upgrades). */
export async function migrateTo(db: Kysely<DB>, name: string): Promise<void> {
  if (!(name in MIGRATIONS)) throw new Error(`no migration named ${name}`);
  const { error } = await new Migrator({ db, provider: new StaticProvider() }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** Brings the schema up to date; returns the names of the migrations applied now. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
