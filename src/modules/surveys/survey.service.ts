/**
 * Surveys: what is asked. Kind nps, csat or ces; a follow-up question whose wording may depend on the score's
 * tone; optional extra questions.
 */
import { type Kysely, sql } from 'kysely';
import type { DB, SurveyRow } from '../../db/tables.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Page, type PageRequest, paginate } from '../../shared/paging.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';
import { type EmailTexts, type EmailTextsInput, emailTextColumns, emailTextsOf, normaliseEmailTexts } from './email-texts.ts';
import type { SurveyKind, Tone } from './score-groups.ts';

export const QUESTION_TYPES = ['text', 'single_choice', 'multiple_choice', 'rating'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const SURVEY_STATUSES = ['draft', 'active', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
/** A survey proper, or the survey behind the public feedback page (listed apart). */
export const SURVEY_PURPOSES = ['survey', 'feedback_page'] as const;
export type SurveyPurpose = (typeof SURVEY_PURPOSES)[number];

export interface Question {
  id: string;
  type: QuestionType;
  label: string;
  options?: string[] | undefined;
  min?: number | undefined;
  max?: number | undefined;
  required?: boolean | undefined;
}

export interface FollowUp {
  default: string;
  positive?: string | undefined;
  neutral?: string | undefined;
  negative?: string | undefined;
}

/** The page after answering; the optional link (e.g. a review site) may be shown only for some tones. */
export interface ThankYou {
  message?: string | undefined;
  linkUrl?: string | undefined;
  linkLabel?: string | undefined;
  linkTones?: Tone[] | undefined;
}

export interface SurveyView {
  id: string;
  name: string;
  kind: SurveyKind;
  status: SurveyStatus;
  purpose: SurveyPurpose;
  question: string;
  followUp: FollowUp;
  questions: Question[];
  locale: string | null;
  thankYou: ThankYou;
  publicLink: boolean;
  reminderDays: number | null;
  /** The survey's own email subject, intro and reminder subject; null: the localised default. */
  email: EmailTexts;
  createdAt: string;
  updatedAt: string;
  /** Scored responses so far, summed from the per-day aggregates (metric_bucket), so listing stays cheap at any size. */
  responseCount: number;
}

export interface SurveyInput {
  name?: string | undefined;
  kind?: SurveyKind | undefined;
  status?: SurveyStatus | undefined;
  question?: string | undefined;
  followUp?: Partial<FollowUp> | undefined;
  questions?: Question[] | undefined;
  locale?: string | null | undefined;
  thankYou?: ThankYou | undefined;
  publicLink?: boolean | undefined;
  reminderDays?: number | null | undefined;
  email?: EmailTextsInput | undefined;
}

/** What deleting a survey takes with it, for the confirmation that says so. */
export interface SurveyDeletionImpact {
  responses: number;
  sends: number;
  cases: number;
}

export const DEFAULT_QUESTION: Record<SurveyKind, string> = {
  nps: 'How likely are you to recommend us to a friend or colleague?',
  csat: 'How satisfied were you with your experience?',
  ces: 'How much do you agree: the company made it easy for me to handle my issue.',
};

export const DEFAULT_FOLLOW_UP: FollowUp = {
  default: 'What is the most important reason for your score?',
  positive: 'What did we do especially well?',
  negative: 'What could we have done better?',
};

export function presentSurvey(row: SurveyRow, responseCount = 0): SurveyView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    question: row.question,
    followUp: parseJson(row.follow_up, DEFAULT_FOLLOW_UP),
    questions: parseJson(row.questions, []),
    purpose: row.purpose,
    locale: row.locale,
    thankYou: parseJson(row.thank_you, {}),
    publicLink: row.public_link === 1,
    reminderDays: row.reminder_days,
    email: emailTextsOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    responseCount,
  };
}

/** Checks extra questions: unique ids, options for choice questions, a sane rating scale. */
export function validateQuestions(questions: Question[]): void {
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    const at = `questions/${i}`;
    if (seen.has(q.id)) throw invalid(`${at}/id`, `duplicate question id "${q.id}"`);
    seen.add(q.id);
    if (q.type === 'single_choice' || q.type === 'multiple_choice') {
      if (!q.options || q.options.length < 2) throw invalid(`${at}/options`, 'a choice question needs at least 2 options');
      if (new Set(q.options).size !== q.options.length) throw invalid(`${at}/options`, 'options must be unique');
    }
    if (q.type === 'rating') {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min > 20) throw invalid(`${at}/max`, 'a rating needs integer min < max, at most 20 apart');
    }
  });
}

export class SurveyService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(
    auth: Auth,
    page: PageRequest & { kind?: SurveyKind | undefined; status?: string | undefined; purpose?: SurveyView['purpose'] | undefined },
  ): Promise<Page<SurveyView>> {
    requireAccess(auth, 'read');
    // The workspace's feedback-page survey (unscored public feedback) is listed only when asked for.
    let q = this.db.selectFrom('survey').selectAll().where('workspace_id', '=', auth.workspaceId).where('purpose', '=', page.purpose ?? 'survey');
    if (page.kind) q = q.where('kind', '=', page.kind);
    if (page.status) q = q.where('status', '=', page.status as SurveyView['status']);
    const result = await paginate(q, 'survey', page, (row) => presentSurvey(row));
    const counts = await this.responseCounts(auth.workspaceId, result.data.map((s) => s.id));
    for (const survey of result.data) survey.responseCount = counts.get(survey.id) ?? 0;
    return result;
  }

  async get(auth: Auth, id: string): Promise<SurveyView> {
    requireAccess(auth, 'read');
    const counts = await this.responseCounts(auth.workspaceId, [id]);
    return presentSurvey(await this.getRow(auth.workspaceId, id), counts.get(id) ?? 0);
  }

  /** Scored responses per survey: the sum of the surveys' 'all' buckets (one row per survey and day). */
  private async responseCounts(workspaceId: string, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const total = sql<number | string>`sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10)`;
    const rows = await this.db
      .selectFrom('metric_bucket')
      .select(['survey_id', total.as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', 'in', ids)
      .where('dim', '=', 'all')
      .groupBy('survey_id')
      .execute();
    // PostgreSQL returns a bigint sum as a string
    return new Map(rows.map((r) => [r.survey_id, Number(r.n)]));
  }

  async getRow(workspaceId: string, id: string): Promise<SurveyRow> {
    const row = await this.db.selectFrom('survey').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('survey');
    return row;
  }

  async create(auth: Auth, input: SurveyInput & { name: string; kind: SurveyKind }): Promise<SurveyView> {
    requireAccess(auth, 'write');
    const name = input.name.trim();
    if (name === '') throw invalid('name', 'must not be empty');
    validateQuestions(input.questions ?? []);
    const email = normaliseEmailTexts(input.email ?? {}, 'email');
    const now = nowIso();
    const row: SurveyRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      name,
      kind: input.kind,
      status: input.status ?? 'active',
      question: input.question?.trim() || DEFAULT_QUESTION[input.kind],
      follow_up: toJson({ ...DEFAULT_FOLLOW_UP, ...stripUndefined(input.followUp ?? {}) }),
      questions: toJson(input.questions ?? []),
      purpose: 'survey',
      locale: input.locale ?? null,
      thank_you: toJson(input.thankYou ?? {}),
      public_link: input.publicLink ? 1 : 0,
      reminder_days: input.reminderDays ?? null,
      email_subject: email.subject ?? null,
      email_intro: email.intro ?? null,
      email_reminder_subject: email.reminderSubject ?? null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('survey').values(row).execute();
    return presentSurvey(row);
  }

  async update(auth: Auth, id: string, input: SurveyInput): Promise<SurveyView> {
    requireAccess(auth, 'write');
    const current = await this.getRow(auth.workspaceId, id);
    const patch: Partial<SurveyRow> = { updated_at: nowIso() };
    if (input.kind !== undefined && input.kind !== current.kind) {
      const any = await this.db.selectFrom('response').select('id').where('survey_id', '=', id).limit(1).executeTakeFirst();
      if (any) throw new AppError('conflict', 'the kind of a survey with responses cannot change', [{ field: 'kind', message: 'survey has responses' }]);
      patch.kind = input.kind;
    }
    if (input.name !== undefined) {
      if (input.name.trim() === '') throw invalid('name', 'must not be empty');
      patch.name = input.name.trim();
    }
    if (input.status !== undefined) patch.status = input.status;
    if (input.question !== undefined) patch.question = input.question.trim() || DEFAULT_QUESTION[patch.kind ?? current.kind];
    if (input.followUp !== undefined) patch.follow_up = toJson({ ...parseJson(current.follow_up, DEFAULT_FOLLOW_UP), ...stripUndefined(input.followUp) });
    if (input.questions !== undefined) {
      validateQuestions(input.questions);
      patch.questions = toJson(input.questions);
    }
    if (input.locale !== undefined) patch.locale = input.locale;
    if (input.thankYou !== undefined) patch.thank_you = toJson(input.thankYou);
    if (input.publicLink !== undefined) patch.public_link = input.publicLink ? 1 : 0;
    if (input.reminderDays !== undefined) patch.reminder_days = input.reminderDays;
    // Only the texts given change; null or blank puts one back to the localised default.
    if (input.email !== undefined) Object.assign(patch, emailTextColumns(normaliseEmailTexts(input.email, 'email')));
    await this.db.updateTable('survey').set(patch).where('id', '=', id).execute();
    return this.get(auth, id);
  }

  /**
   * A new survey with this one's settings — questions, wording, language, thank-you page, email texts, reminder —
   * named "Copy of …" and in draft: a draft is not sent, and neither its public link nor the widget takes answers,
   * so a copy never collects by accident before someone looks it over and activates it. Nothing recorded for the
   * original (responses, sends) comes along.
   */
  async duplicate(auth: Auth, id: string): Promise<SurveyView> {
    requireAccess(auth, 'write');
    const source = await this.getRow(auth.workspaceId, id);
    if (source.purpose !== 'survey') {
      // There is one feedback-page survey per workspace, made by the feedback page itself; a copy would be a second.
      throw new AppError('conflict', 'the public feedback page’s survey cannot be duplicated', [{ field: 'id', message: 'is the feedback page’s survey' }]);
    }
    const taken = await this.db.selectFrom('survey').select('name').where('workspace_id', '=', auth.workspaceId).execute();
    const now = nowIso();
    const row: SurveyRow = { ...source, id: newId(), name: copyName(source.name, new Set(taken.map((r) => r.name))), status: 'draft', created_at: now, updated_at: now };
    await this.db.insertInto('survey').values(row).execute();
    return presentSurvey(row);
  }

  /** What deleting the survey would take with it: every response (scored or not), send and follow-up case. */
  async deletionImpact(auth: Auth, id: string): Promise<SurveyDeletionImpact> {
    requireAccess(auth, 'write');
    await this.getRow(auth.workspaceId, id);
    const [responses, sends, cases] = await Promise.all([
      this.db.selectFrom('response').select((eb) => eb.fn.countAll<number | string>().as('n')).where('survey_id', '=', id).executeTakeFirstOrThrow(),
      this.db.selectFrom('survey_send').select((eb) => eb.fn.countAll<number | string>().as('n')).where('survey_id', '=', id).executeTakeFirstOrThrow(),
      this.db
        .selectFrom('followup_case')
        .innerJoin('response', 'response.id', 'followup_case.response_id')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('response.survey_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    // PostgreSQL returns count(*) as a string
    const count = (row: { n: number | string }) => Number(row.n);
    return { responses: count(responses), sends: count(sends), cases: count(cases) };
  }

  async delete(auth: Auth, id: string): Promise<void> {
    requireAccess(auth, 'write');
    await this.getRow(auth.workspaceId, id);
    // Buckets and responses go with the survey (ON DELETE CASCADE); deleted explicitly too so that SQLite
    // connections opened without foreign_keys still leave nothing behind.
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('metric_bucket').where('survey_id', '=', id).execute();
      await trx.deleteFrom('response').where('survey_id', '=', id).execute();
      await trx.deleteFrom('survey').where('id', '=', id).execute();
    });
  }
}

/** "Copy of <name>", or "Copy of <name> (2)", (3)… when taken; within the 200 characters a name may have. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = `Copy of ${name}`;
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const candidate = base.slice(0, 200 - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
