/**
 * When a person was last asked for feedback, for the "once per N days" fatigue rule: the newest send to them that
 * went out or was answered, on any channel (email, personal link, widget). Survey emails and the widget decide on
 * this one query, so the two channels count the same invitations.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../../db/create-db.ts';
import type { DB } from '../../db/tables.ts';

/**
 * Every invitation to survey someone (an email decided, a personal link made, the widget shown) is decided and
 * recorded under this per-workspace lock, so that two made at the same moment see each other: neither the daily cap
 * nor the "recently surveyed" rule can be passed twice at once. PostgreSQL: a row lock on the workspace, held to the
 * end of the transaction (several Clearloop processes share the database). SQLite: one writer at a time already.
 */
export async function lockSurveying(trx: Transaction<DB>, dialect: Dialect, workspaceId: string): Promise<void> {
  if (dialect === 'postgres') await trx.selectFrom('workspace').select('id').where('id', '=', workspaceId).forUpdate().execute();
}

export async function lastSurveyedAt(db: Kysely<DB> | Transaction<DB>, workspaceId: string, personId: string, exceptSendId?: string): Promise<Date | null> {
  let q = db
    .selectFrom('survey_send')
    .select('sent_at')
    .where('workspace_id', '=', workspaceId)
    .where('person_id', '=', personId)
    .where('status', 'in', ['sent', 'responded']);
  // the send being decided is not its own earlier invitation
  if (exceptSendId) q = q.where('id', '!=', exceptSendId);
  const last = await q.orderBy('sent_at', 'desc').limit(1).executeTakeFirst();
  return last?.sent_at ? new Date(last.sent_at) : null;
}
