import { useState } from 'react';
import { useCancelSend } from '../../api/hooks';
import { buildQuery } from '../../api/client';
import type { Send } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { channelLabel, formatDateTime } from '../common/format';
import { CopyField } from '../common/CopyField';
import { Loading } from '../common/Loading';
import { StatusPill } from '../common/StatusPill';
import { PersonCell } from './PersonCell';
import { SEND_STATUS_TONE, SKIP_REASON_HELP, SKIP_REASON_LABELS } from './sendText';
import { TableWrap } from '../common/TableWrap';
import { SEND_CHANNELS, type SendChannel, useSurveySends } from './useSurveySends';

/** The channels in the filter's words (the sends table's own "Personal link" column header is another thing). */
const CHANNEL_FILTER_LABELS: Record<SendChannel, string> = { email: 'Email', link: 'Personal links', widget: 'Website widget' };
const CHANNEL_EMPTY: Record<SendChannel, string> = {
  email: 'No email sends for this survey.',
  link: 'No personal-link sends for this survey.',
  widget: 'No website widget sends for this survey.',
};

/** Room for the start of the link and its Copy button; the field scrolls to the rest and Copy takes all of it. */
const SEND_LINK_CELL = { minWidth: '13rem', width: '16rem' } as const;

/** Who the send is for, in words: for the link's label. */
function personName(send: Send): string {
  return send.person?.name || send.person?.email || send.person?.externalId || send.personId.slice(0, 8);
}

function SendRow({ send, editable }: { send: Send; editable: boolean }) {
  const cancel = useCancelSend();
  return (
    <tr>
      <td>
        <PersonCell personId={send.personId} />
      </td>
      <td>{channelLabel(send.channel)}</td>
      <td>
        <StatusPill tone={SEND_STATUS_TONE[send.status] ?? 'plain'}>{send.status}</StatusPill>
        {send.skipReason ? (
          <StatusPill tone="warn" title={SKIP_REASON_HELP[send.skipReason]}>
            {SKIP_REASON_LABELS[send.skipReason] ?? send.skipReason}
          </StatusPill>
        ) : null}
        {send.error ? <span className="field-error block">{send.error}</span> : null}
      </td>
      {/* Dates may wrap (date, then time): three unbreakable date-times pushed the link and Actions out at 1280 px. */}
      <td>{formatDateTime(send.scheduledAt)}</td>
      <td>{send.sentAt ? formatDateTime(send.sentAt) : <span className="muted">—</span>}</td>
      <td>{send.respondedAt ? formatDateTime(send.respondedAt) : <span className="muted">—</span>}</td>
      {editable ? (
        // Narrower than .link-cell's 320 px: the field shows the link's start and holds all of it for Copy.
        <td style={SEND_LINK_CELL}>
          {send.channel === 'link' && send.link && (send.status === 'sent' || send.status === 'responded') ? (
            <CopyField id={`send-link-${send.id}`} label={`Personal link for ${personName(send)}`} hideLabel value={send.link} testId="send-link" />
          ) : (
            <span className="muted">—</span>
          )}
        </td>
      ) : null}
      <td className="actions">
        {editable && send.status === 'scheduled' ? (
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate(send.id)}
            data-testid="send-cancel"
          >
            Cancel
          </button>
        ) : null}
        {cancel.error ? (
          <span className="field-error block" role="alert">
            {cancel.error.message}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * The CSV download of every send the table's filters select, built by the server (GET /api/v1/sends/export), so it
 * holds all of them, not only the pages loaded; the session cookie authenticates it.
 */
function sendsExportHref(surveyId: string, channel: SendChannel | null): string {
  return `/api/v1/sends/export${buildQuery({ surveyId, channel })}`;
}

/**
 * Every send of the survey, newest first, or those of one channel: who, how, status and skip reason; scheduled ones
 * can be cancelled, and all of them downloaded as CSV. Those who may create personal links (`editable`: owners,
 * admins, managers) also see each link send's link, in the table and the CSV; the server gives other roles no links.
 */
export function SendsTable({ surveyId, editable }: { surveyId: string; editable: boolean }) {
  const [channel, setChannel] = useState<SendChannel | null>(null);
  const query = useSurveySends(surveyId, channel);
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];

  const filter = (
    <div className="field field-inline">
      <label htmlFor="sends-channel">Channel</label>
      <select id="sends-channel" data-testid="sends-channel" value={channel ?? ''} onChange={(e) => setChannel(e.target.value === '' ? null : (e.target.value as SendChannel))}>
        <option value="">All channels</option>
        {SEND_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_FILTER_LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
  if (query.isPending) return <Loading />;
  if (query.isError && rows.length === 0) {
    return (
      <>
        {filter}
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const columns = editable ? 8 : 7;
  return (
    <>
      {filter}
      {rows.length > 0 ? (
        <div className="button-row">
          <a className="btn" href={sendsExportHref(surveyId, channel)} download data-testid="sends-export" aria-describedby="sends-export-hint">
            Download CSV
          </a>
          <span className="muted small" id="sends-export-hint">
            Every send {channel ? `of this channel (${CHANNEL_FILTER_LABELS[channel].toLowerCase()})` : 'of this survey'}, also those not loaded below
            {editable ? ', with each personal link.' : '; personal links are left out (they take an owner, admin or manager).'}
          </span>
        </div>
      ) : null}
      <TableWrap label="Sends">
        <table className="table" data-testid="sends-table" data-channel={channel ?? 'all'} aria-busy={query.isFetching || query.isPlaceholderData}>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Channel</th>
              <th scope="col">Status</th>
              <th scope="col">Scheduled</th>
              <th scope="col">Sent</th>
              <th scope="col">Responded</th>
              {editable ? <th scope="col">Personal link</th> : null}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns} className="muted empty-row">
                  {channel ? CHANNEL_EMPTY[channel] : 'Nothing sent for this survey yet.'}
                </td>
              </tr>
            ) : (
              rows.map((s) => <SendRow key={s.id} send={s} editable={editable} />)
            )}
          </tbody>
        </table>
      </TableWrap>
      {query.isFetchNextPageError ? <ErrorMessage error={query.error} /> : null}
      {query.hasNextPage ? (
        <div className="load-more">
          <button type="button" className="btn" data-testid="sends-load-more" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
    </>
  );
}
