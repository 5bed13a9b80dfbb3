/**
 * The one answer to a request that would email a survey while this server has no mail server (no SMTP_URL): a 409
 * before anything is written, rather than sends that could only fail later. 409, not 503: retrying cannot help until
 * the server is configured (and restarted). Used by the send API and a follow-up case's re-survey.
 */
import { AppError, type FieldProblem } from '../../shared/errors.ts';

export function surveyEmailUnavailable(instead: string, field?: string): AppError {
  const fields: FieldProblem[] = field ? [{ field, message: 'email cannot be sent: this server has no SMTP_URL' }] : [];
  return new AppError('conflict', `email is not configured on this server: set SMTP_URL (and restart) to send survey emails, or ${instead}`, fields);
}
