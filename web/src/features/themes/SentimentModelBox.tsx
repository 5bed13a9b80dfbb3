import { useState } from 'react';
import { isActiveRun, useThemeStatus, useTrainSentiment } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatDateTime, formatNumber } from '../common/format';
import './themes.css';

/** Which sentiment model reads the comments (built-in lexicon or learnt from this workspace), and training it. */
export function SentimentModelBox({ editable }: { editable: boolean }) {
  const train = useTrainSentiment();
  const [runId, setRunId] = useState<string | null>(null);
  const status = useThemeStatus(runId !== null);
  const model = status.data?.model;
  const run = runId ? status.data?.runs.find((r) => r.id === runId) : status.data?.runs.find((r) => r.kind === 'train');
  const training = train.isPending || (runId !== null && (!run || isActiveRun(run)));

  return (
    <section className="card th-model" data-testid="sentiment-model" aria-labelledby="model-title">
      <header className="card-header">
        <h2 id="model-title">Sentiment model</h2>
      </header>
      {model ? (
        model.kind === 'learnt' ? (
          <p data-testid="sentiment-model-kind">
            <strong>Learnt from your scores</strong> — {formatNumber(model.examples ?? 0)} examples, trained {formatDateTime(model.trainedAt)}.
          </p>
        ) : (
          <p data-testid="sentiment-model-kind">
            <strong>Built-in</strong> — a general English lexicon. Learning from your own scored comments usually reads your customers’ wording better.
          </p>
        )
      ) : null}
      {status.data ? <p className="muted small">{formatNumber(status.data.analysed)} comments analysed.</p> : null}
      {editable ? (
        <div className="th-actions">
          <button type="button" className="btn" data-testid="sentiment-train" aria-describedby="sentiment-train-hint" disabled={training} onClick={() => train.mutate(undefined, { onSuccess: (r) => setRunId(r.id) })}>
            {training ? 'Learning…' : 'Learn from our scores'}
          </button>
        </div>
      ) : null}
      <p className="hint" id="sentiment-train-hint">
        Needs at least 300 scored comments, with at least 30 of each tone (positive, neutral, negative). Every comment is analysed again afterwards.
      </p>
      <ErrorMessage error={train.error} />
      {run?.status === 'failed' ? (
        <div className="alert alert-warning" data-testid="sentiment-train-error">
          The last training did not finish: {run.error ?? 'unknown error'}.
        </div>
      ) : null}
      {runId !== null && run?.status === 'done' ? <div className="alert alert-success">Learnt. Comments are being analysed again with the new model.</div> : null}
    </section>
  );
}
