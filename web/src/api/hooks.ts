import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiError, apiRequest, setCsrfToken } from './client';
import { useCurrentSession } from './session-context';
import type {
  ApiKey,
  ApiKeyScope,
  CreatedApiKey,
  Location,
  Member,
  Metrics,
  MetricsQuery,
  Page,
  ResponseFilters,
  Role,
  Session,
  Survey,
  SurveyResponse,
  Team,
} from './types';

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
        return await apiRequest<{ needed: boolean }>('/api/setup', { signal, redirectOn401: false });
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
    mutationFn: (body: { email: string; password: string }) => {
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
    mutationFn: (body: { workspace: string; name: string; email: string; password: string }) => {
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
      apiRequest<Session>('/api/session/workspace', { method: 'POST', body: { workspaceId } }),
    onSuccess: async (session) => {
      await queryClient.cancelQueries({ queryKey: ['v1'] });
      forgetWorkspaceData(queryClient);
      storeSession(queryClient, session);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiRequest<void>('/api/session/password', { method: 'POST', body, redirectOn401: false }),
  });
}

// ---------------------------------------------------------------------------------------------
// Workspace resources (keys start with ['v1', workspaceId] so switching workspace never mixes data)

function useWorkspaceKey(): readonly ['v1', string] {
  const session = useCurrentSession();
  return ['v1', session.workspace?.id ?? 'none'] as const;
}

/** Reads every page of a small list (surveys, teams, locations) for pickers. */
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
    mutationFn: (body: { email: string; name?: string; role: Role; password?: string }) =>
      apiRequest<Member>('/api/v1/users', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'users'] }),
  });
}

export function useChangeRole() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      apiRequest<Member>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } }),
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

export function useApiKeys() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'api-keys'],
    queryFn: ({ signal }) => apiRequest<{ data: ApiKey[] }>('/api/v1/api-keys', { signal }).then((r) => r.data),
  });
}

export function useCreateApiKey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scope: ApiKeyScope }) =>
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
