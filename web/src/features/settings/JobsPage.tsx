import { useState } from 'react';
import { useJobs, useRetryJob } from '../../api/hooks';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { JOB_STATUSES, type Job, type JobStatus } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDateTime } from '../common/format';
import { Loading } from '../common/Loading';
import { StatusPill, type PillTone } from '../common/StatusPill';
import { TableWrap } from '../common/TableWrap';

const JOB_TONE: Record<JobStatus, PillTone> = { pending: 'strong', running: 'warn', succeeded: 'ok', failed: 'danger' };

function JobRow({ job, editable }: { job: Job; editable: boolean }) {
  const retry = useRetryJob();
  return (
    <tr>
      <th scope="row" className="mono">
        {job.name}
      </th>
      <td>
        <StatusPill tone={JOB_TONE[job.status as JobStatus] ?? 'plain'}>{job.status}</StatusPill>
      </td>
      <td className="num">
        {job.attempts}/{job.maxAttempts}
      </td>
      <td className="nowrap">{formatDateTime(job.runAt)}</td>
      <td className="error-col">{job.lastError ? <span className="field-error">{job.lastError}</span> : <span className="muted">—</span>}</td>
      <td className="actions">
        {editable && job.status === 'failed' ? (
          <button type="button" className="btn btn-small" data-testid="job-retry" disabled={retry.isPending} onClick={() => retry.mutate(job.id)}>
            Retry
          </button>
        ) : null}
        {retry.error ? (
          <span className="field-error block" role="alert">
            {retry.error.message}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** `/settings/jobs`: the workspace's background jobs (sends, imports, webhook deliveries), refreshed every 5 s. */
export function JobsPage() {
  const session = useCurrentSession();
  const [status, setStatus] = useState<JobStatus | ''>('');
  const query = useJobs(status);
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];
  const counts = query.data?.pages[0]?.counts;
  // as the API: whoever may change data may queue a failed job again
  const editable = canWrite(session);

  return (
    <section className="card" aria-labelledby="jobs-title">
      <header className="card-header">
        <h2 id="jobs-title">Background jobs</h2>
        <span className="muted small">Refreshes every 5 seconds.</span>
      </header>
      <div className="toolbar">
        <div className="badges" role="group" data-testid="job-counts" aria-label="Jobs by status">
          {JOB_STATUSES.map((s) => (
            <StatusPill key={s} tone={JOB_TONE[s]}>
              {s} {counts ? counts[s] : '…'}
            </StatusPill>
          ))}
        </div>
        <div className="field field-inline">
          <label htmlFor="jobs-status">Status</label>
          <select id="jobs-status" data-testid="jobs-status" value={status} onChange={(e) => setStatus(e.target.value as JobStatus | '')}>
            <option value="">All</option>
            {JOB_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError && rows.length === 0 ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <TableWrap label="Jobs">
            <table className="table" data-testid="jobs-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                  <th scope="col">Run at</th>
                  <th scope="col">Last error</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="muted empty-row">
                      No jobs{status ? ` with status ${status}` : ''}.
                    </td>
                  </tr>
                ) : (
                  rows.map((j) => <JobRow key={j.id} job={j} editable={editable} />)
                )}
              </tbody>
            </table>
          </TableWrap>
          {query.hasNextPage ? (
            <div className="load-more">
              <button type="button" className="btn" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
