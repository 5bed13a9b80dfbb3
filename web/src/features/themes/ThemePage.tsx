import { lazy, Suspense, useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSurveys, useTeams } from '../../api/hooks';
import { useThemeDetail } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDateTime, formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import { isNotFound, NotFoundState } from '../common/NotFoundState';
import { ScoreBadge } from '../common/ScoreBadge';
import { useCanOpenResponse } from '../responses/useCanOpenResponse';
import { BreakdownTable } from './BreakdownTable';
import { filterSearch, readFilters, toThemeQuery, type ProblemFilters } from './filters';
import { HighlightedText } from './HighlightedText';
import { ProblemFiltersBar } from './ProblemFiltersBar';
import { RunBanner } from './RunBanner';
import { SentimentBadge } from './SentimentBar';
import './themes.css';

// ECharts is the largest dependency: load it after the page has rendered.
const ThemeTrendChart = lazy(() => import('./ThemeTrendChart').then((m) => ({ default: m.ThemeTrendChart })));

/** One theme: weekly (monthly) trend, where it comes up (teams, locations) and the comments with the matched words. */
export function ThemePage() {
  const { themeId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const search = filterSearch(filters);
  const { query, error: rangeError } = toThemeQuery(filters);
  const surveys = useSurveys();
  const teams = useTeams();
  const detailQuery = query ? { surveyId: query.surveyId, from: query.from, to: query.to, limit: 50 } : { limit: 50 };
  const detail = useThemeDetail(themeId, detailQuery);
  // the comments do not say whom they are attributed to: agents (who see only their own responses) get no links
  const canOpen = useCanOpenResponse();

  const onFilters = (next: ProblemFilters) => setParams(new URLSearchParams(filterSearch(next)), { replace: true });
  const responses = new URLSearchParams({ theme: themeId });
  if (query?.from) responses.set('from', query.from);
  if (query?.to) responses.set('to', query.to);
  if (query?.surveyId) responses.set('surveyId', query.surveyId);

  const d = detail.data;
  const label = d?.label;
  useEffect(() => {
    if (!label) return;
    // after the layout's title from the address ("Problem – Clearloop"), which its effect sets once the page's have run
    const timer = setTimeout(() => {
      document.title = `${label} – Clearloop`;
    }, 0);
    return () => clearTimeout(timer);
  }, [label, themeId]);
  if (isNotFound(detail.error)) {
    return (
      <NotFoundState title="Theme not found" backTo={`/problems${search}`} backLabel="← Top problems" testId="theme-not-found">
        The taxonomy has no theme “{themeId}”. It may have been renamed or removed since the link was made.
      </NotFoundState>
    );
  }
  return (
    <div className="th-page">
      <p className="th-back">
        <Link to={`/problems${search}`} data-testid="theme-back">
          ← Top problems
        </Link>
      </p>
      <div className="page-header">
        <h1 data-testid="theme-title">{d?.label ?? themeId}</h1>
        <Link className="btn" to={`/responses?${responses.toString()}`} data-testid="theme-responses-link">
          See these responses
        </Link>
      </div>
      <RunBanner />
      <ProblemFiltersBar filters={filters} onChange={onFilters} surveys={surveys.data ?? []} teams={teams.data ?? []} rangeError={rangeError} showTeam={false} />
      {detail.isError ? <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.isPending ? (
        <Loading />
      ) : d ? (
        <div className="th-detail" aria-busy={detail.isFetching}>
          <section className="card th-span-2" data-testid="theme-trend" aria-labelledby="theme-trend-title">
            <header className="card-header">
              <h2 id="theme-trend-title">Trend</h2>
              <span className="muted small">
                {formatNumber(d.count)} {d.count === 1 ? 'comment' : 'comments'} from {d.from} to {d.to}
              </span>
            </header>
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <ThemeTrendChart trend={d.trend} interval={d.interval} label={d.label} />
            </Suspense>
          </section>
          <section className="card" aria-labelledby="theme-teams-title">
            <header className="card-header">
              <h2 id="theme-teams-title">By team</h2>
            </header>
            <BreakdownTable rows={d.byTeam} groupLabel="Team" testId="theme-by-team" />
          </section>
          <section className="card" aria-labelledby="theme-locations-title">
            <header className="card-header">
              <h2 id="theme-locations-title">By location</h2>
            </header>
            <BreakdownTable rows={d.byLocation} groupLabel="Location" testId="theme-by-location" />
          </section>
          {d.byLanguage.length > 1 ? (
            // only where customers write in more than one language: is the problem one market's?
            <section className="card th-span-2" aria-labelledby="theme-languages-title">
              <header className="card-header">
                <h2 id="theme-languages-title">By comment language</h2>
              </header>
              <BreakdownTable rows={d.byLanguage} groupLabel="Language" testId="theme-by-language" />
            </section>
          ) : null}
          <section className="card th-span-2" data-testid="theme-comments" aria-labelledby="theme-comments-title">
            <header className="card-header">
              <h2 id="theme-comments-title">Comments</h2>
              <span className="muted small">
                {d.readableCount < d.count ? `Only those attributed to you (${formatNumber(d.readableCount)} of ${formatNumber(d.count)}) · ` : null}
                {d.comments.length < d.readableCount ? `Latest ${formatNumber(d.comments.length)} of ${formatNumber(d.readableCount)} · ` : null}matched words highlighted
              </span>
            </header>
            {d.comments.length === 0 ? (
              <p className="muted">No comment mentions this theme in this period.</p>
            ) : (
              <ul className="comment-list th-comments">
                {d.comments.map((c) => (
                  <li key={c.responseId} className="th-comment" data-testid="theme-comment">
                    <ScoreBadge score={c.score} group={c.group} kind={c.kind} />
                    <div className="th-comment-body">
                      <p className="th-comment-text">
                        <HighlightedText text={c.comment} highlights={c.highlights} />
                      </p>
                      <p className="th-comment-meta muted small">
                        <SentimentBadge sentiment={c.sentiment} />
                        {canOpen(undefined) ? (
                          <Link to={`/responses/${c.responseId}`} title="Open the response">
                            <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
                          </Link>
                        ) : (
                          <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
                        )}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {d.comments.length < d.readableCount ? (
              <p>
                <Link to={`/responses?${responses.toString()}`}>All {formatNumber(d.readableCount)} {d.readableCount < d.count ? 'of your ' : ''}responses mentioning {d.label} →</Link>
              </p>
            ) : null}
          </section>
        </div>
      ) : null}
    </div>
  );
}
