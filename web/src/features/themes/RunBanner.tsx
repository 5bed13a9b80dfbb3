import { isActiveRun, useThemeStatus } from '../../api/themes';
import { formatNumber } from '../common/format';
import { RUN_LABELS } from './format';
import './themes.css';

/** Progress of the analysis run in progress (polled every 2 s by the status hook); nothing when none runs. */
export function RunBanner({ watch = false }: { watch?: boolean }) {
  const status = useThemeStatus(watch);
  const run = status.data?.runs.find(isActiveRun);
  if (!run) return null;
  const counts = run.total > 0 ? ` — ${formatNumber(run.processed)} of ${formatNumber(run.total)} comments` : '';
  return (
    <div className="alert th-run-banner" role="status" aria-live="polite" data-testid="themes-run-banner">
      <div className="th-run-text">
        <span className="spinner" aria-hidden="true" />
        <span>
          <strong>{RUN_LABELS[run.kind]}…</strong>
          {run.status === 'queued' ? ' waiting to start' : `${counts}`}. Figures update when it finishes.
        </span>
      </div>
      <div
        className="progress th-run-progress"
        role="progressbar"
        aria-label={RUN_LABELS[run.kind]}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={run.progress}
      >
        <div className="progress-fill" style={{ width: `${Math.max(3, run.progress)}%` }} />
      </div>
    </div>
  );
}
