// Closing the loop: alert rules, follow-up cases, the frontline feed and the scoreboard. Types of the server API
// as these screens use them, and their react-query hooks on the shared client. Words follow /work/shared/GLOSSARY.md.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './client';
import { allOf, type Body, type Employee, type ItemOf, type Narrow, type Ok, type Page, type Query, type SurveyResponse, type WorkspaceSettings } from './types';
import { fetchAll, useWorkspaceKey } from './workspace-query';

// ---------------------------------------------------------------------------------------------
// Types: cases (derived from the generated API types, see types.ts)

export type CasePatch = Body<'/api/v1/cases/{id}', 'patch'>;
export type CaseStatus = NonNullable<CasePatch['status']>;
export const CASE_STATUSES = allOf<CaseStatus>()(['open', 'in_progress', 'resolved', 'closed']);

export type CasePriority = NonNullable<CasePatch['priority']>;
export const CASE_PRIORITIES = allOf<CasePriority>()(['low', 'normal', 'high', 'urgent']);

export type CaseOutcome = NonNullable<CasePatch['outcome']>;
export const CASE_OUTCOMES = allOf<CaseOutcome>()(['won_back', 'not_recoverable', 'no_reply', 'no_action_needed']);

type CaseListItem = ItemOf<'/api/v1/cases'>;

/** What the case list sends of each case's response (null when the response was deleted). */
export type CaseResponseSummary = NonNullable<CaseListItem['summary']>;

/** A follow-up on one response: owner, priority, deadlines, status, outcome and root cause. */
export type FollowupCase = Ok<'/api/v1/cases/{id}', 'patch'> & {
  /** Only in list results: the response as the inbox shows it. */
  summary?: CaseResponseSummary | null;
};

// data: `unknown` in the server's answer; it is always an object
export type TimelineEvent = Narrow<Ok<'/api/v1/cases/{id}/notes', 'post'>, { data: Record<string, unknown> }>;
/** What a timeline entry records: created, assigned, status, note, contact_email, contact_call, escalated, … */
export type TimelineKind = TimelineEvent['kind'];

// response: `unknown` in the server's answer; it is the response as GET /api/v1/responses/{id} answers it
export type CaseDetail = Narrow<Ok<'/api/v1/cases/{id}'>, { response: SurveyResponse; timeline: TimelineEvent[] }>;

/** The filters of the case list (the hooks add the cursor). */
export type CaseFilters = Omit<Query<'/api/v1/cases'>, 'cursor'>;

export type ContactInput = Body<'/api/v1/cases/{id}/contact', 'post'>;

// Kept by hand (Share, CaseMetricsSummary, CaseMetrics): the server declares GET /api/v1/cases/metrics as an open
// object (Record<string, unknown>).

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

export type AlertRuleInput = Body<'/api/v1/alert-rules', 'post'>;
export type AlertConditions = AlertRuleInput['conditions'];
export type PropertyCondition = NonNullable<AlertConditions['personProperty']>;
export type PropertyOp = PropertyCondition['op'];
export const PROPERTY_OPS = allOf<PropertyOp>()(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains']);

export type AlertActions = AlertRuleInput['actions'];
export type OpenCaseAction = NonNullable<AlertActions['openCase']>;
export type CaseAssignment = OpenCaseAction['assign'];
export const CASE_ASSIGNMENTS = allOf<CaseAssignment>()(['team_manager', 'round_robin', 'user', 'none']);

/** A condition on new or updated responses and the actions it takes. */
// conditions, actions: `unknown` in the server's answer; they are what the rule was saved with
export type AlertRule = Narrow<ItemOf<'/api/v1/alert-rules'>, { conditions: AlertConditions; actions: AlertActions }>;

// ---------------------------------------------------------------------------------------------
// Types: frontline

// Kept by hand (FeedPage, ScoreSummary, FeedSummary, ScoreboardRow, Scoreboard): the server declares GET
// /api/v1/feed, /feed/summary, /scoreboard and /praise as open objects (Record<string, unknown>).

export interface FeedPage extends Page<SurveyResponse> {
  /** null: the signed-in user has no employee record (and none was asked for) */
  employeeId: string | null;
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

/** The signed-in user's notification preferences in this workspace: the feedback email (off by default), where it goes, the employee records linked to the user (switching on needs one), and whether this server can send email. */
export type NotificationPreferences = Ok<'/api/v1/feed/notifications'>;

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

export type ScoreboardQuery = Query<'/api/v1/scoreboard'>;

// ---------------------------------------------------------------------------------------------
// Hooks

const enc = encodeURIComponent;

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
    select: (settings) => settings.rootCauses,
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

/** Opens a follow-up case on a response by hand (owners, admins, managers). */
export function useOpenCase() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases', 'post'>) => apiRequest<FollowupCase>('/api/v1/cases', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'cases'] }),
  });
}

export function useBulkAssign() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases/bulk-assign', 'post'>) => apiRequest<Ok<'/api/v1/cases/bulk-assign', 'post'>>('/api/v1/cases/bulk-assign', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'cases'] }),
  });
}

export function useAddNote(caseId: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiRequest<TimelineEvent>(`/api/v1/cases/${enc(caseId)}/notes`, { method: 'POST', body: { body } satisfies Body<'/api/v1/cases/{id}/notes', 'post'> }),
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

export function useCaseMetrics(query: Query<'/api/v1/cases/metrics'>) {
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

/**
 * The responses attributed to an employee; `employeeId` undefined means the signed-in user's own record. `enabled`
 * false waits (e.g. until the survey is known, or while it is unknown whether the user has a record at all).
 */
export function useFeed(employeeId: string | undefined, surveyId: string | undefined, enabled = true) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    enabled,
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
    mutationFn: (body: Body<'/api/v1/feed/notifications', 'put'>) => apiRequest<NotificationPreferences>('/api/v1/feed/notifications', { method: 'PUT', body }),
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
