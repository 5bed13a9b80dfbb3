// Closing the loop: alert rules, follow-up cases, the frontline feed and the scoreboard. Types of the server API
// as these screens use them, and their react-query hooks on the shared client. Words follow /work/shared/GLOSSARY.md.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './client';
import { useCurrentSession } from './session-context';
import type { Employee, Page, ResponseGroup, SurveyResponse, WorkspaceSettings } from './types';

// ---------------------------------------------------------------------------------------------
// Types: cases

export type CaseStatus = 'open' | 'in_progress' | 'resolved' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_progress', 'resolved', 'closed'];

export type CasePriority = 'low' | 'normal' | 'high' | 'urgent';
export const CASE_PRIORITIES: readonly CasePriority[] = ['low', 'normal', 'high', 'urgent'];

export type CaseOutcome = 'won_back' | 'not_recoverable' | 'no_reply' | 'no_action_needed';
export const CASE_OUTCOMES: readonly CaseOutcome[] = ['won_back', 'not_recoverable', 'no_reply', 'no_action_needed'];

/** A follow-up on one response: owner, priority, deadlines, status, outcome and root cause. */
/** What the case list sends of each case's response (null when the response was deleted). */
export interface CaseResponseSummary {
  score: number | null;
  group: ResponseGroup | null;
  comment: string | null;
  customer: { name: string | null; email: string | null; externalId: string | null } | null;
}

export interface FollowupCase {
  /** Only in list results: the response as the inbox shows it. */
  summary?: CaseResponseSummary | null;
  id: string;
  responseId: string;
  ruleId: string | null;
  personId: string | null;
  teamId: string | null;
  employeeId: string | null;
  ownerUserId: string | null;
  priority: CasePriority;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  rootCause: string | null;
  initialScore: number | null;
  firstContactDueAt: string;
  resolutionDueAt: string;
  firstContactedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  escalatedAt: string | null;
  overdue: boolean;
  wonBack: boolean;
  wonBackAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TimelineKind = 'created' | 'assigned' | 'status' | 'note' | 'contact_email' | 'contact_call' | 'escalated' | 'resurvey' | 'won_back' | 'response';

export interface TimelineEvent {
  id: string;
  kind: TimelineKind | string;
  actorUserId: string | null;
  body: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface CaseDetail extends FollowupCase {
  response: SurveyResponse & { tags?: string[] };
  timeline: TimelineEvent[];
}

export interface CaseFilters {
  status?: CaseStatus;
  ownerUserId?: string;
  mine?: boolean;
  teamId?: string;
  priority?: CasePriority;
  overdue?: boolean;
  limit?: number;
}

export interface CasePatch {
  status?: CaseStatus;
  ownerUserId?: string;
  priority?: CasePriority;
  outcome?: CaseOutcome;
  rootCause?: string;
}

export interface ContactInput {
  kind: 'email' | 'call';
  subject?: string;
  body: string;
}

/** `count` of `of`, and the percent (null when `of` is 0). Always shown with its counts. */
export interface Share {
  count: number;
  of: number;
  percent: number | null;
}

export interface CaseMetricsSummary {
  cases: number;
  open: number;
  followedUp: Share;
  medianHoursToFirstContact: number | null;
  medianHoursToClose: number | null;
  firstContactOnTime: Share;
  resolvedOnTime: Share;
  winBack: Share;
  outcomes: Record<CaseOutcome, number>;
}

export interface CaseMetrics extends CaseMetricsSummary {
  from: string;
  to: string;
  /** Per owner user id or team id; the key "(none)" gathers cases without one. */
  groups?: (CaseMetricsSummary & { key: string })[];
}

// ---------------------------------------------------------------------------------------------
// Types: alert rules

export type PropertyOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains';
export const PROPERTY_OPS: readonly PropertyOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains'];

export interface PropertyCondition {
  name: string;
  op: PropertyOp;
  value: string | number | boolean;
}

export interface AlertConditions {
  scoreGroups?: ResponseGroup[];
  scoreMin?: number;
  scoreMax?: number;
  unscored?: boolean;
  surveyIds?: string[];
  channels?: string[];
  teamIds?: string[];
  locationIds?: string[];
  employeeIds?: string[];
  words?: string[];
  themes?: string[];
  personProperty?: PropertyCondition;
  accountProperty?: PropertyCondition;
}

export type CaseAssignment = 'team_manager' | 'round_robin' | 'user' | 'none';
export const CASE_ASSIGNMENTS: readonly CaseAssignment[] = ['team_manager', 'round_robin', 'user', 'none'];

export interface OpenCaseAction {
  assign: CaseAssignment;
  userId?: string;
  teamId?: string;
  priority?: CasePriority;
  firstContactHours?: number;
  resolutionHours?: number;
  resurveyDays?: number;
}

export interface AlertActions {
  openCase?: OpenCaseAction;
  notifyEmails?: string[];
  webhookUrl?: string;
  slackWebhookUrl?: string;
  addTags?: string[];
}

/** A condition on new or updated responses and the actions it takes. */
export interface AlertRule {
  id: string;
  name: string;
  enabled: boolean;
  conditions: AlertConditions;
  actions: AlertActions;
  createdAt: string;
  updatedAt: string;
}

export interface AlertRuleInput {
  name: string;
  enabled?: boolean;
  conditions: AlertConditions;
  actions: AlertActions;
}

// ---------------------------------------------------------------------------------------------
// Types: frontline

export interface FeedPage extends Page<SurveyResponse> {
  employeeId: string;
}

export interface ScoreSummary {
  total: number;
  score: number | null;
  marginOfError: number | null;
}

export interface FeedSummary {
  employee: { id: string; name: string };
  from: string;
  to: string;
  mine: ScoreSummary | null;
  team: ScoreSummary | null;
  overall: ScoreSummary | null;
}

/** The signed-in user's notification preferences in this workspace (`/api/v1/feed/notifications`). */
export interface NotificationPreferences {
  /** Email me each new response attributed to me (off by default). */
  feedbackEmail: boolean;
  /** Where the emails go: the user's login email. */
  email: string;
  /** The employee records linked to the user; switching on needs at least one. */
  employees: { id: string; name: string }[];
  /** Whether this server can send email at all. */
  emailConfigured: boolean;
  updatedAt: string | null;
}

export interface ScoreboardRow extends ScoreSummary {
  key: string;
  label: string;
  /** 1, 2, … for groups with enough responses; null for the rest (listed unranked). */
  rank: number | null;
}

export interface Scoreboard {
  surveyId: string;
  from: string;
  to: string;
  minResponses: number;
  overall: ScoreSummary;
  rows: ScoreboardRow[];
}

export interface ScoreboardQuery {
  surveyId: string;
  by: 'team' | 'employee';
  from?: string;
  to?: string;
}

// ---------------------------------------------------------------------------------------------
// Hooks

const enc = encodeURIComponent;

/** Keys start with ['v1', workspaceId] like every workspace query, so a workspace switch forgets them. */
function useWorkspaceKey(): readonly ['v1', string] {
  const session = useCurrentSession();
  return ['v1', session.workspace?.id ?? 'none'] as const;
}

async function fetchAll<T>(path: string, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const result: Page<T> = await apiRequest<Page<T>>(path, { query: { limit: 200, cursor }, signal });
    items.push(...result.data);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** 403 and 404 mean "outside your scope": the screens show an empty state, so do not retry them. */
export function isScopeError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

export function useEmployees() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'employees'],
    queryFn: ({ signal }) => fetchAll<Employee>('/api/v1/employees', signal),
    staleTime: 60_000,
  });
}

/** The root causes offered when a case is closed (from the workspace settings, sharing their cache entry). */
export function useRootCauses() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'settings'],
    queryFn: ({ signal }) => apiRequest<WorkspaceSettings>('/api/v1/settings', { signal }),
    select: (settings) => (settings as WorkspaceSettings & { rootCauses?: string[] }).rootCauses ?? [],
  });
}

/** One response (cached per response); `enabled` false skips the request (the case list sends summaries). */
export function useResponse(id: string, enabled = true) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'response', id],
    queryFn: ({ signal }) => apiRequest<SurveyResponse>(`/api/v1/responses/${enc(id)}`, { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

// Cases ----------------------------------------------------------------------------------------

export function useCases(filters: CaseFilters) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'cases', 'list', filters],
    queryFn: ({ pageParam, signal }) => apiRequest<Page<FollowupCase>>('/api/v1/cases', { query: { ...filters, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | undefined) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'cases', 'detail', id],
    queryFn: ({ signal }) => apiRequest<CaseDetail>(`/api/v1/cases/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useUpdateCase() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CasePatch & { id: string }) => apiRequest<FollowupCase>(`/api/v1/cases/${enc(id)}`, { method: 'PATCH', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'cases'] }),
  });
}

export function useBulkAssign() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { caseIds: string[]; ownerUserId: string }) => apiRequest<{ updated: number }>('/api/v1/cases/bulk-assign', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'cases'] }),
  });
}

export function useAddNote(caseId: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiRequest<TimelineEvent>(`/api/v1/cases/${enc(caseId)}/notes`, { method: 'POST', body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'cases', 'detail', caseId] }),
  });
}

export function useContactCustomer(caseId: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactInput) => apiRequest<TimelineEvent>(`/api/v1/cases/${enc(caseId)}/contact`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'cases'] }),
  });
}

export function useCaseMetrics(query: { from: string; to: string; groupBy?: 'owner' | 'team' }) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'cases', 'metrics', query],
    queryFn: ({ signal }) => apiRequest<CaseMetrics>('/api/v1/cases/metrics', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

// Alert rules ----------------------------------------------------------------------------------

export function useAlertRules() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'alert-rules'],
    queryFn: ({ signal }) => apiRequest<{ data: AlertRule[] }>('/api/v1/alert-rules', { signal }).then((r) => r.data),
  });
}

export function useSaveAlertRule() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: AlertRuleInput & { id?: string }) =>
      id
        ? apiRequest<AlertRule>(`/api/v1/alert-rules/${enc(id)}`, { method: 'PATCH', body })
        : apiRequest<AlertRule>('/api/v1/alert-rules', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'alert-rules'] }),
  });
}

export function useToggleAlertRule() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => apiRequest<AlertRule>(`/api/v1/alert-rules/${enc(id)}`, { method: 'PATCH', body: { enabled } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'alert-rules'] }),
  });
}

export function useDeleteAlertRule() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/alert-rules/${enc(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'alert-rules'] }),
  });
}

// Frontline ------------------------------------------------------------------------------------

/** The responses attributed to an employee; `employeeId` undefined means the signed-in user's own record. */
export function useFeed(employeeId: string | undefined, surveyId: string | undefined) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'feed', employeeId ?? 'me', surveyId],
    queryFn: ({ pageParam, signal }) => apiRequest<FeedPage>('/api/v1/feed', { query: { employeeId, surveyId, limit: 20, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    retry: (count, error) => !isScopeError(error) && count < 2,
  });
}

export function useFeedSummary(employeeId: string | undefined, surveyId: string | undefined) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'feed-summary', employeeId, surveyId],
    queryFn: ({ signal }) => apiRequest<FeedSummary>('/api/v1/feed/summary', { query: { employeeId, surveyId }, signal }),
    enabled: Boolean(employeeId && surveyId),
    placeholderData: keepPreviousData,
  });
}

export function useNotificationPreferences() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'feed-notifications'],
    queryFn: ({ signal }) => apiRequest<NotificationPreferences>('/api/v1/feed/notifications', { signal }),
  });
}

export function useSetNotificationPreferences() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { feedbackEmail: boolean }) => apiRequest<NotificationPreferences>('/api/v1/feed/notifications', { method: 'PUT', body }),
    onSuccess: (prefs) => queryClient.setQueryData([...key, 'feed-notifications'], prefs),
  });
}

export function useScoreboard(query: ScoreboardQuery | null) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'scoreboard', query],
    queryFn: ({ signal }) => apiRequest<Scoreboard>('/api/v1/scoreboard', { query: query ?? {}, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function usePraise(surveyId: string | undefined, teamId: string | undefined) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'praise', surveyId, teamId],
    queryFn: ({ pageParam, signal }) => apiRequest<Page<SurveyResponse>>('/api/v1/praise', { query: { surveyId, teamId, limit: 10, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(surveyId),
  });
}
