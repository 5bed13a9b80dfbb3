import { useState, type FormEvent } from 'react';
import { useCreateWebhook, useDeleteWebhook, useTestWebhook, useUpdateWebhook, useWebhookDeliveries, useWebhooks } from '../../api/hooks';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import { WEBHOOK_EVENTS, type CreatedWebhook, type Webhook, type WebhookDelivery, type WebhookEvent } from '../../api/types';
import { CopyField } from '../common/CopyField';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, type FieldErrors, useFieldErrors } from '../common/FieldError';
import { formatDateTime } from '../common/format';
import { Loading } from '../common/Loading';
import { StatusPill, type PillTone } from '../common/StatusPill';
import { TableWrap } from '../common/TableWrap';

const DELIVERY_TONE: Record<string, PillTone> = { succeeded: 'ok', failed: 'danger', pending: 'strong' };

function SecretBox({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  return (
    <div className="new-key" role="status" data-testid="webhook-created">
      <p className="alert alert-warning">
        <strong>Copy the signing secret now.</strong> It is shown only once. Each delivery is signed the{' '}
        <a href="https://www.standardwebhooks.com/" target="_blank" rel="noreferrer">
          Standard Webhooks
        </a>{' '}
        way (<code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> headers); verify it with a Standard
        Webhooks library and this secret before trusting a delivery.
      </p>
      <CopyField id="webhook-secret" label={`Signing secret for ${created.url}`} value={created.secret} testId="webhook-secret" />
      <button type="button" className="btn btn-ghost" onClick={onDone}>
        I have stored the secret
      </button>
    </div>
  );
}

/**
 * Both events by default: email and personal-link surveys record the score when it is clicked (response.created)
 * and the comment when it is written, moments later (response.updated) — a webhook on response.created alone
 * never sees a comment.
 */
const DEFAULT_EVENTS: WebhookEvent[] = ['response.created', 'response.updated'];

const EVENTS_HINT =
  'Email and personal-link surveys record the score when it is clicked (response.created) and the comment when it is written, moments later (response.updated): keep both to receive comments.';

/** The event checkboxes of the add and edit forms, with the hint on why both are ticked. */
function EventChoices({
  idPrefix,
  testPrefix,
  events,
  onChange,
  errors,
}: {
  idPrefix: string;
  testPrefix: string;
  events: WebhookEvent[];
  onChange: (events: WebhookEvent[]) => void;
  errors: FieldErrors;
}) {
  const hintId = `${idPrefix}-events-hint`;
  return (
    <div className="field" role="group" aria-labelledby={`${idPrefix}-events-label`}>
      <span className="label" id={`${idPrefix}-events-label`}>
        Events
      </span>
      <div className="check-row">
        {WEBHOOK_EVENTS.map((ev) => (
          <label className="check" key={ev}>
            <input
              type="checkbox"
              {...errors.inputProps('events', hintId)}
              data-testid={`${testPrefix}-event-${ev}`}
              checked={events.includes(ev)}
              onChange={(e) => onChange(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))}
            />
            <code>{ev}</code>
          </label>
        ))}
      </div>
      <span className="hint" id={hintId}>
        {EVENTS_HINT}
      </span>
      <FieldError errors={errors} field="events" />
    </div>
  );
}

function CreateWebhookForm() {
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(DEFAULT_EVENTS);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [noEvents, setNoEvents] = useState<string | undefined>(undefined);
  const errors = useFieldErrors(create.error, { local: { events: noEvents } });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNoEvents(undefined);
    if (events.length === 0) return setNoEvents('Choose at least one event.');
    create.mutate(
      { url: url.trim(), events },
      {
        onSuccess: (result) => {
          setCreated(result);
          setUrl('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="create-webhook-title">
      <header className="card-header">
        <h2 id="create-webhook-title">Add a webhook</h2>
      </header>
      {created ? <SecretBox created={created} onDone={() => setCreated(null)} /> : null}
      <form className="form" onSubmit={onSubmit} aria-busy={create.isPending}>
        <ErrorSummary errors={errors} />
        <div className="field">
          <label htmlFor="webhook-url">Endpoint URL</label>
          <input
            id="webhook-url"
            {...errors.inputProps('url')}
            data-testid="webhook-url"
            type="url"
            required
            minLength={8}
            maxLength={2000}
            placeholder="https://example.com/clearloop/webhook"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <FieldError errors={errors} field="url" />
        </div>
        <EventChoices idPrefix="webhook" testPrefix="webhook" events={events} onChange={setEvents} errors={errors} />
        <div>
          <button type="submit" className="btn btn-primary" data-testid="webhook-create" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add webhook'}
          </button>
        </div>
      </form>
    </section>
  );
}

function payloadText(payload: unknown): string {
  if (payload === null || payload === undefined) return '';
  if (typeof payload === 'string') return payload;
  return JSON.stringify(payload, null, 2);
}

function DeliveryRow({ delivery }: { delivery: WebhookDelivery }) {
  const [open, setOpen] = useState(false);
  const detailsId = `delivery-${delivery.id}`;
  return (
    <>
      <tr>
        <td className="nowrap">{formatDateTime(delivery.createdAt)}</td>
        <td>
          <code>{delivery.event}</code>
        </td>
        <td>
          <StatusPill tone={DELIVERY_TONE[delivery.status] ?? 'plain'}>{delivery.status}</StatusPill>
        </td>
        <td className="num">{delivery.attempts}</td>
        <td className="num">{delivery.responseStatus ?? <span className="muted">—</span>}</td>
        <td className="error-col">{delivery.error ? <span className="field-error">{delivery.error}</span> : <span className="muted">—</span>}</td>
        <td className="actions">
          <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide' : 'Details'}
          </button>
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="details-row">
          <td colSpan={7}>
            <div className="grid-2">
              <div>
                <h3 className="small strong">Payload</h3>
                <pre className="code-block">{payloadText(delivery.payload)}</pre>
              </div>
              <div>
                <h3 className="small strong">Response body{delivery.deliveredAt ? ` (delivered ${formatDateTime(delivery.deliveredAt)})` : ''}</h3>
                <pre className="code-block">{delivery.responseBody || '(empty)'}</pre>
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const query = useWebhookDeliveries(webhookId, true);
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];
  if (query.isPending) return <Loading label="Loading deliveries…" />;
  if (query.isError && rows.length === 0) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className="delivery-log">
      <TableWrap label="Delivery log">
        <table className="table" data-testid="webhook-deliveries">
          <caption className="visually-hidden">Delivery log</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Attempts
              </th>
              <th scope="col" className="num">
                HTTP
              </th>
              <th scope="col">Error</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted empty-row">
                  No deliveries yet. Send a test event to try the endpoint.
                </td>
              </tr>
            ) : (
              rows.map((d) => <DeliveryRow key={d.id} delivery={d} />)
            )}
          </tbody>
        </table>
      </TableWrap>
      {query.hasNextPage ? (
        <div className="load-more">
          <button type="button" className="btn btn-small" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Changes a webhook's URL and events (PATCH); its signing secret stays the same. */
function EditWebhookForm({ webhook, onDone }: { webhook: Webhook; onDone: () => void }) {
  const update = useUpdateWebhook();
  const [url, setUrl] = useState(webhook.url);
  const [events, setEvents] = useState<WebhookEvent[]>(webhook.events);
  const [noEvents, setNoEvents] = useState<string | undefined>(undefined);
  const errors = useFieldErrors(update.error, { local: { events: noEvents } });
  const idPrefix = `webhook-edit-${webhook.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNoEvents(undefined);
    if (events.length === 0) return setNoEvents('Choose at least one event.');
    update.mutate({ id: webhook.id, url: url.trim(), events }, { onSuccess: onDone });
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-busy={update.isPending} aria-label={`Edit the webhook to ${webhook.url}`} data-testid="webhook-edit-form">
      <ErrorSummary errors={errors} />
      <div className="field">
        <label htmlFor={`${idPrefix}-url`}>Endpoint URL</label>
        <input
          id={`${idPrefix}-url`}
          {...errors.inputProps('url', `${idPrefix}-url-hint`)}
          data-testid="webhook-edit-url"
          type="url"
          required
          minLength={8}
          maxLength={2000}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <span className="hint" id={`${idPrefix}-url-hint`}>
          The signing secret stays the same.
        </span>
        <FieldError errors={errors} field="url" />
      </div>
      <EventChoices idPrefix={idPrefix} testPrefix="webhook-edit" events={events} onChange={setEvents} errors={errors} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary btn-small" data-testid="webhook-edit-save" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function WebhookCard({ webhook, editable }: { webhook: Webhook; editable: boolean }) {
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const test = useTestWebhook();
  const [showLog, setShowLog] = useState(false);
  const [editing, setEditing] = useState(false);
  const error = update.error ?? remove.error ?? test.error;

  return (
    <li className="webhook-item" data-testid="webhook-item">
      <div className="webhook-head">
        <div className="webhook-url">
          <span className="mono strong">{webhook.url}</span>
          <span className="muted small block">
            {webhook.events.join(', ')} · added {formatDateTime(webhook.createdAt)}
          </span>
        </div>
        {webhook.enabled ? <StatusPill tone="ok">Enabled</StatusPill> : <StatusPill tone="danger">Disabled</StatusPill>}
        {webhook.enabled && webhook.consecutiveFailures > 0 ? (
          <StatusPill tone="warn">{webhook.consecutiveFailures} failed in a row</StatusPill>
        ) : null}
      </div>
      {!webhook.enabled && webhook.disabledReason ? (
        <div className="alert alert-error" role="alert" data-testid="webhook-disabled-reason">
          <span>
            <strong>Stopped:</strong> {webhook.disabledReason}. Fix the endpoint, then enable the webhook again.
          </span>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {editing ? <EditWebhookForm webhook={webhook} onDone={() => setEditing(false)} /> : null}
      {test.isSuccess ? (
        <p className="muted small" role="status">
          Test event queued; it appears in the delivery log in a moment.
        </p>
      ) : null}
      <div className="button-row">
        {editable ? (
          <>
            <button type="button" className="btn btn-small" data-testid="webhook-test" disabled={test.isPending || !webhook.enabled} onClick={() => test.mutate(webhook.id, { onSuccess: () => setShowLog(true) })}>
              Send test event
            </button>
            <button type="button" className="btn btn-small" data-testid="webhook-edit" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
              Edit
            </button>
            <button type="button" className="btn btn-small" data-testid="webhook-toggle" disabled={update.isPending} onClick={() => update.mutate({ id: webhook.id, enabled: !webhook.enabled })}>
              {webhook.enabled ? 'Disable' : 'Enable'}
            </button>
          </>
        ) : null}
        <button type="button" className="btn btn-small" aria-expanded={showLog} data-testid="webhook-log-toggle" onClick={() => setShowLog((s) => !s)}>
          {showLog ? 'Hide delivery log' : 'Delivery log'}
        </button>
        {editable ? (
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the webhook to ${webhook.url}? Its delivery log goes too.`)) remove.mutate(webhook.id);
            }}
          >
            Delete
          </button>
        ) : null}
      </div>
      {showLog ? <DeliveryLog webhookId={webhook.id} /> : null}
    </li>
  );
}

/** `/settings/webhooks`: subscriptions to response events, their signing secret once, and each one's delivery log. */
export function WebhooksPage() {
  const session = useCurrentSession();
  const admin = canAdminister(session);
  const hooks = useWebhooks(admin);

  if (!admin) {
    return (
      <section className="card" aria-labelledby="webhooks-title" data-testid="webhooks-admin-only">
        <header className="card-header">
          <h2 id="webhooks-title">Webhooks</h2>
        </header>
        <p className="muted">
          Webhooks POST each new or changed response to another system. Only owners and admins can see, add or change them.
        </p>
      </section>
    );
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="webhooks-title">
        <header className="card-header">
          <h2 id="webhooks-title">Webhooks</h2>
          <span className="muted small">Clearloop POSTs each new or changed response to these URLs, retrying failures.</span>
        </header>
        {hooks.isPending ? (
          <Loading />
        ) : hooks.isError ? (
          <ErrorMessage error={hooks.error} onRetry={() => void hooks.refetch()} />
        ) : hooks.data.length === 0 ? (
          <p className="muted">No webhooks yet.</p>
        ) : (
          <ul className="webhook-list" data-testid="webhooks-list">
            {hooks.data.map((h) => (
              <WebhookCard key={h.id} webhook={h} editable={admin} />
            ))}
          </ul>
        )}
      </section>
      <CreateWebhookForm />
    </div>
  );
}
