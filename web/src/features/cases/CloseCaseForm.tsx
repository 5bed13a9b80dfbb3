import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CASE_OUTCOMES, useRootCauses, useUpdateCase, type CaseOutcome } from '../../api/loop';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { Loading } from '../common/Loading';
import { OUTCOME_LABELS } from './caseText';
import './cases.css';

/** Closing a case asks what came of it (outcome) and why the customer was unhappy (root cause). */
export function CloseCaseForm({ caseId, idPrefix, onDone, onCancel }: { caseId: string; idPrefix: string; onDone?: () => void; onCancel?: () => void }) {
  const rootCauses = useRootCauses();
  const update = useUpdateCase();
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [rootCause, setRootCause] = useState('');
  const [missing, setMissing] = useState<{ outcome?: string; rootCause?: string }>({});
  const errors = useFieldErrors(update.error, { local: missing });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing({ outcome: outcome ? undefined : 'Choose the outcome.', rootCause: rootCause ? undefined : 'Choose the root cause.' });
    if (!outcome || !rootCause) return;
    update.mutate({ id: caseId, status: 'closed', outcome, rootCause }, { onSuccess: () => onDone?.() });
  };

  if (rootCauses.isPending) return <Loading label="Loading root causes…" />;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={update.isPending} data-testid="close-case-form">
      {rootCauses.isError ? <ErrorMessage error={rootCauses.error} /> : null}
      <ErrorSummary errors={errors} />
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-outcome`}>Outcome</label>
          <select id={`${idPrefix}-outcome`} {...errors.inputProps('outcome')} data-testid="close-outcome" required value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome | '')}>
            <option value="">Choose…</option>
            {CASE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="outcome" />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-root-cause`}>Root cause</label>
          <select id={`${idPrefix}-root-cause`} {...errors.inputProps('rootCause')} data-testid="close-root-cause" required value={rootCause} onChange={(e) => setRootCause(e.target.value)}>
            <option value="">Choose…</option>
            {(rootCauses.data ?? []).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="rootCause" />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-testid="close-submit" disabled={update.isPending}>
          {update.isPending ? 'Closing…' : 'Close case'}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A modal dialog around CloseCaseForm (used when a card is moved to "Closed" on the board). */
export function CloseCaseDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="close-case-title" data-testid="close-case-dialog" onCancel={onClose}>
      <h2 id="close-case-title">Close the case</h2>
      <p className="muted small">What came of the follow-up, and what caused the customer&apos;s trouble? Root causes feed the outer loop.</p>
      <CloseCaseForm caseId={caseId} idPrefix="dialog" onDone={onClose} onCancel={onClose} />
    </dialog>
  );
}
