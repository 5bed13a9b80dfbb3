// Types of the Clearloop server API as the dashboard uses it. Words follow /work/shared/GLOSSARY.md.

export type Role = 'owner' | 'admin' | 'manager' | 'agent' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'admin', 'manager', 'agent', 'viewer'];

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface WorkspaceRef {
  id: string;
  name: string;
  slug: string;
}

export interface WorkspaceMembership extends WorkspaceRef {
  role: Role;
}

export interface Session {
  user: SessionUser;
  workspace: WorkspaceRef | null;
  role: Role | null;
  workspaces: WorkspaceMembership[];
  csrfToken: string;
}

export interface ApiErrorField {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: ApiErrorField[] };
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export type SurveyKind = 'nps' | 'csat' | 'ces';
export type SurveyStatus = 'draft' | 'active' | 'closed';

export type Locale = 'en' | 'es' | 'fr' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'es', 'fr', 'de'];

export type QuestionType = 'text' | 'single_choice' | 'multiple_choice' | 'rating';
export const QUESTION_TYPES: readonly QuestionType[] = ['text', 'single_choice', 'multiple_choice', 'rating'];

/** One extra question asked after the score and the follow-up. */
export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  label: string;
  options?: string[];
  min?: number;
  max?: number;
  required?: boolean;
}

/** A score tone: positive (promoter, satisfied, easy), neutral (passive) or negative (detractor). */
export type Tone3 = 'positive' | 'neutral' | 'negative';

export interface FollowUp {
  default: string;
  positive?: string;
  neutral?: string;
  negative?: string;
}

export interface ThankYou {
  message?: string;
  linkUrl?: string;
  linkLabel?: string;
  /** Which score tones see the link; none listed means everyone. */
  linkTones?: Tone3[];
}

export interface Survey {
  id: string;
  name: string;
  kind: SurveyKind;
  status: SurveyStatus;
  purpose?: string;
  /** Language of the survey; null means the workspace default. */
  locale?: string | null;
  thankYou?: ThankYou;
  publicLink?: boolean;
  reminderDays?: number | null;
  question: string;
  followUp: FollowUp;
  questions: SurveyQuestion[];
  createdAt: string;
  updatedAt: string;
}

export interface SurveyInput {
  name?: string;
  kind?: SurveyKind;
  status?: SurveyStatus;
  question?: string;
  followUp?: Partial<FollowUp>;
  questions?: SurveyQuestion[];
  locale?: string | null;
  thankYou?: ThankYou;
  publicLink?: boolean;
  reminderDays?: number | null;
}

export interface SurveyPreviewRequest {
  locale?: Locale;
  score?: number | null;
  draft?: { kind?: SurveyKind; question?: string; followUp?: Record<string, string>; questions?: SurveyQuestion[]; thankYou?: ThankYou };
}

export interface SurveyPreview {
  email: { subject: string; html: string; text: string };
  page: { html: string } | null;
}

export interface Team {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export type Location = Team;

export interface Employee {
  id: string;
  name: string;
  email: string | null;
  teamId: string | null;
  locationId: string | null;
  userId: string | null;
}

export type Channel = 'link' | 'email' | 'widget' | 'feedback_page' | 'api' | 'import' | 'delighted_api';
export const CHANNELS: readonly Channel[] = ['link', 'email', 'widget', 'feedback_page', 'api', 'import', 'delighted_api'];

export type ResponseGroup =
  | 'promoter'
  | 'passive'
  | 'detractor'
  | 'satisfied'
  | 'neutral'
  | 'dissatisfied'
  | 'easy'
  | 'difficult';

export interface Person {
  id: string;
  email: string | null;
  name: string | null;
  externalId: string | null;
}

/** One person's answer to one survey. */
export interface SurveyResponse {
  id: string;
  surveyId: string;
  score: number | null;
  group: ResponseGroup | null;
  comment: string | null;
  answers: Record<string, unknown>;
  channel: string;
  teamId: string | null;
  team: string | null;
  locationId: string | null;
  location: string | null;
  employeeId: string | null;
  employee: string | null;
  person: Person | null;
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface ResponseFilters {
  surveyId?: string;
  from?: string;
  to?: string;
  teamId?: string;
  locationId?: string;
  employeeId?: string;
  channel?: string;
  group?: string;
  q?: string;
  hasComment?: boolean;
  personId?: string;
  limit?: number;
}

export type Interval = 'day' | 'week' | 'month';
export type GroupBy = 'team' | 'location' | 'employee' | 'channel';

export interface MetricsQuery {
  surveyId: string;
  from: string;
  to: string;
  interval?: Interval;
  groupBy?: GroupBy;
  compareTo?: 'previous';
  teamId?: string;
  locationId?: string;
  channel?: string;
}

export interface MetricsSeriesPoint {
  period: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
  low: number | null;
  high: number | null;
}

export interface MetricsGroup {
  key: string;
  label: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
}

export interface Metrics {
  surveyId: string;
  kind: SurveyKind;
  from: string;
  to: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
  distribution: Record<string, number>;
  promoters?: number;
  passives?: number;
  detractors?: number;
  nps?: number | null;
  satisfied?: number;
  csat?: number | null;
  mean?: number | null;
  standardError?: number | null;
  series?: MetricsSeriesPoint[];
  groups?: MetricsGroup[];
  previous?: { from: string; to: string; total: number; score: number | null; marginOfError: number | null };
  change?: { delta: number; standardError: number; significant: boolean } | null;
}

export interface Member {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: string;
}

export type ApiKeyScope = 'read' | 'write';

export interface ApiKey {
  id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  key: string;
}

// ---------------------------------------------------------------------------------------------
// Distribution (sends)

export type SendStatus = 'scheduled' | 'sent' | 'skipped' | 'failed' | 'responded' | 'cancelled';
export const SEND_STATUSES: readonly SendStatus[] = ['scheduled', 'sent', 'skipped', 'failed', 'responded', 'cancelled'];

export type SkipReason =
  | 'recently_surveyed'
  | 'sampled_out'
  | 'daily_cap'
  | 'unsubscribed'
  | 'bounced'
  | 'no_email'
  | 'survey_not_active';

/** One attempt to ask a person (email or personal link). */
export interface Send {
  id: string;
  surveyId: string;
  personId: string;
  channel: string;
  status: SendStatus | string;
  skipReason: SkipReason | string | null;
  error: string | null;
  scheduledAt: string;
  sentAt: string | null;
  remindedAt: string | null;
  respondedAt: string | null;
  responseId: string | null;
  expiresAt: string;
  link: string;
  createdAt: string;
}

export interface SendRecipient {
  email?: string;
  name?: string;
}

export interface SendFilter {
  all?: boolean;
  accountId?: string;
  property?: { name: string; value: string };
}

export interface SendRequest {
  people?: SendRecipient[];
  filter?: SendFilter;
  at?: string;
  channel?: 'email' | 'link';
}

export interface SendResult {
  scheduled: number;
  skipped: number;
  sends: Send[];
}

export interface PersonDetail extends Person {
  phone: string | null;
  accountId: string | null;
}

export interface Account {
  id: string;
  name: string;
}

export interface WidgetInstall {
  surveyId: string;
  workspaceId: string;
  scriptUrl: string;
  snippet: string;
  dataAttributes: string;
  anonymousAllowed: boolean;
  surveyActive: boolean;
}

// ---------------------------------------------------------------------------------------------
// Workspace settings

export interface WorkspaceSettings {
  branding: { companyName: string | null; logoUrl: string | null; color: string };
  /** Default language; null follows the person's (or visitor's browser) language. */
  locale: string | null;
  fatigue: {
    minDaysBetweenSurveys: number;
    samplingPercent: number;
    dailySendCap: number | null;
    quietHours: { start: number; end: number } | null;
  };
}

export interface WorkspaceSettingsPatch {
  branding?: { companyName?: string | null; logoUrl?: string | null; color?: string };
  locale?: Locale | null;
  fatigue?: Partial<WorkspaceSettings['fatigue']>;
}

// ---------------------------------------------------------------------------------------------
// Webhooks

export type WebhookEvent = 'response.created' | 'response.updated';
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['response.created', 'response.updated'];

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreatedWebhook extends Webhook {
  secret: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  payload: unknown;
  createdAt: string;
  deliveredAt: string | null;
}

// ---------------------------------------------------------------------------------------------
// Background jobs

export type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed';
export const JOB_STATUSES: readonly JobStatus[] = ['pending', 'running', 'succeeded', 'failed'];

export interface Job {
  id: string;
  name: string;
  status: JobStatus | string;
  payload: unknown;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface JobsPage extends Page<Job> {
  counts: Record<JobStatus, number>;
}

// ---------------------------------------------------------------------------------------------
// Imports

export type ImportKind = 'people' | 'responses';

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface DataImport {
  id: string;
  kind: ImportKind | string;
  surveyId: string | null;
  fileName: string;
  /** invalid (nothing imported), queued, running, done or failed. */
  status: string;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  progress: number;
  problems: ImportProblem[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportPreview {
  columns: { name: string; field: string }[];
  sample: string[][];
  totalRows: number;
}

export interface ImportRequest {
  kind: ImportKind;
  surveyId?: string;
  fileName: string;
  csv: string;
  mapping: Record<string, string>;
  skipInvalid: boolean;
}
