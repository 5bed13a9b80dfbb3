import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { Ok } from '../../api/types';
import { useWorkspaceKey } from '../../api/workspace-query';
import { ErrorMessage } from '../common/ErrorMessage';

type ResurveyEvent = Ok<'/api/v1/cases/{id}/resurvey', 'post'>;

/** POST /api/v1/cases/{id}/resurvey; refreshes the case (its timeline) and the sends lists. */
function useResurvey(caseId: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<ResurveyEvent>(`/api/v1/cases/${encodeURIComponent(caseId)}/resurvey`, { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...key, 'cases'] });
      await queryClient.invalidateQueries({ queryKey: [...key, 'sends'] });
    },
  });
}

/**
 * Why the survey cannot be sent again from this case, or null when it can. The server refuses the same cases with a
 * 409 (CaseService.resurveyNow); saying so here spares a click that could only fail. A server without a mail server
 * (`emailConfigured` false) is said first: nothing else on the case can fix it.
 */
export function resurveyBlocker({ emailConfigured, customerEmail, fromFeedbackPage, closed = false }: { emailConfigured: boolean; customerEmail: string | null; fromFeedbackPage: boolean; closed?: boolean }): string | null {
  // a closed case is read-only on its page (reopen it first); the re-survey planned on closing still goes
  if (closed) return 'Re-survey is not available while the case is closed: reopen it first.';
  if (!emailConfigured) {
    return 'Re-survey is not available: this server cannot send email yet (no mail server is set up, SMTP_URL). Ask an administrator to set up email, or share a personal link from the Distribute page.';
  }
  if (fromFeedbackPage) return 'Re-survey is not available: this feedback came from the public feedback page, which is not a survey to send again.';
  if (!customerEmail) return 'Re-survey is not available: this customer has no email address to send the survey to.';
  return null;
}

/** The Re-survey button: sends the customer the case's survey again by email, now (the fatigue rules still apply). */
export function ResurveyPanel({
  caseId,
  customerEmail,
  emailConfigured,
  fromFeedbackPage,
  closed = false,
}: {
  caseId: string;
  customerEmail: string | null;
  emailConfigured: boolean;
  fromFeedbackPage: boolean;
  closed?: boolean;
}) {
  const resurvey = useResurvey(caseId);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const blocker = resurveyBlocker({ emailConfigured, customerEmail, fromFeedbackPage, closed });
  return (
    <div className="stack" data-testid="case-resurvey-panel">
      <p className="hint" id="case-resurvey-hint">
        Send the customer the survey again by email now, e.g. once the problem is fixed: an answer that is no longer negative wins the case back. The
        workspace’s fatigue rules still apply (an email too soon after the last one is skipped).
      </p>
      <div className="button-row">
        <button
          type="button"
          className="btn"
          data-testid="case-resurvey"
          disabled={blocker !== null || resurvey.isPending}
          aria-describedby={blocker ? 'case-resurvey-hint case-resurvey-unavailable' : 'case-resurvey-hint'}
          onClick={() => {
            setSentTo(null);
            resurvey.mutate(undefined, { onSuccess: () => setSentTo(customerEmail) });
          }}
        >
          {resurvey.isPending ? 'Sending…' : 'Re-survey'}
        </button>
      </div>
      {blocker ? (
        <p className="hint" id="case-resurvey-unavailable" data-testid="case-resurvey-unavailable">
          {blocker}
        </p>
      ) : null}
      {sentTo ? (
        <p className="alert alert-success" role="status" data-testid="case-resurvey-done">
          The survey email to {sentTo} is scheduled; follow it under Distribute → Sends.
        </p>
      ) : null}
      <ErrorMessage error={resurvey.error} testId="case-resurvey-error" />
    </div>
  );
}
