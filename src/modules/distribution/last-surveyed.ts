/**
 * When a person was last asked for feedback, for the "once per N days" fatigue rule: the newest send to them that
 * went out or was answered, on any channel (email, personal link, widget). Survey emails and the widget decide on
 * this one query, so the two channels count the same invitations.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/tables.ts';

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
