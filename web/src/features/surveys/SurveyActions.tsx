import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Survey } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import { type SurveyDeletionImpact, useCloseSurvey, useDeleteSurvey, useDeletionImpact, useDuplicateSurvey } from './useSurveyActions';
import './surveys.css';

type SurveyRef = Pick<Survey, 'id' | 'name' | 'status'>;

function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "Duplicate": makes a draft copy ("Copy of …") and opens it in the editor. */
export function DuplicateSurveyButton({ survey, small = false }: { survey: SurveyRef; small?: boolean }) {
  const duplicate = useDuplicateSurvey();
  const navigate = useNavigate();
  return (
    <>
      <button
        type="button"
        className={small ? 'btn btn-small' : 'btn'}
        data-testid="survey-duplicate"
        aria-label={`Duplicate ${survey.name}`}
        disabled={duplicate.isPending}
        onClick={() =>
          duplicate.mutate(survey.id, {
            onSuccess: (copy) => void navigate(`/surveys/${copy.id}`, { state: { duplicatedFrom: survey.name } }),
          })
        }
      >
        {duplicate.isPending ? 'Duplicating…' : 'Duplicate'}
      </button>
      {duplicate.error ? (
        <span className="field-error block" role="alert">
          {duplicate.error.message}
        </span>
      ) : null}
    </>
  );
}

/** "Delete", behind a confirmation that says what goes with the survey. */
export function DeleteSurveyButton({ survey, small = false, onDeleted }: { survey: SurveyRef; small?: boolean; onDeleted?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={small ? 'btn btn-danger btn-small' : 'btn btn-danger'} data-testid="survey-delete" aria-label={`Delete ${survey.name}`} onClick={() => setOpen(true)}>
        Delete
      </button>
      {open ? <DeleteSurveyDialog survey={survey} onClose={() => setOpen(false)} onDeleted={onDeleted} /> : null}
    </>
  );
}

/** What goes with the survey, in words. */
function ImpactText({ impact }: { impact: SurveyDeletionImpact }) {
  const others = [impact.cases > 0 ? count(impact.cases, 'follow-up case', 'follow-up cases') : null, impact.sends > 0 ? count(impact.sends, 'send', 'sends') : null].filter(Boolean);
  if (impact.responses === 0) {
    return <p>It has no responses.{others.length > 0 ? ` Its ${others.join(' and ')} will be deleted with it.` : ''}</p>;
  }
  return (
    <div className="alert alert-warning">
      <p>
        <strong>{count(impact.responses, 'response', 'responses')}</strong>
        {others.length > 0 ? `, ${others.join(' and ')}` : ''} will be deleted with it, for good: scores, reports and exports lose them, and this cannot be
        undone.
      </p>
      <p>To stop collecting but keep every response, close the survey instead.</p>
    </div>
  );
}

/**
 * The confirmation: counts what goes with the survey when it opens. A survey with responses is deleted only after
 * its name is typed, and closing it (which keeps them) is offered first; a survey without responses needs one click.
 * The API deletes whatever it is asked to (documented), so this dialog is where a slip is caught.
 */
function DeleteSurveyDialog({ survey, onClose, onDeleted }: { survey: SurveyRef; onClose: () => void; onDeleted?: (() => void) | undefined }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const impact = useDeletionImpact(survey.id, true);
  const remove = useDeleteSurvey();
  const close = useCloseSurvey();
  const [typed, setTyped] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    // A modal dialog: the page behind is inert, Escape cancels, focus returns to the Delete button afterwards.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const data = impact.data;
  const withResponses = (data?.responses ?? 0) > 0;
  const nameTyped = typed.trim() === survey.name.trim();
  const canDelete = data !== undefined && (!withResponses || nameTyped) && !remove.isPending;

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-impact`} onClose={onClose} data-testid="survey-delete-dialog">
      <h2 id={`${id}-title`}>Delete “{survey.name}”?</h2>
      <div id={`${id}-impact`} aria-live="polite">
        {impact.isPending ? <Loading /> : impact.isError ? <ErrorMessage error={impact.error} onRetry={() => void impact.refetch()} /> : <ImpactText impact={impact.data} />}
      </div>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!canDelete) return;
          remove.mutate(survey.id, {
            onSuccess: () => {
              onClose();
              onDeleted?.();
            },
          });
        }}
      >
        {withResponses ? (
          <div className="field">
            <label htmlFor={`${id}-name`}>Type the survey’s name to delete it with its responses</label>
            <input id={`${id}-name`} data-testid="survey-delete-name" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </div>
        ) : null}
        {remove.error ? (
          <p className="field-error block" role="alert">
            {remove.error.message}
          </p>
        ) : null}
        {close.error ? (
          <p className="field-error block" role="alert">
            {close.error.message}
          </p>
        ) : null}
        <div className="form-actions">
          {withResponses && survey.status !== 'closed' ? (
            <button type="button" className="btn btn-primary" data-testid="survey-close-instead" disabled={close.isPending} onClick={() => close.mutate(survey.id, { onSuccess: onClose })}>
              Close survey instead
            </button>
          ) : null}
          <button type="submit" className="btn btn-danger" data-testid="survey-delete-confirm" disabled={!canDelete}>
            {remove.isPending ? 'Deleting…' : withResponses && data ? `Delete survey and ${count(data.responses, 'response', 'responses')}` : 'Delete survey'}
          </button>
          {/* Focused first: the safe choice for a destructive dialog. */}
          <button type="button" className="btn" autoFocus onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
