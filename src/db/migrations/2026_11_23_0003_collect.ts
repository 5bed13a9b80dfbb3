/**
 * Collecting feedback everywhere: survey sends (email and personal links), unsubscribes and bounces, outgoing
 * webhooks and their deliveries, per-workspace signing secrets, and the people and survey settings they need.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspace').addColumn('signing_secret', 'text').execute();
  for (const w of await db.selectFrom('workspace').select('id').execute()) {
    await db.updateTable('workspace').set({ signing_secret: randomBytes(32).toString('base64url') }).where('id', '=', w.id).execute();
  }

  await db.schema.alterTable('person').addColumn('locale', 'text').execute();
  await db.schema.alterTable('person').addColumn('time_zone', 'text').execute();
  await db.schema.alterTable('person').addColumn('unsubscribed_at', 'text').execute();
  await db.schema.alterTable('person').addColumn('bounced_at', 'text').execute();

  // purpose: 'survey', or 'feedback_page' for the workspace's public feedback page (unscored responses).
  await db.schema.alterTable('survey').addColumn('purpose', 'text', (c) => c.notNull().defaultTo('survey')).execute();
  await db.schema.alterTable('survey').addColumn('locale', 'text').execute();
  await db.schema.alterTable('survey').addColumn('thank_you', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('survey').addColumn('public_link', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('survey').addColumn('reminder_days', 'integer').execute();

  await db.schema
    .createTable('survey_send')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('skip_reason', 'text')
    .addColumn('error', 'text')
    .addColumn('scheduled_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('reminder_due_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('response_id', 'text', (c) => c.references('response.id').onDelete('set null'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_send_person_idx').on('survey_send').columns(['workspace_id', 'person_id', 'sent_at']).execute();
  await db.schema.createIndex('survey_send_survey_idx').on('survey_send').columns(['survey_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('survey_send_ws_idx').on('survey_send').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('survey_send_response_idx').on('survey_send').column('response_id').execute();

  await db.schema
    .createTable('email_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('person.id').onDelete('set null'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('email_event_idx').on('email_event').columns(['workspace_id', 'kind', 'created_at', 'id']).execute();

  await db.schema
    .createTable('webhook')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_ws_idx').on('webhook').columns(['workspace_id', 'created_at']).execute();

  await db.schema
    .createTable('webhook_delivery')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhook.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema.createIndex('webhook_delivery_idx').on('webhook_delivery').columns(['webhook_id', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['webhook_delivery', 'webhook', 'email_event', 'survey_send']) await db.schema.dropTable(t).ifExists().execute();
  for (const c of ['purpose', 'locale', 'thank_you', 'public_link', 'reminder_days']) await db.schema.alterTable('survey').dropColumn(c).execute();
  for (const c of ['locale', 'time_zone', 'unsubscribed_at', 'bounced_at']) await db.schema.alterTable('person').dropColumn(c).execute();
  await db.schema.alterTable('workspace').dropColumn('signing_secret').execute();
}
