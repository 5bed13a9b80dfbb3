/**
 * Row types of every table, as Kysely sees them. Timestamps are ISO-8601 UTC strings and JSON columns are text on
 * both databases, so that a value read back is identical on SQLite and PostgreSQL. A column with a fixed set of
 * values has its list here as an `as const` array (the route schemas declare the same list from it).
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface WorkspaceTable {
  id: string;
  name: string;
  slug: string;
  settings: string;
  /** HMAC key for this workspace's signed links and visitor hashes. */
  signing_secret: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

/** Most powerful first (what each may do: src/modules/auth/policy.ts). */
export const ROLES = ['owner', 'admin', 'manager', 'agent', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface MembershipTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface SessionTable {
  id: string; // sha256 of the cookie token
  user_id: string;
  workspace_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** write includes read. */
export const API_KEY_SCOPES = ['read', 'write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface ApiKeyTable {
  id: string;
  workspace_id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface NamedTable {
  id: string;
  workspace_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface EmployeeTable extends NamedTable {
  email: string | null;
  team_id: string | null;
  location_id: string | null;
  user_id: string | null;
}

export interface TeamTable extends NamedTable {
  manager_user_id: string | null;
}

export interface AccountTable extends NamedTable {
  external_id: string | null;
  properties: string;
}

export interface PersonTable {
  id: string;
  workspace_id: string;
  email: string | null;
  phone: string | null;
  external_id: string | null;
  name: string | null;
  properties: string;
  account_id: string | null;
  locale: string | null;
  time_zone: string | null;
  unsubscribed_at: string | null;
  bounced_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SurveyTable {
  id: string;
  workspace_id: string;
  name: string;
  kind: 'nps' | 'csat' | 'ces';
  status: 'draft' | 'active' | 'closed';
  question: string;
  follow_up: string;
  questions: string;
  purpose: 'survey' | 'feedback_page';
  locale: string | null;
  thank_you: string;
  public_link: number;
  reminder_days: number | null;
  /** The survey's own email subject, intro and reminder subject; null: the localised default. */
  email_subject: string | null;
  email_intro: string | null;
  email_reminder_subject: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResponseTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  person_id: string | null;
  score: number | null;
  comment: string | null;
  answers: string;
  channel: string;
  team_id: string | null;
  location_id: string | null;
  employee_id: string | null;
  properties: string;
  /** JSON array of tags (added by alert rules or people). */
  tags: string;
  created_at: string;
  updated_at: string;
}

/**
 * Pre-aggregated score counts per survey, UTC day and one dimension, kept current on every write so metrics
 * never rescan raw responses. `dim` is 'all', 'team', 'location', 'employee', 'channel' or 'prop:<name>';
 * `dim_value` is the id or value ('' for dim 'all'). c0…c10 count responses with that score.
 */
export interface MetricBucketTable {
  workspace_id: string;
  survey_id: string;
  day: string;
  dim: string;
  dim_value: string;
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  c9: number;
  c10: number;
}

export interface IdempotencyTable {
  workspace_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  body: string;
  created_at: string;
}

export const JOB_STATUSES = ['pending', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobTable {
  id: string;
  workspace_id: string | null;
  name: string;
  payload: string;
  status: JobStatus;
  run_at: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  /** A running job whose lease expired (its worker died) is claimed again. */
  locked_until: string | null;
  /** At most one job per key: enqueueing a duplicate is a no-op (timers, recurring jobs). */
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export const SEND_STATUSES = ['scheduled', 'sent', 'skipped', 'failed', 'responded', 'cancelled'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];
export const SEND_CHANNELS = ['email', 'link', 'widget'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** One attempt to ask a person (email or personal link); may be skipped by a fatigue rule, with a reason. */
export interface SurveySendTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  person_id: string;
  channel: SendChannel;
  status: SendStatus;
  skip_reason: string | null;
  error: string | null;
  scheduled_at: string;
  sent_at: string | null;
  reminder_due_at: string | null;
  reminded_at: string | null;
  responded_at: string | null;
  response_id: string | null;
  expires_at: string;
  properties: string;
  created_at: string;
  updated_at: string;
}

export interface EmailEventTable {
  id: string;
  workspace_id: string;
  person_id: string | null;
  email: string;
  kind: 'unsubscribe' | 'bounce' | 'complaint';
  detail: string | null;
  created_at: string;
}

export interface WebhookTable {
  id: string;
  workspace_id: string;
  url: string;
  events: string;
  secret: string;
  enabled: number;
  consecutive_failures: number;
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
}

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookDeliveryTable {
  id: string;
  workspace_id: string;
  webhook_id: string;
  event: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
}

export const IMPORT_KINDS = ['people', 'responses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ['invalid', 'queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface DataImportTable {
  id: string;
  workspace_id: string;
  kind: ImportKind;
  survey_id: string | null;
  file_name: string;
  /** The uploaded CSV; cleared once the import has finished. */
  content: string | null;
  mapping: string;
  skip_invalid: number;
  status: ImportStatus;
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  problems: string;
  error: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface AlertRuleTable {
  id: string;
  workspace_id: string;
  name: string;
  enabled: number;
  conditions: string;
  actions: string;
  round_robin_cursor: number;
  created_at: string;
  updated_at: string;
}

export const CASE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_OUTCOMES = ['won_back', 'not_recoverable', 'no_reply', 'no_action_needed'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export interface FollowupCaseTable {
  id: string;
  workspace_id: string;
  response_id: string;
  rule_id: string | null;
  person_id: string | null;
  team_id: string | null;
  employee_id: string | null;
  owner_user_id: string | null;
  priority: CasePriority;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  root_cause: string | null;
  initial_score: number | null;
  first_contact_due_at: string;
  resolution_due_at: string;
  first_contacted_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  escalated_at: string | null;
  resurvey_days: number | null;
  won_back_at: string | null;
  win_back_response_id: string | null;
  created_at: string;
  updated_at: string;
}

export const CASE_EVENT_KINDS = ['created', 'assigned', 'status', 'note', 'contact_email', 'contact_call', 'escalated', 'resurvey', 'won_back', 'response'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export interface CaseEventTable {
  id: string;
  workspace_id: string;
  case_id: string;
  kind: CaseEventKind;
  actor_user_id: string | null;
  body: string | null;
  data: string;
  created_at: string;
}

export interface WorkspaceTaxonomyTable {
  workspace_id: string;
  taxonomy: string;
  version: number;
  updated_at: string;
}

export interface ResponseAnalysisTable {
  response_id: string;
  workspace_id: string;
  survey_id: string;
  /** The response's created_at, for ranges without a join. */
  created_at: string;
  score: number | null;
  sentiment: 'positive' | 'neutral' | 'negative';
  sentiment_score: number;
  /** JSON array of theme ids (sub-themes and their parents). */
  themes: string;
  /** JSON: per theme, its sentiment and the matched spans. */
  details: string;
  taxonomy_version: number;
  /** 'builtin' or 'learnt'. */
  model: string;
  analyzed_at: string;
  /** The language the comment was read in; null for rows analysed before it was stored (until re-analysed). */
  language: CommentLanguage | null;
}

/** The languages text analytics reads comments in (the engine's LANGUAGES: src/modules/themes/engine/languages.ts). */
export const COMMENT_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type CommentLanguage = (typeof COMMENT_LANGUAGES)[number];

export interface SentimentModelTable {
  workspace_id: string;
  model: string;
  examples: number;
  trained_at: string;
}

export const SUGGESTION_STATUSES = ['open', 'accepted', 'dismissed'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface ThemeSuggestionTable {
  id: string;
  workspace_id: string;
  label: string;
  key_phrases: string;
  size: number;
  examples: string;
  rule: string;
  status: SuggestionStatus;
  created_at: string;
  updated_at: string;
}

export const RUN_KINDS = ['reanalyze', 'discover', 'train'] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface AnalysisRunTable {
  id: string;
  workspace_id: string;
  kind: RunKind;
  status: RunStatus;
  total: number;
  processed: number;
  error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** A user's notification choices in one workspace; no row means every choice is off. */
export interface NotificationPreferenceTable {
  workspace_id: string;
  user_id: string;
  /** 1: email me each new response attributed to (an employee record linked to) me. */
  feedback_email: number;
  updated_at: string;
}

/**
 * One row per response whose employee's user was emailed about it: written before the send ('sending'), so that a
 * job delivered again never sends twice; 'sent' after, or 'failed' when the address was refused for good.
 */
export interface FeedbackEmailTable {
  response_id: string;
  workspace_id: string;
  user_id: string;
  status: 'sending' | 'sent' | 'failed';
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A rate-limit counter shared by the processes on one PostgreSQL database (key: route and client). */
export interface RateLimitTable {
  key: string;
  hits: number;
  /** Milliseconds since the epoch. */
  window_ends: number;
}

/** A password-reset link emailed to a user: only the SHA-256 of its token is kept; it works once, for an hour. */
export interface PasswordResetTable {
  id: string;
  user_id: string;
  /** sha256 (hex) of the token in the link */
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface DB {
  workspace: WorkspaceTable;
  app_user: UserTable;
  membership: MembershipTable;
  session: SessionTable;
  api_key: ApiKeyTable;
  team: TeamTable;
  location: NamedTable;
  employee: EmployeeTable;
  account: AccountTable;
  person: PersonTable;
  survey: SurveyTable;
  response: ResponseTable;
  metric_bucket: MetricBucketTable;
  idempotency_key: IdempotencyTable;
  job: JobTable;
  survey_send: SurveySendTable;
  email_event: EmailEventTable;
  webhook: WebhookTable;
  webhook_delivery: WebhookDeliveryTable;
  data_import: DataImportTable;
  alert_rule: AlertRuleTable;
  followup_case: FollowupCaseTable;
  case_event: CaseEventTable;
  workspace_taxonomy: WorkspaceTaxonomyTable;
  response_analysis: ResponseAnalysisTable;
  sentiment_model: SentimentModelTable;
  theme_suggestion: ThemeSuggestionTable;
  analysis_run: AnalysisRunTable;
  notification_preference: NotificationPreferenceTable;
  feedback_email: FeedbackEmailTable;
  rate_limit: RateLimitTable;
  password_reset: PasswordResetTable;
}

export type JobRow = Selectable<JobTable>;

export type WorkspaceRow = Selectable<WorkspaceTable>;
export type SurveyRow = Selectable<SurveyTable>;
export type ResponseRow = Selectable<ResponseTable>;
export type NewResponseRow = Insertable<ResponseTable>;
export type PersonRow = Selectable<PersonTable>;
export type ApiKeyRow = Selectable<ApiKeyTable>;
// Generated is re-exported for migrations-free helpers that want it.
export type { Generated };
export type SurveySendRow = Selectable<SurveySendTable>;
export type WebhookRow = Selectable<WebhookTable>;
export type DataImportRow = Selectable<DataImportTable>;
export type AlertRuleRow = Selectable<AlertRuleTable>;
export type FollowupCaseRow = Selectable<FollowupCaseTable>;
