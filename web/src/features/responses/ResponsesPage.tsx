import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useInfiniteResponses, useLocations, useSurveys, useTeams } from '../../api/hooks';
import { useCurrentSession } from '../../api/session-context';
import type { ResponseFilters } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { channelLabel, formatDateTime, groupLabel, groupTone } from '../common/format';
import { Loading } from '../common/Loading';
import { ScoreBadge } from '../common/ScoreBadge';
import { FEEDBACK_TYPE_LABELS, FILTER_KEYS, ResponsesFilters, type ResponseFilterValues } from './ResponsesFilters';
import './responses.css';

/** All responses, newest first, filtered through the URL so a filtered list can be shared. */
export function ResponsesPage() {
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const surveys = useSurveys();
  const teams = useTeams();
  const locations = useLocations();

  const values = useMemo(() => {
    const v = {} as ResponseFilterValues;
    for (const key of FILTER_KEYS) v[key] = params.get(key) ?? '';
    return v;
  }, [params]);

  const filters = useMemo(() => {
    const f: ResponseFilters & { theme?: string } = { limit: 50 };
    for (const key of FILTER_KEYS) if (values[key]) f[key] = values[key].trim();
    // A reversed date range would just answer nothing; ignore the end date until it is valid.
    if (f.from && f.to && f.from > f.to) delete f.to;
    return f;
  }, [values]);

  const query = useInfiniteResponses(filters);

  const update = (patch: Partial<ResponseFilterValues>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  const surveyById = useMemo(() => new Map((surveys.data ?? []).map((s) => [s.id, s])), [surveys.data]);
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <div className="responses">
      <div className="page-header">
        <h1>Responses</h1>
        {session.role === 'agent' ? (
          <p className="muted" data-testid="responses-agent-scope">
            The responses attributed to you.
          </p>
        ) : null}
      </div>
      {values.personId ? (
        <div className="alert person-filter" data-testid="responses-person-filter">
          <span>One customer’s responses{rows[0]?.person ? `: ${rows[0].person.name || rows[0].person.email || rows[0].person.externalId}` : ''}.</span>{' '}
          <button type="button" className="btn btn-small" onClick={() => update({ personId: '' })}>
            Show every customer
          </button>
        </div>
      ) : null}
      <ResponsesFilters
        values={values}
        onChange={update}
        onReset={() => setParams(new URLSearchParams(), { replace: true })}
        surveys={surveys.data ?? []}
        teams={teams.data ?? []}
        locations={locations.data ?? []}
      />
      {surveys.isError ? <ErrorMessage error={surveys.error} /> : null}

      <section className="card" aria-labelledby="responses-title">
        <header className="card-header">
          <h2 id="responses-title" className="visually-hidden">
            Response list
          </h2>
          <span className="muted" aria-live="polite">
            {query.isPending ? '' : `${rows.length}${query.hasNextPage ? '+' : ''} ${rows.length === 1 ? 'response' : 'responses'}`}
          </span>
          {rows.length > 0 ? (
            <a className="btn btn-small" href={exportHref(filters)} download data-testid="responses-export">
              Download CSV
            </a>
          ) : null}
        </header>
        {query.isPending ? (
          <Loading />
        ) : query.isError && rows.length === 0 ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            <div className="table-wrap">
              <table className="table responses-table" data-testid="responses-table" aria-busy={query.isFetching}>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col" className="num">
                      Score
                    </th>
                    <th scope="col">Group</th>
                    <th scope="col" className="comment-col">
                      Comment
                    </th>
                    <th scope="col">Person</th>
                    <th scope="col">Team</th>
                    <th scope="col">Location</th>
                    <th scope="col">Employee</th>
                    <th scope="col">Channel</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.length === 0 ? (
                    <tr>
                      <td colSpan={9} className="muted empty-row">
                        No responses match these filters.
                      </td>
                    </tr>
                  ) : (
                    rows.map((r) => (
                      <tr key={r.id}>
                        <td className="nowrap">
                          <Link to={`/responses/${r.id}`} data-testid="response-link" title="Open the response">
                            <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                          </Link>
                        </td>
                        <td className="num">
                          <ScoreBadge score={r.score} group={r.group} kind={surveyById.get(r.surveyId)?.kind} />
                        </td>
                        <td>
                          <span className={`group-label tone-text-${groupTone(r.group)}`}>{groupLabel(r.group)}</span>
                        </td>
                        <td className="comment-col">
                          {r.comment ? <span className="comment-cell">{r.comment}</span> : <span className="muted">—</span>}
                          {!values.surveyId && surveyById.get(r.surveyId) ? (
                            <span className="muted small block">{surveyById.get(r.surveyId)?.name}</span>
                          ) : null}
                        </td>
                        <td>
                          {r.person ? (
                            <>
                              <span>{r.person.name || r.person.email || r.person.externalId || '—'}</span>
                              {r.person.name && r.person.email ? <span className="muted small block">{r.person.email}</span> : null}
                            </>
                          ) : (
                            <span className="muted">Anonymous</span>
                          )}
                        </td>
                        <td>{r.team ?? <span className="muted">—</span>}</td>
                        <td>{r.location ?? <span className="muted">—</span>}</td>
                        <td>{r.employee ?? <span className="muted">—</span>}</td>
                        <td>
                          {channelLabel(r.channel)}{' '}
                          {typeof r.properties.feedbackType === 'string' && r.channel === 'feedback_page' ? (
                            <span className="pill pill-muted" data-testid="response-feedback-type">
                              {FEEDBACK_TYPE_LABELS[r.properties.feedbackType] ?? r.properties.feedbackType}
                            </span>
                          ) : null}
                        </td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
            {query.isFetchNextPageError ? <ErrorMessage error={query.error} /> : null}
            {query.hasNextPage ? (
              <div className="load-more">
                <button
                  type="button"
                  className="btn"
                  data-testid="responses-load-more"
                  disabled={query.isFetchingNextPage}
                  onClick={() => void query.fetchNextPage()}
                >
                  {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

/** The CSV download of every response the list's filters select (the session cookie authenticates it). */
function exportHref(filters: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (key !== 'limit' && value !== undefined && value !== '') params.set(key, String(value));
  return `/api/v1/responses/export?${params.toString()}`;
}
