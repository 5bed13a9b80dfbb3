/**
 * Events about responses, published inside the transaction that writes them, so that whatever a subscriber
 * enqueues (webhook deliveries, later alert rules) commits or rolls back with the response itself.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/tables.ts';
import type { ResponseView } from './response.service.ts';

export type ResponseEventType = 'response.created' | 'response.updated';

export type ResponseEventHandler = (trx: Transaction<DB>, workspaceId: string, type: ResponseEventType, responses: ResponseView[]) => Promise<void>;

export class ResponseEvents {
  private handlers: ResponseEventHandler[] = [];

  subscribe(handler: ResponseEventHandler): void {
    this.handlers.push(handler);
  }

  async publish(trx: Transaction<DB>, workspaceId: string, type: ResponseEventType, responses: ResponseView[]): Promise<void> {
    for (const h of this.handlers) await h(trx, workspaceId, type, responses);
  }
}
