/**
 * Checks a response against its survey before anything is written: the score fits the survey's scale, answers
 * match the survey's extra questions, sizes stay within limits. Field paths name the offending item and field.
 */
import type { FieldProblem } from '../../shared/errors.ts';
import { emailProblem } from '../../shared/email-address.ts';
import { parseDateTime } from '../metrics/periods.ts';
import type { Question } from '../surveys/survey.service.ts';
import { isValidScore, SCALE, type SurveyKind } from '../surveys/score-groups.ts';

export const MAX_COMMENT = 10_000;
export const MAX_PROPERTIES = 50;
export const MAX_ANSWER_TEXT = 5_000;

export interface ValidatableResponse {
  score?: number | null | undefined;
  comment?: string | null | undefined;
  answers?: Record<string, unknown> | undefined;
  properties?: Record<string, unknown> | undefined;
  createdAt?: string | undefined;
  /** Only the email is checked here; a blank one means "no email", as upsertPerson reads it. */
  person?: { email?: string | null | undefined } | undefined;
}

/**
 * A plain function rather than a closure inside checkResponse: that runs for every response ingested, and the
 * loader the server runs under (tsx) wraps every closure it creates in a naming helper that costs more than the checks.
 */
function problem(problems: FieldProblem[], at: string, field: string, message: string): void {
  problems.push({ field: `${at}${field}`, message });
}

export function checkResponse(kind: SurveyKind, questions: Question[], item: ValidatableResponse, at: string, partial = false): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (item.score !== undefined && item.score !== null) {
    if (!isValidScore(kind, item.score)) problem(problems, at, 'score', `must be an integer from ${SCALE[kind].min} to ${SCALE[kind].max} for a ${kind} survey`);
  } else if (!partial && item.score === undefined) {
    problem(problems, at, 'score', 'is required');
  }
  if (typeof item.comment === 'string' && item.comment.length > MAX_COMMENT) problem(problems, at, 'comment', `must be at most ${MAX_COMMENT} characters`);
  if (item.properties && Object.keys(item.properties).length > MAX_PROPERTIES) problem(problems, at, 'properties', `must have at most ${MAX_PROPERTIES} keys`);
  const email = item.person?.email;
  if (typeof email === 'string' && email.trim() !== '') {
    const bad = emailProblem(email);
    if (bad) problem(problems, at, 'person/email', bad);
  }
  if (item.createdAt !== undefined) {
    // not Date.parse: it rolled "2026-02-30T10:00:00Z" over to 2 March
    const t = parseDateTime(item.createdAt);
    if (Number.isNaN(t)) problem(problems, at, 'createdAt', 'must be an ISO-8601 date-time');
    else if (t > Date.now() + 5 * 60_000) problem(problems, at, 'createdAt', 'must not be in the future');
    else if (t < Date.UTC(2000, 0, 1)) problem(problems, at, 'createdAt', 'must be after 2000-01-01');
  }
  if (item.answers) {
    const byId = new Map(questions.map((q) => [q.id, q]));
    for (const [id, value] of Object.entries(item.answers)) {
      const q = byId.get(id);
      const f = `answers/${id}`;
      if (!q) {
        problem(problems, at, f, 'is not a question of this survey');
        continue;
      }
      if (value === null) continue;
      switch (q.type) {
        case 'text':
          if (typeof value !== 'string') problem(problems, at, f, 'must be text');
          else if (value.length > MAX_ANSWER_TEXT) problem(problems, at, f, `must be at most ${MAX_ANSWER_TEXT} characters`);
          break;
        case 'single_choice':
          if (typeof value !== 'string' || !q.options?.includes(value)) problem(problems, at, f, `must be one of: ${(q.options ?? []).join(', ')}`);
          break;
        case 'multiple_choice':
          if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !q.options?.includes(v))) problem(problems, at, f, `must be a list of: ${(q.options ?? []).join(', ')}`);
          break;
        case 'rating': {
          const min = q.min ?? 1;
          const max = q.max ?? 5;
          if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) problem(problems, at, f, `must be an integer from ${min} to ${max}`);
          break;
        }
      }
    }
  }
  return problems;
}
