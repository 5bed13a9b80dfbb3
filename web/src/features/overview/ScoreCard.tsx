import { Link } from 'react-router';
import type { Metrics, Survey, SurveyKind } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatMargin, formatNumber, formatScore, KIND_LABELS, MIN_RESPONSES_FOR_MARGIN } from '../common/format';

interface ScoreCardProps {
  kind: SurveyKind;
  /** The user may create surveys: a missing kind offers to create one. */
  canCreate: boolean;
  survey: Survey | undefined;
  metrics: Metrics | undefined;
  error: unknown;
  loading: boolean;
  onRetry: () => void;
  /** The responses list with the same survey, range and filters: the card's drill-down. */
  responsesHref?: string | undefined;
}

const DESCRIPTIONS: Record<SurveyKind, string> = {
  nps: 'Net Promoter Score: % promoters (9–10) − % detractors (0–6)',
  csat: 'Customer satisfaction: share of 4 and 5 answers (1–5 scale)',
  ces: 'Customer effort: mean answer on a 1–7 scale',
};

function unit(kind: SurveyKind): string {
  return kind === 'ces' ? '' : ' pts';
}

function Change({ kind, metrics }: { kind: SurveyKind; metrics: Metrics }) {
  const change = metrics.change;
  if (!change || metrics.previous === undefined || metrics.previous.total === 0) {
    return <p className="card-change muted">No responses in the previous period</p>;
  }
  // The API declares the change's numbers nullable (a score that cannot be compared): then no arrow at all.
  const delta = change.delta;
  if (delta === null) return <p className="card-change muted">No comparable score in the previous period</p>;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶';
  const decimals = kind === 'ces' ? 2 : 1;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const text = `${sign}${formatNumber(Math.abs(delta), decimals)}${unit(kind)}`;
  return (
    <p className={`card-change change-${direction}${change.significant ? ' significant' : ''}`} data-testid={`card-${kind}-change`}>
      <span aria-hidden="true" className="change-arrow">
        {arrow}
      </span>
      <span className="visually-hidden">{direction === 'up' ? 'Up' : direction === 'down' ? 'Down' : 'No change'}</span>
      <span className="change-delta">{text}</span>
      <span className="muted"> vs previous period</span>
      <span className={`pill ${change.significant ? 'pill-strong' : 'pill-muted'}`}>
        {change.significant ? 'significant' : 'not significant'}
      </span>
    </p>
  );
}

/** One headline number (NPS, CSAT or CES) with its 95% margin, response count and change vs the previous period. */
export function ScoreCard({ kind, canCreate, survey, metrics, error, loading, onRetry, responsesHref }: ScoreCardProps) {
  const label = KIND_LABELS[kind];
  return (
    <section className="card score-card" data-testid={`card-${kind}`} aria-labelledby={`card-${kind}-title`} aria-busy={loading}>
      <header className="card-header">
        <h2 id={`card-${kind}-title`} title={DESCRIPTIONS[kind]}>
          {label}
        </h2>
        {survey ? <span className="muted card-survey">{survey.name}</span> : null}
      </header>
      {!survey ? (
        <>
          <p className="muted">No {label} survey in this workspace.</p>
          <p className="muted small">{DESCRIPTIONS[kind]}.</p>
          {canCreate ? (
            <p>
              <Link to={`/surveys/new?kind=${kind}`} data-testid={`card-${kind}-create`}>
                Create a {label} survey
              </Link>
            </p>
          ) : null}
        </>
      ) : error ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : !metrics ? (
        <p className="card-score placeholder">
          <span aria-hidden="true">…</span>
          <span className="visually-hidden">Loading</span>
        </p>
      ) : (
        <>
          <p className="card-score-line">
            <span className="card-score" data-testid={`card-${kind}-score`}>
              {formatScore(kind, metrics.score)}
            </span>
            {metrics.total > 0 && metrics.total < MIN_RESPONSES_FOR_MARGIN ? (
              <span className="card-margin" data-testid={`card-${kind}-few`} title={`The 95% margin of error is shown from ${MIN_RESPONSES_FOR_MARGIN} responses`}>
                too few responses for a margin
              </span>
            ) : metrics.marginOfError !== null ? (
              <span className="card-margin" title="95% margin of error">
                {formatMargin(kind, metrics.marginOfError)}
              </span>
            ) : null}
          </p>
          <p className="card-count" data-testid={`card-${kind}-count`}>
            {responsesHref && metrics.total > 0 ? (
              <Link to={responsesHref} data-testid={`card-${kind}-responses`}>
                {formatNumber(metrics.total)} {metrics.total === 1 ? 'response' : 'responses'}
              </Link>
            ) : (
              <>
                {formatNumber(metrics.total)} {metrics.total === 1 ? 'response' : 'responses'}
              </>
            )}
          </p>
          <Change kind={kind} metrics={metrics} />
        </>
      )}
    </section>
  );
}
