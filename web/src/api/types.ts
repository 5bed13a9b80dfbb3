// Types of the Clearloop server API as the dashboard uses it. Words follow /work/shared/GLOSSARY.md.
//
// The server's shapes come from schema.gen.ts, generated from the OpenAPI document (`npm run gen:api`), so a
// change to a route schema shows here as a type error instead of drifting silently. Types kept by hand say why.
import type { paths } from './schema.gen';

// ---------------------------------------------------------------------------------------------
// Reading the generated types

type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = paths[P][M];
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON of the successful answer (200, 201 or 202) to `M P`, e.g. `Ok<'/api/v1/surveys/{id}'>`. */
export type Ok<P extends ApiPath, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R } ? Json<R[Extract<keyof R, 200 | 201 | 202>]> : never;

/** One item of the `data` list in the answer to `M P` (pages and plain lists). */
export type ItemOf<P extends ApiPath, M extends Method = 'get'> = Ok<P, M> extends { data: (infer I)[] } ? I : never;

/** The JSON request body of `M P`. */
export type Body<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters of `M P`. */
export type Query<P extends ApiPath, M extends Method = 'get'> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

type Flat<T> = { [K in keyof T]: T[K] } & {};

/**
 * T with some properties narrowed, for fields the server declares loosely (an `unknown` that is always one shape, a
 * string the dashboard always sends). The narrowed types must fit the server's. Fields with a fixed list of values
 * need none: the server declares them as enums, so the generated types list the values.
 */
export type Narrow<T, N extends { [K in keyof N]: K extends keyof T ? T[K] : never }> = Flat<Omit<T, keyof N> & N>;

/** Every value of the union T, in display order; does not compile while one is missing (e.g. the server added one). */
export function allOf<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })): readonly T[] =>
    values;
}

// ---------------------------------------------------------------------------------------------
// Session and errors

export type Role = Body<'/api/v1/users', 'post'>['role'];
export const ROLES = allOf<Role>()(['owner', 'admin', 'manager', 'agent', 'viewer']);

export type Session = Ok<'/api/session'>;
export type SessionUser = Session['user'];
export type WorkspaceRef = NonNullable<Session['workspace']>;
export type WorkspaceMembership = Session['workspaces'][number];

/** Every 4xx/5xx answer. */
export type ApiErrorBody = Json<paths['/api/v1/surveys']['get']['responses'][400]>;
export type ApiErrorField = NonNullable<ApiErrorBody['error']['fields']>[number];

// Kept by hand: generic over the item type; every list answer has this shape (PageOf on the server).
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

// ---------------------------------------------------------------------------------------------
// Surveys

export type Survey = Ok<'/api/v1/surveys/{id}'>;
export type SurveyKind = Survey['kind'];
export type SurveyStatus = Survey['status'];
/** What the survey editor sends (creating or changing a survey). */
export type SurveyInput = Body<'/api/v1/surveys/{id}', 'patch'>;

/** One extra question asked after the score and the follow-up. */
export type SurveyQuestion = Survey['questions'][number];
export type QuestionType = SurveyQuestion['type'];
export const QUESTION_TYPES = allOf<QuestionType>()(['text', 'single_choice', 'multiple_choice', 'rating']);

export type FollowUp = Survey['followUp'];
/** The thank-you page; `linkTones` lists which score tones see the link (none listed means everyone). */
export type ThankYou = Survey['thankYou'];
/** A score tone: positive (promoter, satisfied, easy), neutral (passive) or negative (detractor). */
export type Tone3 = NonNullable<ThankYou['linkTones']>[number];

export type SurveyPreviewRequest = Body<'/api/v1/surveys/{id}/preview', 'post'>;
export type SurveyPreview = Ok<'/api/v1/surveys/{id}/preview', 'post'>;

export type Locale = NonNullable<SurveyPreviewRequest['locale']>;
export const LOCALES = allOf<Locale>()(['en', 'es', 'fr', 'de']);

// ---------------------------------------------------------------------------------------------
// Directory

export type Team = ItemOf<'/api/v1/teams'>;
export type Location = ItemOf<'/api/v1/locations'>;
export type Employee = ItemOf<'/api/v1/employees'>;

// ---------------------------------------------------------------------------------------------
// Responses

// Kept by hand: the server takes any channel name (API clients name their own); these are Clearloop's.
export type Channel = 'link' | 'email' | 'widget' | 'feedback_page' | 'api' | 'import' | 'delighted_api';
export const CHANNELS: readonly Channel[] = ['link', 'email', 'widget', 'feedback_page', 'api', 'import', 'delighted_api'];

/** One person's answer to one survey. */
export type SurveyResponse = ItemOf<'/api/v1/responses'>;
/** A score group: promoter, passive, detractor (NPS); satisfied, neutral, dissatisfied (CSAT); easy, neutral, difficult (CES). */
export type ResponseGroup = NonNullable<SurveyResponse['group']>;
export type Person = NonNullable<SurveyResponse['person']>;

/** The language text analytics read a comment in. */
export type CommentLanguage = NonNullable<SurveyResponse['language']>;
export const COMMENT_LANGUAGES = allOf<CommentLanguage>()(['en', 'es', 'fr', 'de']);

/** The filters of the responses list (the hooks add the cursor). */
// group, language: widened to string, as the responses page reads them unchecked from its URL (the server answers 400 to a bad one)
export type ResponseFilters = Omit<Query<'/api/v1/responses'>, 'cursor' | 'group' | 'language' | 'feedbackType'> & { group?: string; language?: string; feedbackType?: string };

// ---------------------------------------------------------------------------------------------
// Metrics

type MetricsParams = Query<'/api/v1/metrics'>;
export type Interval = NonNullable<MetricsParams['interval']>;
// Kept by hand: the server also groups by `property:<name>`; the dashboard offers these.
export type GroupBy = 'team' | 'location' | 'employee' | 'channel';
/** The dashboard always sends a period, and groups by one of GroupBy. */
export type MetricsQuery = Narrow<MetricsParams, { from: string; to: string; groupBy?: GroupBy }>;

export type Metrics = Ok<'/api/v1/metrics'>;
export type MetricsSeriesPoint = NonNullable<Metrics['series']>[number];
export type MetricsGroup = NonNullable<Metrics['groups']>[number];

// ---------------------------------------------------------------------------------------------
// Users and API keys

export type Member = ItemOf<'/api/v1/users'>;

export type ApiKey = ItemOf<'/api/v1/api-keys'>;
/** read, or write (which includes read). */
export type ApiKeyScope = ApiKey['scope'];
export type CreatedApiKey = Ok<'/api/v1/api-keys', 'post'>;

// ---------------------------------------------------------------------------------------------
// Distribution (sends)

export type SendStatus = NonNullable<Query<'/api/v1/sends'>['status']>;
export const SEND_STATUSES = allOf<SendStatus>()(['scheduled', 'sent', 'skipped', 'failed', 'responded', 'cancelled']);

/** One attempt to ask a person (email or personal link). */
export type Send = ItemOf<'/api/v1/sends'>;
/** Why a send was skipped: a fatigue rule or the person's state, or (widget sends) the widget's reason. */
export type SkipReason = NonNullable<Send['skipReason']>;

export type SendRequest = Body<'/api/v1/surveys/{id}/send', 'post'>;
/** A person named by email (and name) rather than by id. */
export type SendRecipient = Exclude<NonNullable<SendRequest['people']>[number], { personId: string }>;
export type SendFilter = NonNullable<SendRequest['filter']>;
export type SendResult = Ok<'/api/v1/surveys/{id}/send', 'post'>;

export type PersonDetail = Ok<'/api/v1/people/{id}'>;
export type Account = ItemOf<'/api/v1/accounts'>;
export type WidgetInstall = Ok<'/api/v1/widget'>;

// ---------------------------------------------------------------------------------------------
// Workspace settings

/** Branding, root causes, the default language (null follows the person's or visitor's) and survey fatigue rules. */
export type WorkspaceSettings = Ok<'/api/v1/settings'>;
export type WorkspaceSettingsPatch = Body<'/api/v1/settings', 'patch'>;

// ---------------------------------------------------------------------------------------------
// Webhooks

export type WebhookEvent = Body<'/api/v1/webhooks', 'post'>['events'][number];
export const WEBHOOK_EVENTS = allOf<WebhookEvent>()(['response.created', 'response.updated']);

export type Webhook = ItemOf<'/api/v1/webhooks'>;
export type CreatedWebhook = Ok<'/api/v1/webhooks', 'post'>;
export type WebhookDelivery = ItemOf<'/api/v1/webhooks/{id}/deliveries'>;

// ---------------------------------------------------------------------------------------------
// Background jobs

export type JobStatus = NonNullable<Query<'/api/v1/jobs'>['status']>;
export const JOB_STATUSES = allOf<JobStatus>()(['pending', 'running', 'succeeded', 'failed']);

export type JobsPage = Ok<'/api/v1/jobs'>;
export type Job = JobsPage['data'][number];

// ---------------------------------------------------------------------------------------------
// Imports

export type ImportRequest = Body<'/api/v1/imports', 'post'>;
export type ImportKind = ImportRequest['kind'];
/** status: invalid (nothing imported), queued, running, done or failed. */
export type DataImport = ItemOf<'/api/v1/imports'>;
export type ImportProblem = DataImport['problems'][number];
export type ImportPreview = Ok<'/api/v1/imports/preview', 'post'>;
