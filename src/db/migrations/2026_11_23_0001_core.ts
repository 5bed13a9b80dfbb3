/**
 * The core schema. Migrations take Kysely<any> and never import app code: they stay frozen in time.
 * Ids are text (UUIDv7, time-ordered), timestamps ISO-8601 text, JSON as text: identical on SQLite and PostgreSQL.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspace')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('membership')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('membership_pk', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('membership_user_idx').on('membership').column('user_id').execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.references('workspace.id').onDelete('set null'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('api_key')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_key_workspace_idx').on('api_key').column('workspace_id').execute();

  for (const table of ['team', 'location', 'employee', 'account'] as const) {
    let t = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());
    if (table === 'team') t = t.addColumn('manager_user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'));
    if (table === 'employee') {
      t = t
        .addColumn('email', 'text')
        .addColumn('team_id', 'text', (c) => c.references('team.id').onDelete('set null'))
        .addColumn('location_id', 'text', (c) => c.references('location.id').onDelete('set null'))
        .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'));
    }
    if (table === 'account') t = t.addColumn('external_id', 'text').addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'));
    await t.execute();
    if (table !== 'account') {
      await db.schema.createIndex(`${table}_name_uq`).on(table).columns(['workspace_id', 'name']).unique().execute();
    } else {
      await db.schema.createIndex('account_name_idx').on(table).columns(['workspace_id', 'name']).execute();
      await db.schema.createIndex('account_external_uq').on(table).columns(['workspace_id', 'external_id']).unique().execute();
    }
  }

  await db.schema
    .createTable('person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('external_id', 'text')
    .addColumn('name', 'text')
    .addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('account_id', 'text', (c) => c.references('account.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_email_uq').on('person').columns(['workspace_id', 'email']).unique().execute();
  await db.schema.createIndex('person_external_uq').on('person').columns(['workspace_id', 'external_id']).unique().execute();
  await db.schema.createIndex('person_created_idx').on('person').columns(['workspace_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('survey')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_workspace_idx').on('survey').columns(['workspace_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('person.id').onDelete('set null'))
    .addColumn('score', 'integer')
    .addColumn('comment', 'text')
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.references('team.id').onDelete('set null'))
    .addColumn('location_id', 'text', (c) => c.references('location.id').onDelete('set null'))
    .addColumn('employee_id', 'text', (c) => c.references('employee.id').onDelete('set null'))
    .addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('response_ws_created_idx').on('response').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('response_survey_created_idx').on('response').columns(['survey_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('response_person_idx').on('response').column('person_id').execute();

  await db.schema
    .createTable('metric_bucket')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('dim_value', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .$call((t) => {
      let b = t;
      for (let i = 0; i <= 10; i++) b = b.addColumn(`c${i}`, 'integer', (c) => c.notNull().defaultTo(0));
      return b;
    })
    .addPrimaryKeyConstraint('metric_bucket_pk', ['survey_id', 'dim', 'dim_value', 'day'])
    .execute();

  await db.schema
    .createTable('idempotency_key')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_key_pk', ['workspace_id', 'key'])
    .execute();
  void sql;
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['idempotency_key', 'metric_bucket', 'response', 'survey', 'person', 'account', 'employee', 'location', 'team', 'api_key', 'session', 'membership', 'app_user', 'workspace']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
