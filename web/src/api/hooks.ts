import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiError, apiRequest, setCsrfToken } from './client';
import type {
  Account,
  ApiKey,
  Body,
  CreatedApiKey,
  CreatedWebhook,
  DataImport,
  ImportPreview,
  ImportRequest,
  Job,
  JobStatus,
  JobsPage,
  Location,
  Member,
  Metrics,
  MetricsQuery,
  Ok,
  Page,
  PersonDetail,
  ResponseFilters,
  Role,
  Send,
  SendRequest,
  SendResult,
  Session,
  Survey,
  SurveyInput,
  SurveyPreview,
  SurveyPreviewRequest,
  SurveyResponse,
  Team,
  Webhook,
  WebhookDelivery,
  WidgetInstall,
  WorkspaceSettings,
  WorkspaceSettingsPatch,
} from './types';
import { fetchAll, useWorkspaceKey } from './workspace-query';

// ---------------------------------------------------------------------------------------------
// Session

export const sessionKey = ['session'] as const;

/** Stores a session answered by the server (login, setup, workspace switch) and its CSRF token. */
export function storeSession(queryClient: QueryClient, session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionKey, session);
}

/** Forgets every workspace-scoped query (used on logout and on workspace switch). */
export function forgetWorkspaceData(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: ['v1'] });
}

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        const session = await apiRequest<Session>('/api/session', { signal, redirectOn401: false });
        setCsrfToken(session.csrfToken);
        return session;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup'],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest<Ok<'/api/setup'>>('/api/setup', { signal, redirectOn401: false });
      } catch (err) {
        // A server without the setup endpoint has nothing to set up.
        if (err instanceof ApiError && err.status === 404) return { needed: false };
        throw err;
      }
    },
    staleTime: 30_000,
    retry: false,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/session/login', 'post'>) => {
      setCsrfToken(null);
      return apiRequest<Session>('/api/session/login', { method: 'POST', body, redirectOn401: false });
    },
    onSuccess: (session) => {
      forgetWorkspaceData(queryClient);
      storeSession(queryClient, session);
    },
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/setup', 'post'>) => {
      setCsrfToken(null);
      return apiRequest<Session>('/api/setup', { method: 'POST', body, redirectOn401: false });
    },
    onSuccess: (session) => {
      queryClient.setQueryData(['setup'], { needed: false });
      forgetWorkspaceData(queryClient);
      storeSession(queryClient, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/session/logout', { method: 'POST', redirectOn401: false }),
    onSettled: () => {
      forgetWorkspaceData(queryClient);
      storeSession(queryClient, null);
    },
  });
}

export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      apiRequest<Session>('/api/session/workspace', { method: 'POST', body: { workspaceId } satisfies Body<'/api/session/workspace', 'post'> }),
    onSuccess: async (session) => {
      await queryClient.cancelQueries({ queryKey: ['v1'] });
      forgetWorkspaceData(queryClient);
      storeSession(queryClient, session);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: Body<'/api/session/password', 'post'>) =>
      apiRequest<void>('/api/session/password', { method: 'POST', body, redirectOn401: false }),
  });
}

// ---------------------------------------------------------------------------------------------
// Workspace resources (keys start with ['v1', workspaceId] so switching workspace never mixes data)

export function useSurveys() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'surveys'],
    queryFn: ({ signal }) => fetchAll<Survey>('/api/v1/surveys', signal),
    staleTime: 60_000,
  });
}

export function useTeams() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'teams'],
    queryFn: ({ signal }) => fetchAll<Team>('/api/v1/teams', signal),
    staleTime: 60_000,
  });
}

export function useLocations() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'locations'],
    queryFn: ({ signal }) => fetchAll<Location>('/api/v1/locations', signal),
    staleTime: 60_000,
  });
}

export function useMetrics(query: MetricsQuery | null) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'metrics', query],
    queryFn: ({ signal }) => apiRequest<Metrics>('/api/v1/metrics', { query: query ?? {}, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useResponsesPage(filters: ResponseFilters) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'responses', 'page', filters],
    queryFn: ({ signal }) => apiRequest<Page<SurveyResponse>>('/api/v1/responses', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInfiniteResponses(filters: ResponseFilters) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'responses', 'infinite', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<Page<SurveyResponse>>('/api/v1/responses', { query: { ...filters, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

// ---------------------------------------------------------------------------------------------
// Users (members of the workspace)

export function useMembers() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'users'],
    queryFn: ({ signal }) => apiRequest<{ data: Member[] }>('/api/v1/users', { signal }).then((r) => r.data),
  });
}

export function useAddMember() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/users', 'post'>) =>
      apiRequest<Member>('/api/v1/users', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'users'] }),
  });
}

export function useChangeRole() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      apiRequest<Member>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } satisfies Body<'/api/v1/users/{id}', 'patch'> }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'users'] }),
  });
}

export function useRemoveMember() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'users'] }),
  });
}

// ---------------------------------------------------------------------------------------------
// API keys

/** The workspace's API keys; only owners and admins may list them (`enabled` false for other roles). */
export function useApiKeys(enabled = true) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'api-keys'],
    queryFn: ({ signal }) => apiRequest<{ data: ApiKey[] }>('/api/v1/api-keys', { signal }).then((r) => r.data),
    enabled,
  });
}

export function useCreateApiKey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/api-keys', 'post'>) =>
      apiRequest<CreatedApiKey>('/api/v1/api-keys', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'api-keys'] }),
  });
}

// ---------------------------------------------------------------------------------------------
// Surveys (editor)

const enc = encodeURIComponent;

export function useSurvey(id: string | undefined) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'survey', id],
    queryFn: ({ signal }) => apiRequest<Survey>(`/api/v1/surveys/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useCreateSurvey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) => apiRequest<Survey>('/api/v1/surveys', { method: 'POST', body }),
    onSuccess: (survey) => {
      queryClient.setQueryData([...key, 'survey', survey.id], survey);
      return queryClient.invalidateQueries({ queryKey: [...key, 'surveys'] });
    },
  });
}

export function useUpdateSurvey(id: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) => apiRequest<Survey>(`/api/v1/surveys/${enc(id)}`, { method: 'PATCH', body }),
    onSuccess: (survey) => {
      queryClient.setQueryData([...key, 'survey', survey.id], survey);
      return queryClient.invalidateQueries({ queryKey: [...key, 'surveys'] });
    },
  });
}

/** The survey's email and page rendered with unsaved edits; `request` null waits (e.g. while typing). */
export function useSurveyPreview(id: string | undefined, request: SurveyPreviewRequest | null) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'survey-preview', id, request],
    queryFn: ({ signal }) =>
      apiRequest<SurveyPreview>(`/api/v1/surveys/${enc(id ?? '')}/preview`, { method: 'POST', body: request, signal }),
    enabled: Boolean(id) && request !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Distribution

export function useSendSurvey(surveyId: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendRequest) => apiRequest<SendResult>(`/api/v1/surveys/${enc(surveyId)}/send`, { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'sends'] }),
  });
}

export function useCancelSend() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<Send>(`/api/v1/sends/${enc(id)}/cancel`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'sends'] }),
  });
}

/** One person, for naming the people in the sends table (cached; the table asks once per person). */
export function usePerson(id: string) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'person', id],
    queryFn: ({ signal }) => apiRequest<PersonDetail>(`/api/v1/people/${enc(id)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useAccounts() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'accounts'],
    queryFn: ({ signal }) => fetchAll<Account>('/api/v1/accounts', signal),
    staleTime: 60_000,
  });
}

/** The website widget snippet; null when this server does not offer the widget yet (404). */
export function useWidgetInstall(surveyId: string) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'widget', surveyId],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest<WidgetInstall>('/api/v1/widget', { query: { surveyId }, signal });
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}

/**
 * The widget install answer with the workspace signing secret (`identity.secret`), for owners and admins only:
 * asked only once `enabled` (the user chose to reveal it), never kept in the cache after the panel goes.
 */
export function useWidgetSecret(surveyId: string, enabled: boolean) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'widget-secret', surveyId],
    queryFn: ({ signal }) => apiRequest<WidgetInstall>('/api/v1/widget', { query: { surveyId, includeSecret: true }, signal }),
    enabled,
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
}

// ---------------------------------------------------------------------------------------------
// Workspace settings (feedback rules, branding, default language)

export function useWorkspaceSettings() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'settings'],
    queryFn: ({ signal }) => apiRequest<WorkspaceSettings>('/api/v1/settings', { signal }),
  });
}

export function useUpdateWorkspaceSettings() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkspaceSettingsPatch) => apiRequest<WorkspaceSettings>('/api/v1/settings', { method: 'PATCH', body }),
    onSuccess: (settings) => queryClient.setQueryData([...key, 'settings'], settings),
  });
}

// ---------------------------------------------------------------------------------------------
// Webhooks

/** The workspace's webhooks; only owners and admins may list them (`enabled` false for other roles). */
export function useWebhooks(enabled = true) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'webhooks'],
    queryFn: ({ signal }) => apiRequest<{ data: Webhook[] }>('/api/v1/webhooks', { signal }).then((r) => r.data),
    enabled,
  });
}

export function useCreateWebhook() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/webhooks', 'post'>) => apiRequest<CreatedWebhook>('/api/v1/webhooks', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'webhooks'] }),
  });
}

export function useUpdateWebhook() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & Body<'/api/v1/webhooks/{id}', 'patch'>) =>
      apiRequest<Webhook>(`/api/v1/webhooks/${enc(id)}`, { method: 'PATCH', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'webhooks'] }),
  });
}

export function useDeleteWebhook() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/webhooks/${enc(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'webhooks'] }),
  });
}

export function useTestWebhook() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<Ok<'/api/v1/webhooks/{id}/test', 'post'>>(`/api/v1/webhooks/${enc(id)}/test`, { method: 'POST' }),
    onSettled: (_data, _error, id) => queryClient.invalidateQueries({ queryKey: [...key, 'webhook-deliveries', id] }),
  });
}

export function useWebhookDeliveries(id: string, enabled: boolean) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'webhook-deliveries', id],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<Page<WebhookDelivery>>(`/api/v1/webhooks/${enc(id)}/deliveries`, { query: { limit: 25, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
    // Deliveries are retried in the background; keep the log fresh while it is open.
    refetchInterval: enabled ? 5_000 : false,
  });
}

// ---------------------------------------------------------------------------------------------
// Background jobs

export function useJobs(status: JobStatus | '') {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'jobs', status],
    queryFn: ({ pageParam, signal }) => apiRequest<JobsPage>('/api/v1/jobs', { query: { status, limit: 50, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
}

export function useRetryJob() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<Job>(`/api/v1/jobs/${enc(id)}/retry`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'jobs'] }),
  });
}

// ---------------------------------------------------------------------------------------------
// Imports

export function useImports() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'imports'],
    queryFn: ({ signal }) => apiRequest<Page<DataImport>>('/api/v1/imports', { query: { limit: 20 }, signal }).then((r) => r.data),
  });
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: (body: Body<'/api/v1/imports/preview', 'post'>) =>
      apiRequest<ImportPreview>('/api/v1/imports/preview', { method: 'POST', body }),
  });
}

export function useStartImport() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportRequest) => apiRequest<DataImport>('/api/v1/imports', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'imports'] }),
  });
}

const IMPORT_FINISHED = new Set(['done', 'failed', 'invalid']);

/** One import, polled every second until it is done, failed or invalid. */
export function useImport(id: string | null) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...key, 'import', id],
    queryFn: async ({ signal }) => {
      const row = await apiRequest<DataImport>(`/api/v1/imports/${enc(id ?? '')}`, { signal });
      if (IMPORT_FINISHED.has(row.status)) void queryClient.invalidateQueries({ queryKey: [...key, 'imports'] });
      return row;
    },
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && IMPORT_FINISHED.has(query.state.data.status) ? false : 1_000),
  });
}
