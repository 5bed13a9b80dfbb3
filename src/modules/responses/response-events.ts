/**
 * Events about responses, published inside the transaction that writes them, so that whatever a subscriber
 * enqueues (webhook deliveries, later alert rules) commits or rolls back with the response itself.
 *
 * A change of tags alone is a `response.updated` too, but only subscribers that ask for it (`tagChanges`) hear
 * of it: webhooks do (an integration mirroring responses wants the new tags), while alert rules must not run
 * again (a rule that adds a tag would put back the one a manager just removed, and re-send its alerts) and
 * text analytics has no new comment to read.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/tables.ts';
import type { ResponseView } from './response.service.ts';

export type ResponseEventType = 'response.created' | 'response.updated';

/** What a `response.updated` changed: what the customer said or where it is attributed (`content`), or only its tags. */
export type ResponseChange = 'content' | 'tags';

export type ResponseEventHandler = (trx: Transaction<DB>, workspaceId: string, type: ResponseEventType, responses: ResponseView[]) => Promise<void>;

export interface SubscribeOptions {
  /** Also be told of updates that changed only tags (default: not). */
  tagChanges?: boolean;
}

export class ResponseEvents {
  private handlers: { handler: ResponseEventHandler; tagChanges: boolean }[] = [];

  subscribe(handler: ResponseEventHandler, opts: SubscribeOptions = {}): void {
    this.handlers.push({ handler, tagChanges: opts.tagChanges ?? false });
  }

  async publish(trx: Transaction<DB>, workspaceId: string, type: ResponseEventType, responses: ResponseView[], change: ResponseChange = 'content'): Promise<void> {
    for (const h of this.handlers) {
      if (change === 'tags' && !h.tagChanges) continue;
      await h.handler(trx, workspaceId, type, responses);
    }
  }
}
