/**
 * A customer's history, as the page of one of their responses shows it to a manager about to call them back: the
 * person's other responses and the follow-up cases opened for them, newest first, each capped with a count of all.
 *
 * What the caller may see decides both lists (so the history never shows feedback its reader could not open):
 * responses as the responses list scopes them (agents: only the feedback attributed to them), cases as the case
 * inbox does (CaseService). A response without a person (anonymous feedback, or a person since deleted) has no
 * history: `person` is null and both lists are empty.
 */
import type { Auth } from '../auth/policy.ts';
import type { CaseService, CaseView } from '../loop/case.service.ts';
import type { ScoreGroup, SurveyKind } from '../surveys/score-groups.ts';
import type { ResponseService, ResponseView } from './response.service.ts';

export const DEFAULT_HISTORY_LIMIT = 20;
export const MAX_HISTORY_LIMIT = 100;
/** How much of each comment the history quotes; the response's own page has the rest. */
export const EXCERPT_LENGTH = 160;

export interface HistoryResponse {
  id: string;
  surveyId: string;
  surveyName: string;
  surveyKind: SurveyKind;
  score: number | null;
  group: ScoreGroup | null;
  /** The start of the comment (at most EXCERPT_LENGTH characters, cut at a word, with "…"); null without one. */
  excerpt: string | null;
  channel: string;
  createdAt: string;
}

export type HistoryCase = Pick<CaseView, 'id' | 'responseId' | 'status' | 'outcome' | 'priority' | 'overdue' | 'wonBack' | 'createdAt' | 'closedAt'>;

export interface ResponseHistory {
  responseId: string;
  person: ResponseView['person'];
  responses: { data: HistoryResponse[]; total: number };
  cases: { data: HistoryCase[]; total: number };
}

/** The start of a comment: whole words up to `max` characters, then "…"; blank comments are none. */
export function excerpt(comment: string | null, max = EXCERPT_LENGTH): string | null {
  const text = comment?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '') return null;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // a word longer than half the excerpt (a URL) is cut where it stands rather than dropped
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export class ResponseHistoryService {
  constructor(
    private readonly responses: ResponseService,
    private readonly cases: CaseService,
  ) {}

  /** The history of the person who gave response `id`; 404 when `auth` may not see that response. */
  async of(auth: Auth, id: string, limit = DEFAULT_HISTORY_LIMIT): Promise<ResponseHistory> {
    const response = await this.responses.get(auth, id);
    const person = response.person;
    if (!person) return { responseId: id, person: null, responses: { data: [], total: 0 }, cases: { data: [], total: 0 } };
    const [others, cases] = await Promise.all([this.responses.ofPerson(auth, person.id, id, limit), this.cases.ofPerson(auth, person.id, limit)]);
    return {
      responseId: id,
      person,
      responses: {
        total: others.total,
        data: others.data.map((r) => ({
          id: r.id,
          surveyId: r.surveyId,
          surveyName: r.surveyName,
          surveyKind: r.surveyKind,
          score: r.score,
          group: r.group,
          excerpt: excerpt(r.comment),
          channel: r.channel,
          createdAt: r.createdAt,
        })),
      },
      cases: {
        total: cases.total,
        data: cases.data.map((c) => ({
          id: c.id,
          responseId: c.responseId,
          status: c.status,
          outcome: c.outcome,
          priority: c.priority,
          overdue: c.overdue,
          wonBack: c.wonBack,
          createdAt: c.createdAt,
          closedAt: c.closedAt,
        })),
      },
    };
  }
}
