// Themes (text analytics): taxonomy, top problems, theme pages, discovery and the sentiment model.
// Types follow the server's /api/v1/themes answers; words follow /work/shared/GLOSSARY.md.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { useCurrentSession } from './session-context';
import type { Body, ItemOf, Narrow, Ok, Query } from './types';

// ---------------------------------------------------------------------------------------------
// Types (derived from the generated API types, see types.ts)

type TaxonomyAnswer = Ok<'/api/v1/themes/taxonomy'>;

/** How a theme is recognised in a comment. `all` entries join groups with `+` (alternatives with `|`). */
export type ThemeMatch = NonNullable<TaxonomyAnswer['taxonomy']['themes'][number]['match']>;

// Kept by hand (TaxonomyTheme, Taxonomy): recursive, where the server's schema declares four levels of sub-themes
// and leaves deeper ones open; Narrow checks below that they fit the server's.
export type TaxonomyTheme = {
  id: string;
  label: string;
  description?: string;
  match?: ThemeMatch;
  themes?: TaxonomyTheme[];
};

export type Taxonomy = {
  name: string;
  description?: string;
  version?: number;
  language?: string;
  themes: TaxonomyTheme[];
};

/** A background analysis run: re-analysis after a taxonomy change, discovery, or sentiment training. */
export type AnalysisRun = Ok<'/api/v1/themes/discover', 'post'>;
export type RunKind = AnalysisRun['kind'];
export type RunStatus = AnalysisRun['status'];

/** The name of a starter taxonomy (an industry template). */
export type StarterName = TaxonomyAnswer['starters'][number];

/** The saved taxonomy (`version` 0 while the workspace has none) and the starter taxonomies on offer. */
export type TaxonomyState = Narrow<TaxonomyAnswer, { taxonomy: Taxonomy }>;
export type TaxonomySaved = Narrow<Ok<'/api/v1/themes/taxonomy', 'put'>, { taxonomy: Taxonomy }>;

export type ThemeAnalysis = Ok<'/api/v1/themes/analysis'>;
/** One theme in the top problems ranking: its comments, NPS, sentiment and impact on the score (≤ 0, with a 95% margin). */
export type ThemeImpact = ThemeAnalysis['themes'][number];
export type SentimentSplit = ThemeImpact['sentiment'];
/** A theme whose share of comments in the last 7 days rose significantly against the 8 weeks before. */
export type EmergingTheme = ThemeAnalysis['emerging'][number];

export type ThemeQuery = Query<'/api/v1/themes/analysis'>;

export type ThemeDetail = Ok<'/api/v1/themes/{id}'>;
/** A team's (location's) comments mentioning the theme; `share` is the percent of its comments. */
export type ThemeBreakdownRow = ThemeDetail['byTeam'][number];
/** A comment mentioning the theme; `highlights` are character offsets (UTF-16, end exclusive) of the matched words. */
export type ThemeComment = ThemeDetail['comments'][number];

export type ThemeSuggestion = ItemOf<'/api/v1/themes/suggestions'>;

export type ThemeStatus = Ok<'/api/v1/themes/status'>;
export type SentimentModelInfo = ThemeStatus['model'];

// Kept by hand: the server's body is one object with optional fields; this union says which action needs which
// (the hook checks it against the server's body).
export type SuggestionAction =
  | { id: string; action: 'accept'; label?: string; words?: string[] }
  | { id: string; action: 'merge'; intoThemeId: string; words: string[] }
  | { id: string; action: 'dismiss' };

// ---------------------------------------------------------------------------------------------
// Hooks (keys under ['v1', workspaceId, 'themes', …] so a workspace switch forgets them)

const enc = encodeURIComponent;

function useThemesKey(): readonly ['v1', string, 'themes'] {
  const session = useCurrentSession();
  return ['v1', session.workspace?.id ?? 'none', 'themes'] as const;
}

export function isActiveRun(run: AnalysisRun): boolean {
  return run.status === 'queued' || run.status === 'running';
}

/** Results change when a run ends: refetch everything the themes screens show. */
function refreshResults(queryClient: QueryClient, key: readonly unknown[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) =>
      q.queryKey.length > key.length &&
      key.every((k, i) => q.queryKey[i] === k) &&
      q.queryKey[key.length] !== 'status',
  });
}

export function useTaxonomy() {
  const key = useThemesKey();
  return useQuery({
    queryKey: [...key, 'taxonomy'],
    queryFn: ({ signal }) => apiRequest<TaxonomyState>('/api/v1/themes/taxonomy', { signal }),
    staleTime: 30_000,
  });
}

/** Replaces the taxonomy (or starts from a starter); the server re-analyses every comment in the background. */
export function useSaveTaxonomy() {
  const key = useThemesKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { taxonomy: Taxonomy } | { starter: StarterName }) =>
      apiRequest<TaxonomySaved>('/api/v1/themes/taxonomy', { method: 'PUT', body: body satisfies Body<'/api/v1/themes/taxonomy', 'put'> }),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...key, 'taxonomy'], { version: saved.version, taxonomy: saved.taxonomy, starters: saved.starters });
      await queryClient.invalidateQueries({ queryKey: [...key, 'status'] });
    },
  });
}

/**
 * The sentiment model and the analysis runs. Polls every 2 s while a run is queued or running (or while `watch`
 * asks to, e.g. right after starting one); when a run ends, the analysis, theme pages and suggestions refetch.
 */
export function useThemeStatus(watch = false) {
  const key = useThemesKey();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...key, 'status'],
    queryFn: async ({ signal }) => {
      const before = queryClient.getQueryData<ThemeStatus>([...key, 'status']);
      const status = await apiRequest<ThemeStatus>('/api/v1/themes/status', { signal });
      // A run that ended since the last look (or started and ended between two looks) changed the results.
      const seenActive = new Set(before?.runs.filter(isActiveRun).map((r) => r.id) ?? []);
      const seen = new Set(before?.runs.map((r) => r.id) ?? []);
      if (before && status.runs.some((r) => !isActiveRun(r) && (seenActive.has(r.id) || !seen.has(r.id)))) void refreshResults(queryClient, key);
      return status;
    },
    refetchInterval: (query) => (watch || query.state.data?.runs.some(isActiveRun) ? 2_000 : false),
  });
}

export function useThemeAnalysis(query: ThemeQuery | null) {
  const key = useThemesKey();
  return useQuery({
    queryKey: [...key, 'analysis', query],
    queryFn: ({ signal }) => apiRequest<ThemeAnalysis>('/api/v1/themes/analysis', { query: query ?? {}, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useThemeDetail(id: string | undefined, query: ThemeQuery & { limit?: number }) {
  const key = useThemesKey();
  return useQuery({
    queryKey: [...key, 'theme', id, query],
    queryFn: ({ signal }) => apiRequest<ThemeDetail>(`/api/v1/themes/${enc(id ?? '')}`, { query, signal }),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

export type ResponseAnalysis = Ok<'/api/v1/responses/{id}/analysis'>;

/** One response's sentiment and themes (text analytics). */
export function useResponseAnalysis(responseId: string) {
  const key = useThemesKey();
  return useQuery({
    queryKey: [...key, 'response-analysis', responseId],
    queryFn: ({ signal }) => apiRequest<ResponseAnalysis>(`/api/v1/responses/${enc(responseId)}/analysis`, { signal }),
    enabled: responseId !== '',
  });
}

export function useThemeSuggestions() {
  const key = useThemesKey();
  return useQuery({
    queryKey: [...key, 'suggestions'],
    queryFn: ({ signal }) => apiRequest<{ data: ThemeSuggestion[] }>('/api/v1/themes/suggestions', { signal }).then((r) => r.data),
  });
}

/** Starts discovery of themes no rule covers (a background run; watch the status). */
export function useDiscoverThemes() {
  const key = useThemesKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<AnalysisRun>('/api/v1/themes/discover', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'status'] }),
  });
}

/** Starts learning a sentiment model from the workspace's scored comments (a background run). */
export function useTrainSentiment() {
  const key = useThemesKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<AnalysisRun>('/api/v1/themes/train', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'status'] }),
  });
}

/** A suggestion's words, each with the comments it would add (to a new theme, or to `intoThemeId` for a merge). */
export type SuggestionWords = Ok<'/api/v1/themes/suggestions/{id}/words'>;

export function useSuggestionWords(id: string, intoThemeId: string | null, enabled: boolean) {
  const key = useThemesKey();
  return useQuery({
    queryKey: [...key, 'suggestions', id, 'words', intoThemeId ?? ''],
    queryFn: ({ signal }) =>
      apiRequest<SuggestionWords>(`/api/v1/themes/suggestions/${enc(id)}/words${intoThemeId ? `?intoThemeId=${enc(intoThemeId)}` : ''}`, { signal }),
    enabled,
  });
}

export function useResolveSuggestion() {
  const key = useThemesKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SuggestionAction) =>
      apiRequest<Narrow<Ok<'/api/v1/themes/suggestions/{id}', 'post'>, { taxonomy?: Taxonomy }>>(`/api/v1/themes/suggestions/${enc(id)}`, {
        method: 'POST',
        body: body satisfies Body<'/api/v1/themes/suggestions/{id}', 'post'>,
      }),
    onSuccess: async (result) => {
      if (result.taxonomy) {
        await queryClient.invalidateQueries({ queryKey: [...key, 'taxonomy'] });
        await queryClient.invalidateQueries({ queryKey: [...key, 'status'] });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'suggestions'] }),
  });
}
