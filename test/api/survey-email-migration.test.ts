/**
 * The migration that adds a survey's email texts goes up and down on both databases, keeping the surveys: down drops
 * the three columns (back to the localised texts), up adds them again empty. On a database of its own (PostgreSQL:
 * one made for this test; the shared test database must not lose columns under the other test files).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type Dialect, openDatabase } from '../../src/db/create-db.ts';
import { migrateTo, migrateToLatest } from '../../src/db/migrator.ts';
import type { DB } from '../../src/db/tables.ts';
import { DIALECTS } from '../harness.ts';

const BEFORE = '2026_11_24_0011_password_reset';
const COLUMNS = ['email_subject', 'email_intro', 'email_reminder_subject'];
const ADMIN_URL = process.env.CLEARLOOP_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database of the dialect, and how to get rid of it. */
async function freshDatabase(dialect: Dialect): Promise<{ db: Kysely<DB>; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ sqliteFile: ':memory:' });
    return { db: database.db, drop: () => database.close() };
  }
  const name = `clearloop_mig_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`), max: 2 }) }) });
  return {
    db,
    async drop() {
      await db.destroy();
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function surveyColumns(db: Kysely<DB>, dialect: Dialect): Promise<string[]> {
  if (dialect === 'sqlite') return (await sql<{ name: string }>`select name from pragma_table_info('survey')`.execute(db)).rows.map((r) => r.name);
  return (await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'survey'`.execute(db)).rows.map((r) => r.column_name);
}

describe.each(DIALECTS)('%s: survey email texts migration', (dialect) => {
  it('goes down and up again, keeping the surveys', async () => {
    const { db, drop } = await freshDatabase(dialect);
    try {
      await migrateToLatest(db);
      expect(await surveyColumns(db, dialect)).toEqual(expect.arrayContaining(COLUMNS));
      const now = new Date().toISOString();
      await db.insertInto('workspace').values({ id: 'w1', name: 'Acme', slug: 'acme', settings: '{}', signing_secret: null, created_at: now }).execute();
      await db
        .insertInto('survey')
        .values({
          id: 's1',
          workspace_id: 'w1',
          name: 'NPS',
          kind: 'nps',
          status: 'active',
          question: 'Q?',
          follow_up: '{}',
          questions: '[]',
          purpose: 'survey',
          locale: null,
          thank_you: '{}',
          public_link: 0,
          reminder_days: null,
          email_subject: 'Own subject',
          email_intro: 'Own intro',
          email_reminder_subject: null,
          created_at: now,
          updated_at: now,
        })
        .execute();

      await migrateTo(db, BEFORE);
      const down = await surveyColumns(db, dialect);
      for (const c of COLUMNS) expect(down).not.toContain(c);
      expect((await db.selectFrom('survey').select(['id', 'name']).execute()).map((r) => r.name)).toEqual(['NPS']);

      await migrateToLatest(db);
      const row = await db.selectFrom('survey').selectAll().where('id', '=', 's1').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: 'NPS', email_subject: null, email_intro: null, email_reminder_subject: null });
    } finally {
      await drop();
    }
  });
});
