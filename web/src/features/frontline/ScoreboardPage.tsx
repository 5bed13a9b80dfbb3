import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSurveys, useTeams } from '../../api/hooks';
import { usePraise, useScoreboard, type ScoreboardRow } from '../../api/loop';
import { useCurrentSession } from '../../api/session-context';
import type { SurveyKind } from '../../api/types';
import { presetRange, type RangePreset } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDate, formatMargin, formatNumber, formatScore, KIND_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { ScaleLegend, scaleOf } from '../common/ScaleLegend';
import { defaultSurveyId, SurveyPicker } from './SurveyPicker';
import '../cases/cases.css';
import { TableWrap } from '../common/TableWrap';

type Preset = Exclude<RangePreset, 'custom'>;
const PRESETS: { value: Preset; label: string }[] = [
  { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' },
  { value: '12m', label: 'Last 12 months' },
];

/** Score as a dot with its 95% margin as an error bar, on the survey's whole scale. */
function ScoreBar({ kind, row }: { kind: SurveyKind; row: ScoreboardRow }) {
  if (row.score === null) return null;
  const [min, max] = scaleOf(kind);
  const position = (v: number) => `${(((Math.min(max, Math.max(min, v)) - min) / (max - min)) * 100).toFixed(2)}%`;
  return (
    <div className="range-bar">
      {row.marginOfError !== null ? (
        <span className="range-band" style={{ left: position(row.score - row.marginOfError), right: `calc(100% - ${position(row.score + row.marginOfError)})` }} />
      ) : null}
      <span className="range-dot" style={{ left: position(row.score) }} />
      {kind === 'nps' ? <span className="range-zero" style={{ left: position(0) }} /> : null}
    </div>
  );
}

function BoardTable({ rows, kind, by, ranked, testId }: { rows: ScoreboardRow[]; kind: SurveyKind; by: 'team' | 'employee'; ranked: boolean; testId: string }) {
  return (
    <TableWrap label={`${ranked ? 'Ranked' : 'Unranked'} ${by === 'team' ? 'teams' : 'employees'}`}>
      <table className="table scoreboard-table" data-testid={testId}>
        <caption className="visually-hidden">{ranked ? 'Ranked' : 'Unranked'} {by === 'team' ? 'teams' : 'employees'}</caption>
        <thead>
          <tr>
            {ranked ? (
              <th scope="col" className="rank-col">
                Rank
              </th>
            ) : null}
            <th scope="col">{by === 'team' ? 'Team' : 'Employee'}</th>
            <th scope="col" className="num">
              {KIND_LABELS[kind]}
            </th>
            <th scope="col" className="num">
              95% margin
            </th>
            <th scope="col" className="bar-col">
              <span className="visually-hidden">Score with margin</span>
              <ScaleLegend kind={kind} />
            </th>
            <th scope="col" className="num">
              n
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={ranked ? 'scoreboard-ranked-row' : 'scoreboard-unranked-row'}>
              {ranked ? (
                <td className="rank-col">
                  <span className={r.rank === 1 ? 'rank rank-1' : 'rank'}>{r.rank}</span>
                </td>
              ) : null}
              <th scope="row">{r.label || (by === 'team' ? '(no team)' : '(no employee)')}</th>
              <td className="num strong">{formatScore(kind, r.score)}</td>
              <td className="num muted">{formatMargin(kind, r.marginOfError)}</td>
              <td className="bar-col" aria-hidden="true">
                <ScoreBar kind={kind} row={r} />
              </td>
              <td className="num">{formatNumber(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function PraisePanel({ surveyId }: { surveyId: string }) {
  const agent = useCurrentSession().role === 'agent';
  const [params, setParams] = useSearchParams();
  const teams = useTeams();
  const teamId = params.get('praiseTeam') ?? '';
  const praise = usePraise(surveyId, teamId || undefined);
  const rows = praise.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <section className="card" aria-labelledby="praise-title" data-testid="praise-panel">
      <header className="card-header">
        <h2 id="praise-title">Praise</h2>
        <span className="muted small">
          {agent ? 'Your promoters in their own words (agents see the feedback attributed to them).' : 'Promoters in their own words — share them with the team.'}
        </span>
      </header>
      <div className="field">
        <label htmlFor="praise-team">Team</label>
        <select
          id="praise-team"
          data-testid="praise-team"
          value={teamId}
          onChange={(e) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (e.target.value) next.set('praiseTeam', e.target.value);
                else next.delete('praiseTeam');
                return next;
              },
              { replace: true },
            )
          }
        >
          <option value="">Every team</option>
          {(teams.data ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {praise.isPending ? (
        <Loading />
      ) : praise.isError ? (
        <ErrorMessage error={praise.error} onRetry={() => void praise.refetch()} />
      ) : rows.length === 0 ? (
        <p className="muted">No promoter comments yet.</p>
      ) : (
        <ul className="comment-list praise-list" data-testid="praise-list">
          {rows.map((r) => (
            <li key={r.id} className="comment-item">
              <div className="comment-body">
                <p className="comment-text">“{r.comment}”</p>
                <span className="muted comment-meta">
                  {r.person?.name ?? 'A customer'} · {formatDate(r.createdAt)}
                  {r.employee ? ` · about ${r.employee}` : r.team ? ` · ${r.team}` : ''}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {praise.hasNextPage ? (
        <div className="load-more">
          <button type="button" className="btn btn-small" disabled={praise.isFetchingNextPage} onClick={() => void praise.fetchNextPage()}>
            {praise.isFetchingNextPage ? 'Loading…' : 'More praise'}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** `/scoreboard`: teams or employees ranked by score — only those with enough responses — and praise from promoters. */
export function ScoreboardPage() {
  const [params, setParams] = useSearchParams();
  const surveys = useSurveys();
  const surveyId = params.get('survey') || defaultSurveyId(surveys.data);
  const survey = surveys.data?.find((s) => s.id === surveyId);
  const by = params.get('by') === 'employee' ? 'employee' : 'team';
  const preset = (PRESETS.find((p) => p.value === params.get('range'))?.value ?? '90d') as Preset;
  const range = useMemo(() => presetRange(preset), [preset]);
  const board = useScoreboard(surveyId ? { surveyId, by, ...range } : null);

  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const ranked = board.data?.rows.filter((r) => r.rank !== null) ?? [];
  const unranked = board.data?.rows.filter((r) => r.rank === null) ?? [];
  const kind = survey?.kind ?? 'nps';

  return (
    <div className="stack scoreboard-page">
      <div className="page-header">
        <h1>Scoreboard</h1>
      </div>
      <form className="filter-bar" aria-label="Scoreboard options" onSubmit={(e) => e.preventDefault()}>
        {surveys.data && surveys.data.length > 0 ? <SurveyPicker id="scoreboard-survey" surveys={surveys.data} value={surveyId} onChange={(id) => set('survey', id)} /> : null}
        <div className="field field-fit">
          <span className="label" id="scoreboard-by-label">
            Rank
          </span>
          <div className="tabs" role="group" aria-labelledby="scoreboard-by-label">
            {(['team', 'employee'] as const).map((b) => (
              <button key={b} type="button" className={by === b ? 'tab active' : 'tab'} aria-pressed={by === b} data-testid={`scoreboard-by-${b}`} onClick={() => set('by', b === 'team' ? '' : b)}>
                {b === 'team' ? 'Teams' : 'Employees'}
              </button>
            ))}
          </div>
        </div>
        <div className="field">
          <label htmlFor="scoreboard-range">Period</label>
          <select id="scoreboard-range" data-testid="scoreboard-range" value={preset} onChange={(e) => set('range', e.target.value === '90d' ? '' : e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </form>

      {surveys.isPending ? (
        <Loading />
      ) : !surveyId ? (
        <div className="card empty-state">
          <h2>No survey yet</h2>
          <p className="muted">The scoreboard ranks teams and employees on a survey&apos;s responses.</p>
        </div>
      ) : (
        <div className="scoreboard-grid">
          <section className="card" aria-labelledby="scoreboard-title" data-testid="scoreboard">
            <header className="card-header">
              <h2 id="scoreboard-title">{by === 'team' ? 'Teams' : 'Employees'} by {KIND_LABELS[kind]}</h2>
              {board.data ? (
                <span className="muted small">
                  Everyone: <strong>{formatScore(kind, board.data.overall.score)}</strong> {formatMargin(kind, board.data.overall.marginOfError)} · n = {formatNumber(board.data.overall.total)}
                </span>
              ) : null}
            </header>
            {board.isPending ? (
              <Loading />
            ) : board.isError ? (
              <ErrorMessage error={board.error} onRetry={() => void board.refetch()} />
            ) : (
              <div className="stack" aria-busy={board.isFetching}>
                <p className="hint">
                  The bar shows each score with its 95% margin of error; where two bars overlap, the order between them may be chance. Only{' '}
                  {by === 'team' ? 'teams' : 'employees'} with at least {board.data.minResponses} responses are ranked.
                </p>
                {ranked.length > 0 ? (
                  <BoardTable rows={ranked} kind={kind} by={by} ranked testId="scoreboard-ranked" />
                ) : (
                  <p className="muted" data-testid="scoreboard-none-ranked">
                    Nobody has enough responses in this period to be ranked.
                  </p>
                )}
                {unranked.length > 0 ? (
                  <>
                    <h3 className="unranked-title" data-testid="scoreboard-unranked-title">
                      Too few responses to rank (fewer than {board.data.minResponses})
                    </h3>
                    <BoardTable rows={unranked} kind={kind} by={by} ranked={false} testId="scoreboard-unranked" />
                  </>
                ) : null}
              </div>
            )}
          </section>
          <PraisePanel surveyId={surveyId} />
        </div>
      )}
    </div>
  );
}
