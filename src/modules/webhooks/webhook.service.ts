/**
 * Outgoing webhooks: a workspace subscribes URLs to events; each event becomes one delivery per subscribed
 * webhook, enqueued in the transaction that caused it and sent by the job queue, signed per the Standard Webhooks
 * scheme (webhook-id, webhook-timestamp, webhook-signature), retried with exponential backoff. A webhook whose
 * deliveries keep failing is disabled, with the reason kept for the delivery log.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { DB, WebhookRow } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';

export const WEBHOOK_EVENTS = ['response.created', 'response.updated'] as const;
/** The events a delivery carries: the ones a webhook subscribes to, and the test event. */
export const DELIVERY_EVENTS = [...WEBHOOK_EVENTS, 'webhook.test'] as const;
export type WebhookEvent = (typeof DELIVERY_EVENTS)[number];

/** Final failures in a row after which a webhook is disabled. */
export const DISABLE_AFTER = 5;
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryView {
  id: string;
  event: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  payload: unknown;
  createdAt: string;
  deliveredAt: string | null;
}

function present(row: WebhookRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    events: parseJson<string[]>(row.events, []),
    enabled: row.enabled === 1,
    consecutiveFailures: row.consecutive_failures,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw invalid('url', 'must be an absolute http(s) URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw invalid('url', 'must be an http(s) URL');
}

function checkEvents(events: string[]): void {
  if (events.length === 0) throw invalid('events', 'subscribe to at least one event');
  for (const [i, e] of events.entries()) if (!(WEBHOOK_EVENTS as readonly string[]).includes(e)) throw invalid(`events/${i}`, `must be one of ${WEBHOOK_EVENTS.join(', ')}`);
}

export class WebhookService {
  private cache = new Map<string, { rows: WebhookRow[]; until: number }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly jobs: JobQueue,
  ) {}

  private invalidate(workspaceId: string): void {
    this.cache.delete(workspaceId);
  }

  async create(auth: Auth, input: { url: string; events: string[] }): Promise<WebhookView & { secret: string }> {
    requireAccess(auth, 'manage_keys');
    checkUrl(input.url);
    checkEvents(input.events);
    const now = nowIso();
    const row: WebhookRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      url: input.url,
      events: JSON.stringify([...new Set(input.events)]),
      secret: `whsec_${randomBytes(24).toString('base64')}`,
      enabled: 1,
      consecutive_failures: 0,
      disabled_reason: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('webhook').values(row).execute();
    this.invalidate(auth.workspaceId);
    return { ...present(row), secret: row.secret };
  }

  async list(auth: Auth): Promise<WebhookView[]> {
    requireAccess(auth, 'manage_keys');
    const rows = await this.db.selectFrom('webhook').selectAll().where('workspace_id', '=', auth.workspaceId).orderBy('created_at', 'desc').execute();
    return rows.map(present);
  }

  private async row(auth: Auth, id: string): Promise<WebhookRow> {
    const row = await this.db.selectFrom('webhook').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('webhook');
    return row;
  }

  async get(auth: Auth, id: string): Promise<WebhookView> {
    requireAccess(auth, 'manage_keys');
    return present(await this.row(auth, id));
  }

  /** Changes url/events; `enabled: true` re-enables a disabled webhook and clears its failure count. */
  async update(auth: Auth, id: string, input: { url?: string | undefined; events?: string[] | undefined; enabled?: boolean | undefined }): Promise<WebhookView> {
    requireAccess(auth, 'manage_keys');
    await this.row(auth, id);
    const patch: Partial<WebhookRow> = { updated_at: nowIso() };
    if (input.url !== undefined) {
      checkUrl(input.url);
      patch.url = input.url;
    }
    if (input.events !== undefined) {
      checkEvents(input.events);
      patch.events = JSON.stringify([...new Set(input.events)]);
    }
    if (input.enabled !== undefined) {
      patch.enabled = input.enabled ? 1 : 0;
      if (input.enabled) {
        patch.consecutive_failures = 0;
        patch.disabled_reason = null;
      } else patch.disabled_reason = 'disabled by a user';
    }
    await this.db.updateTable('webhook').set(patch).where('id', '=', id).execute();
    this.invalidate(auth.workspaceId);
    return this.get(auth, id);
  }

  async delete(auth: Auth, id: string): Promise<void> {
    requireAccess(auth, 'manage_keys');
    await this.row(auth, id);
    await this.db.deleteFrom('webhook').where('id', '=', id).execute();
    this.invalidate(auth.workspaceId);
  }

  async deliveries(auth: Auth, id: string, page: PageRequest): Promise<Page<DeliveryView>> {
    requireAccess(auth, 'manage_keys');
    await this.row(auth, id);
    const q = this.db.selectFrom('webhook_delivery').selectAll().where('webhook_id', '=', id);
    return paginate(q, 'webhook_delivery', page, (r) => ({
      id: r.id,
      event: r.event,
      status: r.status,
      attempts: r.attempts,
      responseStatus: r.response_status,
      responseBody: r.response_body,
      error: r.error,
      payload: parseJson(r.payload, {}),
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
    }));
  }

  /** Sends a `webhook.test` event now (through the queue), to check the receiving end. */
  async test(auth: Auth, id: string): Promise<{ deliveryId: string }> {
    requireAccess(auth, 'manage_keys');
    const row = await this.row(auth, id);
    const deliveryId = await this.db.transaction().execute((trx) => this.enqueue(trx, row, 'webhook.test', { message: 'Test event from Clearloop' }));
    return { deliveryId };
  }

  private async enabledFor(trx: Transaction<DB>, workspaceId: string): Promise<WebhookRow[]> {
    const now = Date.now();
    const hit = this.cache.get(workspaceId);
    if (hit && hit.until > now) return hit.rows;
    const rows = await trx.selectFrom('webhook').selectAll().where('workspace_id', '=', workspaceId).where('enabled', '=', 1).execute();
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(workspaceId, { rows, until: now + 5_000 });
    return rows;
  }

  /** Publishes an event to every enabled webhook of the workspace subscribed to it, inside `trx`. */
  async emit(trx: Transaction<DB>, workspaceId: string, event: WebhookEvent, items: unknown[]): Promise<void> {
    const hooks = (await this.enabledFor(trx, workspaceId)).filter((h) => parseJson<string[]>(h.events, []).includes(event));
    for (const hook of hooks) for (const data of items) await this.enqueue(trx, hook, event, data);
  }

  private async enqueue(trx: Transaction<DB>, hook: WebhookRow, event: WebhookEvent, data: unknown): Promise<string> {
    const id = newId();
    const now = nowIso();
    const payload = JSON.stringify({ type: event, timestamp: now, data });
    await trx
      .insertInto('webhook_delivery')
      .values({ id, workspace_id: hook.workspace_id, webhook_id: hook.id, event, payload, status: 'pending', attempts: 0, response_status: null, response_body: null, error: null, created_at: now, updated_at: now, delivered_at: null })
      .execute();
    await this.jobs.enqueue(trx, 'webhook.deliver', { deliveryId: id }, { workspaceId: hook.workspace_id });
    return id;
  }

  /** Job: POSTs one delivery. Throws on failure so the queue retries; records the outcome either way. */
  async deliver(deliveryId: string, attempt: number, finalAttempt: boolean): Promise<'success' | 'skipped'> {
    const d = await this.db.selectFrom('webhook_delivery').selectAll().where('id', '=', deliveryId).executeTakeFirst();
    if (!d || d.status === 'succeeded') return 'skipped';
    const hook = await this.db.selectFrom('webhook').selectAll().where('id', '=', d.webhook_id).executeTakeFirst();
    if (!hook || hook.enabled !== 1) {
      await this.db.updateTable('webhook_delivery').set({ status: 'failed', error: 'webhook disabled or deleted', updated_at: nowIso() }).where('id', '=', d.id).execute();
      return 'skipped';
    }
    const timestamp = new Date();
    const signature = new StandardWebhook(hook.secret).sign(d.id, timestamp, d.payload);
    let status: number | null = null;
    let body: string | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Clearloop-Webhooks/1',
          'webhook-id': d.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      status = res.status;
      body = (await res.text()).slice(0, 1000);
      if (status < 200 || status >= 300) error = `answered HTTP ${status}`;
    } catch (err) {
      error = err instanceof Error ? (err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message) : String(err);
    }
    const now = nowIso();
    if (!error) {
      await this.db.transaction().execute(async (trx) => {
        await trx.updateTable('webhook_delivery').set({ status: 'succeeded', attempts: attempt, response_status: status, response_body: body, error: null, delivered_at: now, updated_at: now }).where('id', '=', d.id).execute();
        await trx.updateTable('webhook').set({ consecutive_failures: 0 }).where('id', '=', hook.id).execute();
      });
      return 'success';
    }
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('webhook_delivery')
        .set({ status: finalAttempt ? 'failed' : 'pending', attempts: attempt, response_status: status, response_body: body, error, updated_at: now })
        .where('id', '=', d.id)
        .execute();
      if (finalAttempt) {
        const failures = hook.consecutive_failures + 1;
        const disable = failures >= DISABLE_AFTER;
        await trx
          .updateTable('webhook')
          .set({ consecutive_failures: failures, ...(disable ? { enabled: 0, disabled_reason: `disabled after ${failures} deliveries failed in a row (last: ${error})`.slice(0, 500) } : {}), updated_at: now })
          .where('id', '=', hook.id)
          .execute();
      }
    });
    if (finalAttempt) this.invalidate(hook.workspace_id);
    throw new Error(`delivery failed: ${error}`);
  }
}
