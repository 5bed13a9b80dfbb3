import { Link, useSearchParams } from 'react-router';
import { useSurveys, useTeams } from '../../api/hooks';
import { canWrite, useCurrentSession } from '../../api/session-context';
import { isActiveRun, useTaxonomy, useThemeAnalysis, useThemeStatus } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import { EmergingPanel } from './EmergingPanel';
import { filterSearch, readFilters, toThemeQuery, type ProblemFilters } from './filters';
import { formatNps } from './format';
import { ImpactList } from './ImpactList';
import { ProblemFiltersBar } from './ProblemFiltersBar';
import { RunBanner } from './RunBanner';
import { StarterPicker } from './StarterPicker';
import './themes.css';

/** Top problems: the taxonomy's themes ranked by how much they pull NPS down, and the themes on the rise. */
export function TopProblemsPage() {
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const search = filterSearch(filters);
  const { query, error: rangeError } = toThemeQuery(filters);
  const surveys = useSurveys();
  const teams = useTeams();
  const taxonomy = useTaxonomy();
  const status = useThemeStatus();
  const hasTaxonomy = (taxonomy.data?.taxonomy.themes.length ?? 0) > 0;
  const analysis = useThemeAnalysis(hasTaxonomy ? query : null);
  const running = status.data?.runs.some(isActiveRun) ?? false;
  // problems keep the server's order (by impact); strengths go highest above the rest first
  const themes = analysis.data?.themes ?? [];
  const problems = themes.filter((t) => t.standing !== 'strength');
  const strengths = themes.filter((t) => t.standing === 'strength').sort((a, b) => (b.relativeNps ?? 0) - (a.relativeNps ?? 0));

  const onFilters = (next: ProblemFilters) => setParams(new URLSearchParams(filterSearch(next)), { replace: true });

  if (taxonomy.isPending) return <Loading />;
  if (taxonomy.isError) return <ErrorMessage error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />;

  return (
    <div className="th-page">
      <div className="page-header">
        <h1>Top problems</h1>
        {hasTaxonomy ? (
          <Link to="/settings/themes" className="btn btn-ghost" data-testid="problems-edit-taxonomy">
            {canWrite(session) ? 'Edit themes' : 'See the themes'}
          </Link>
        ) : null}
      </div>
      <RunBanner />

      {!hasTaxonomy ? (
        <section className="card empty-state th-empty" data-testid="problems-empty">
          <h2>No themes yet</h2>
          <p>
            Themes group what comments talk about — speed, billing, customer service… — so you can see which problems cost you the most NPS.
            Start from a starter taxonomy for your industry; every comment is analysed in a few seconds.
          </p>
          {canWrite(session) ? (
            <StarterPicker starters={taxonomy.data.starters} currentThemes={0} idPrefix="tp" />
          ) : (
            <p className="muted">Ask an owner, admin or manager to choose a taxonomy.</p>
          )}
          {canWrite(session) ? (
            <p className="small">
              Or <Link to="/settings/themes">build your own in the taxonomy editor</Link>.
            </p>
          ) : null}
        </section>
      ) : (
        <>
          <ProblemFiltersBar
            filters={filters}
            onChange={onFilters}
            surveys={surveys.data ?? []}
            teams={teams.data ?? []}
            rangeError={rangeError}
          />
          {analysis.isError ? <ErrorMessage error={analysis.error} onRetry={() => void analysis.refetch()} /> : null}
          {analysis.data ? (
            <div className="th-layout">
              <section className="card th-ranking" aria-labelledby="ranking-title" aria-busy={analysis.isFetching}>
                <header className="card-header">
                  <h2 id="ranking-title">Problems by impact on NPS</h2>
                  <span className="muted small" data-testid="problems-summary">
                    {formatNumber(analysis.data.commented)} commented responses · {formatNumber(analysis.data.scored)} with an NPS score, whose NPS is{' '}
                    {formatNps(analysis.data.nps)}
                  </span>
                </header>
                {analysis.data.themes.length === 0 ? (
                  <p className="muted" data-testid="problems-none">
                    {running ? 'Comments are being analysed; the ranking appears when it finishes.' : 'No comment in this period mentions a theme of the taxonomy.'}
                  </p>
                ) : (
                  <>
                    {problems.length > 0 ? (
                      <ImpactList themes={problems} search={search} commented={analysis.data.commented} />
                    ) : (
                      <p className="muted" data-testid="problems-none-below">
                        Every theme's responses score above the rest: no theme drags the score down in this period.
                      </p>
                    )}
                    <p className="hint">
                      Impact: the NPS points you would gain if the detractors mentioning the theme became passives. The whisker is the 95% margin. Vs
                      rest: the theme&apos;s NPS minus the NPS of the responses that do not mention it. Sentiment bar: negative, neutral and positive
                      mentions.
                    </p>
                    {strengths.length > 0 ? (
                      <section aria-labelledby="strengths-title" className="th-strengths" data-testid="problems-strengths">
                        <h3 id="strengths-title">Strengths</h3>
                        <p className="muted small">
                          Themes whose responses score above the rest — what customers praise. They may still have detractors, hence an impact.
                        </p>
                        <ImpactList themes={strengths} search={search} commented={analysis.data.commented} kind="strengths" />
                      </section>
                    ) : null}
                  </>
                )}
              </section>
              <EmergingPanel emerging={analysis.data.emerging} to={analysis.data.to} search={search} />
            </div>
          ) : query && !analysis.isError ? (
            <Loading />
          ) : null}
        </>
      )}
    </div>
  );
}
