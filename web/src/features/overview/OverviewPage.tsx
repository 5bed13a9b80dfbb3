import { lazy, Suspense, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLocations, useMetrics, useSurveys, useTeams } from '../../api/hooks';
import { canWrite, useCurrentSession } from '../../api/session-context';
import type { MetricsQuery, ResponseFilters, Survey, SurveyKind } from '../../api/types';
import { trendInterval } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { KIND_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { FilterBar } from './FilterBar';
import { filterSearch, readFilters, resolveRange, selectedSurvey, type OverviewFilters } from './filters';
import { LatestComments } from './LatestComments';
import { ScoreCard } from './ScoreCard';
import { TeamBreakdown } from './TeamBreakdown';

// ECharts is the largest dependency: load it after the cards have rendered.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));
const DistributionChart = lazy(() => import('./DistributionChart').then((m) => ({ default: m.DistributionChart })));

const KINDS: SurveyKind[] = ['nps', 'csat', 'ces'];

export function OverviewPage() {
  const session = useCurrentSession();
  const surveys = useSurveys();
  const teams = useTeams();
  const locations = useLocations();
  // the filters live in the URL: a view can be shared, bookmarked and reloaded
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const setFilters = (next: OverviewFilters) => setParams(filterSearch(next), { replace: true });

  const { range, error: rangeError } = resolveRange(filters);
  const interval = range ? trendInterval(range) : 'week';
  const surveyList = useMemo(() => surveys.data ?? [], [surveys.data]);

  const chosen: Record<SurveyKind, Survey | undefined> = {
    nps: selectedSurvey(surveyList, filters, 'nps'),
    csat: selectedSurvey(surveyList, filters, 'csat'),
    ces: selectedSurvey(surveyList, filters, 'ces'),
  };
  // Charts follow the NPS survey; without one, the first kind the workspace has.
  const primary = chosen.nps ?? chosen.csat ?? chosen.ces;

  const attribution = {
    teamId: filters.teamId || undefined,
    locationId: filters.locationId || undefined,
    channel: filters.channel || undefined,
  };
  const query = (survey: Survey | undefined, extra: Partial<MetricsQuery>): MetricsQuery | null =>
    survey && range ? { surveyId: survey.id, from: range.from, to: range.to, ...attribution, ...extra } : null;

  const npsMetrics = useMetrics(query(chosen.nps, { compareTo: 'previous', interval }));
  const csatMetrics = useMetrics(query(chosen.csat, { compareTo: 'previous', ...(primary === chosen.csat ? { interval } : {}) }));
  const cesMetrics = useMetrics(query(chosen.ces, { compareTo: 'previous', ...(primary === chosen.ces ? { interval } : {}) }));
  const byKind = { nps: npsMetrics, csat: csatMetrics, ces: cesMetrics };
  const primaryMetrics = primary ? byKind[primary.kind] : undefined;
  const teamMetrics = useMetrics(query(primary, { groupBy: 'team' }));

  // the comments follow the charts' survey and filters: they explain the numbers shown beside them
  const commentFilters: Omit<ResponseFilters, 'surveyId'> = { from: range?.from, to: range?.to, ...attribution };

  if (surveys.isPending) return <Loading />;
  if (surveys.isError) return <ErrorMessage error={surveys.error} onRetry={() => void surveys.refetch()} />;

  const primaryLabel = primary ? KIND_LABELS[primary.kind] : 'Score';

  return (
    <div className="overview">
      <div className="page-header">
        <h1>Overview</h1>
        {range ? (
          <p className="muted">
            {range.from} – {range.to}
          </p>
        ) : null}
      </div>

      <FilterBar
        filters={filters}
        onChange={setFilters}
        surveys={surveyList}
        teams={teams.data ?? []}
        locations={locations.data ?? []}
        rangeError={rangeError}
      />
      {teams.isError ? <ErrorMessage error={teams.error} /> : null}
      {locations.isError ? <ErrorMessage error={locations.error} /> : null}

      {surveyList.length === 0 ? (
        <div className="empty-state card" data-testid="overview-no-surveys">
          <h2>No surveys yet</h2>
          {canWrite(session) ? (
            <>
              <p>Create an NPS, CSAT or CES survey to start collecting responses, or import past responses from a CSV file.</p>
              <p>
                <Link className="btn btn-primary" to="/surveys/new">
                  Create a survey
                </Link>{' '}
                <Link className="btn" to="/imports">
                  Import responses
                </Link>
              </p>
            </>
          ) : (
            <p>An owner, admin or manager creates the first survey; its scores appear here.</p>
          )}
        </div>
      ) : null}

      <div className="cards">
        {KINDS.map((kind) => {
          const m = byKind[kind];
          return (
            <ScoreCard
              key={kind}
              canCreate={canWrite(session)}
              kind={kind}
              survey={chosen[kind]}
              metrics={m.data}
              error={m.error}
              loading={m.isFetching}
              onRetry={() => void m.refetch()}
              responsesHref={chosen[kind] && range ? `/responses?${new URLSearchParams({ surveyId: chosen[kind].id, from: range.from, to: range.to, ...stripEmpty(attribution) }).toString()}` : undefined}
            />
          );
        })}
      </div>

      <div className="grid-2">
        <section className="card span-2" data-testid="trend-chart" aria-labelledby="trend-title">
          <header className="card-header">
            <h2 id="trend-title">
              {primaryLabel} trend <span className="muted small">({interval === 'week' ? 'weekly' : 'monthly'}, 95% margin shaded)</span>
            </h2>
          </header>
          {!primary ? (
            <p className="muted">No survey to chart.</p>
          ) : primaryMetrics?.isError ? (
            <ErrorMessage error={primaryMetrics.error} onRetry={() => void primaryMetrics.refetch()} />
          ) : primaryMetrics?.data ? (
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <TrendChart metrics={primaryMetrics.data} interval={interval} />
            </Suspense>
          ) : (
            <Loading />
          )}
        </section>

        <section className="card" data-testid="distribution-chart" aria-labelledby="distribution-title">
          <header className="card-header">
            <h2 id="distribution-title">Score distribution</h2>
          </header>
          {!primary ? (
            <p className="muted">No survey to chart.</p>
          ) : primaryMetrics?.isError ? (
            <ErrorMessage error={primaryMetrics.error} />
          ) : primaryMetrics?.data ? (
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <DistributionChart metrics={primaryMetrics.data} />
            </Suspense>
          ) : (
            <Loading />
          )}
        </section>

        <section className="card" data-testid="team-breakdown" aria-labelledby="teams-title">
          <header className="card-header">
            <h2 id="teams-title">{primaryLabel} by team</h2>
          </header>
          {!primary ? (
            <p className="muted">No survey selected.</p>
          ) : teamMetrics.isError ? (
            <ErrorMessage error={teamMetrics.error} onRetry={() => void teamMetrics.refetch()} />
          ) : teamMetrics.data ? (
            <TeamBreakdown metrics={teamMetrics.data} />
          ) : (
            <Loading />
          )}
        </section>

        <section className="card span-2" data-testid="latest-comments" aria-labelledby="comments-title">
          <header className="card-header">
            <h2 id="comments-title">
              Latest comments
              {primary ? (
                <span className="muted small" data-testid="comments-survey">
                  {' '}
                  on {primary.name}
                </span>
              ) : null}
            </h2>
            {session.role === 'agent' ? <span className="muted small">Attributed to you</span> : null}
          </header>
          {!primary ? (
            <p className="muted">No survey selected.</p>
          ) : range ? (
            <LatestComments filters={commentFilters} survey={primary} />
          ) : (
            <p className="muted">Choose a valid period.</p>
          )}
        </section>
      </div>
    </div>
  );
}

/** The keys with a value (URLSearchParams would write "undefined"). */
function stripEmpty(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => Boolean(e[1])));
}
