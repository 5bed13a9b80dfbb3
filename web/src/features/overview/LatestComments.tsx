import { Link } from 'react-router';
import { useResponsesPage } from '../../api/hooks';
import type { ResponseFilters, Survey } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDate } from '../common/format';
import { Loading } from '../common/Loading';
import { ScoreBadge } from '../common/ScoreBadge';

/**
 * The ten latest responses with a comment on the survey the charts show, in the overview's period and attribution
 * filters: the comments explain the numbers beside them, so they come from the same survey (the heading names it).
 */
export function LatestComments({ filters, survey }: { filters: Omit<ResponseFilters, 'surveyId'>; survey: Survey }) {
  const query = useResponsesPage({ ...filters, surveyId: survey.id, hasComment: true, limit: 10 });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.data;
  if (items.length === 0) return <p className="muted">No comments on this survey in this period.</p>;
  return (
    <ul className="comment-list" aria-busy={query.isFetching}>
      {items.map((r) => {
        const who = r.person?.name || r.person?.email || 'Anonymous';
        return (
          <li key={r.id} className="comment-item" data-testid="comment-item">
            <ScoreBadge score={r.score} group={r.group} kind={survey.kind} />
            <div className="comment-body">
              <p className="comment-text">{r.comment}</p>
              <p className="comment-meta muted">
                <span title={r.person?.email ?? undefined}>{who}</span>
                {r.person?.name && r.person.email ? <span> · {r.person.email}</span> : null}
                {r.team ? <span> · {r.team}</span> : null}
                <span> · </span>
                <Link to={`/responses/${r.id}`} title="Open the response">
                  <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                </Link>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
