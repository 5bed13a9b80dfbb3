import { useCancelSend, useSends } from '../../api/hooks';
import type { Send } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { channelLabel, formatDateTime } from '../common/format';
import { CopyField } from '../common/CopyField';
import { Loading } from '../common/Loading';
import { StatusPill } from '../common/StatusPill';
import { PersonCell } from './PersonCell';
import { downloadCsv, linksCsv, linksFileName, shareableLinks } from './linksCsv';
import { SEND_STATUS_TONE, SKIP_REASON_HELP, SKIP_REASON_LABELS } from './sendText';
import { TableWrap } from '../common/TableWrap';

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
      <td className="nowrap">{formatDateTime(send.scheduledAt)}</td>
      <td className="nowrap">{send.sentAt ? formatDateTime(send.sentAt) : <span className="muted">—</span>}</td>
      <td className="nowrap">{send.respondedAt ? formatDateTime(send.respondedAt) : <span className="muted">—</span>}</td>
      {editable ? (
        <td className="link-cell">
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
 * Every send of the survey, newest first: who, how, status and skip reason; scheduled ones can be cancelled. Those
 * who may create personal links (`editable`: owners, admins, managers) also see each link send's link, and can
 * download the listed ones as CSV; the server gives other roles no links.
 */
export function SendsTable({ surveyId, surveyName, editable }: { surveyId: string; surveyName: string; editable: boolean }) {
  const query = useSends(surveyId);
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];

  if (query.isPending) return <Loading />;
  if (query.isError && rows.length === 0) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const links = editable ? shareableLinks(rows).length : 0;
  const columns = editable ? 8 : 7;
  return (
    <>
      {links > 0 ? (
        <div className="button-row">
          <button type="button" className="btn" data-testid="sends-links-download" onClick={() => downloadCsv(linksFileName(surveyName, 'all'), linksCsv(rows))}>
            Download CSV ({links} personal {links === 1 ? 'link' : 'links'})
          </button>
          <span className="muted small">{query.hasNextPage ? 'The link sends listed below; load more to include older ones.' : 'Every link send listed below.'}</span>
        </div>
      ) : null}
      <TableWrap label="Sends">
        <table className="table" data-testid="sends-table" aria-busy={query.isFetching}>
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
                  Nothing sent for this survey yet.
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
