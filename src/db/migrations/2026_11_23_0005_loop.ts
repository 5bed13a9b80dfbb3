/** Closing the loop: alert rules, follow-up cases with their timeline, and tags on responses. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('response').addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]')).execute();

  await db.schema
    .createTable('alert_rule')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('round_robin_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_rule_ws_idx').on('alert_rule').columns(['workspace_id', 'created_at']).execute();

  await db.schema
    .createTable('followup_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('response_id', 'text', (c) => c.notNull().unique().references('response.id').onDelete('cascade'))
    .addColumn('rule_id', 'text', (c) => c.references('alert_rule.id').onDelete('set null'))
    .addColumn('person_id', 'text', (c) => c.references('person.id').onDelete('set null'))
    .addColumn('team_id', 'text', (c) => c.references('team.id').onDelete('set null'))
    .addColumn('employee_id', 'text', (c) => c.references('employee.id').onDelete('set null'))
    .addColumn('owner_user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('root_cause', 'text')
    .addColumn('initial_score', 'integer')
    .addColumn('first_contact_due_at', 'text', (c) => c.notNull())
    .addColumn('resolution_due_at', 'text', (c) => c.notNull())
    .addColumn('first_contacted_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('escalated_at', 'text')
    .addColumn('resurvey_days', 'integer')
    .addColumn('won_back_at', 'text')
    .addColumn('win_back_response_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('followup_case_ws_idx').on('followup_case').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('followup_case_owner_idx').on('followup_case').columns(['owner_user_id', 'status']).execute();
  await db.schema.createIndex('followup_case_person_idx').on('followup_case').column('person_id').execute();

  await db.schema
    .createTable('case_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('followup_case.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('body', 'text')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_event_case_idx').on('case_event').columns(['case_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['case_event', 'followup_case', 'alert_rule']) await db.schema.dropTable(t).ifExists().execute();
  await db.schema.alterTable('response').dropColumn('tags').execute();
}
