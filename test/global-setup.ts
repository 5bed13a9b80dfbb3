/**
 * Creates a fresh PostgreSQL database for this test run (when PostgreSQL is among the dialects under test),
 * migrates it once, and drops it afterwards.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../src/db/migrator.ts';
import type { DB } from '../src/db/tables.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

const ADMIN_URL = process.env.CLEARLOOP_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function setup(project: TestProject) {
  const dialects = (process.env.DIALECTS ?? 'sqlite,postgres').split(',');
  if (!dialects.includes('postgres')) {
    project.provide('pgUrl', '');
    return;
  }
  const name = `clearloop_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
  await migrateToLatest(db);
  await db.destroy();
  project.provide('pgUrl', url);
  return async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
