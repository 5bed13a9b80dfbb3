/**
 * Whether a personal link (`/s/<token>`) may be answered, decided in one place for the survey page and for
 * DistributionService.answerLink. Every personal link belongs to a send: links made on purpose (channel `link`)
 * are sends with status `sent`, so they stay answerable like emailed ones. A send the fatigue rules (or the
 * person's state) skipped, or one that was cancelled, was never meant to reach the person: answering its link
 * would bypass those rules, so it is refused for good.
 */
import type { SurveyRow, SurveySendRow } from '../../db/tables.ts';

/** Why a link cannot be answered: `closed` survey (or not a survey), `notOpen` (draft), `withdrawn` send. */
export type LinkRefusal = 'closed' | 'notOpen' | 'withdrawn';

export function linkRefusal(send: Pick<SurveySendRow, 'status'>, survey: Pick<SurveyRow, 'status' | 'purpose'>): LinkRefusal | null {
  if (survey.status === 'closed' || survey.purpose !== 'survey') return 'closed';
  if (send.status === 'skipped' || send.status === 'cancelled') return 'withdrawn';
  // A draft is "not sent and not answerable yet" (the editor says so); its links work once it is activated.
  if (survey.status === 'draft') return 'notOpen';
  return null;
}

/** The API-side message of each refusal (409 conflict from answerLink). */
export const LINK_REFUSAL_MESSAGES: Record<LinkRefusal, string> = {
  closed: 'this survey is closed',
  notOpen: 'this survey is not open yet',
  withdrawn: 'this link was withdrawn: its send was skipped or cancelled',
};
