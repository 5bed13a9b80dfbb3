// Themes (text analytics): taxonomy, top problems, theme pages, discovery and the sentiment model.
// Types follow the server's /api/v1/themes answers; words follow /work/shared/GLOSSARY.md.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { useCurrentSession } from './session-context';
import type { Tone3 } from './types';

// ---------------------------------------------------------------------------------------------
// Types

/** How a theme is recognised in a comment. `all` entries join groups with `+` (alternatives with `|`). */
export interface ThemeMatch {
  terms?: string[];
  topics?: string[];
  all?: string[];
  exclude?: string[];
}

export interface TaxonomyTheme {
  id: string;
  label: string;
  description?: string;
  match?: ThemeMatch;
  themes?: TaxonomyTheme[];
}

export interface Taxonomy {
  name: string;
  description?: string;
  version?: number;
  language?: string;
  themes: TaxonomyTheme[];
}

export type RunKind = 'reanalyze' | 'discover' | 'train';
export type RunStatus = 'queued' | 'running' | 'done' | 'failed';

/** A background analysis run: re-analysis after a taxonomy change, discovery, or sentiment training. */
export interface AnalysisRun {
  id: string;
  kind: RunKind;
  status: RunStatus;
  total: number;
  processed: number;
  /** 0–100. */
  progress: number;
  error: string | null;
  createdAt?: string;
  finishedAt?: string | null;
}

export interface TaxonomyState {
  /** 0 while the workspace has no taxonomy. */
  version: number;
  taxonomy: Taxonomy;
  starters: string[];
}

export interface TaxonomySaved extends TaxonomyState {
  run?: AnalysisRun;
}

export interface SentimentSplit {
  positive: number;
  neutral: number;
  negative: number;
}

/** One theme in the top problems ranking. */
export interface ThemeImpact {
  id: string;
  label: string;
  parentId: string | null;
  /** Comments mentioning the theme. */
  count: number;
  /** Percent of commented responses mentioning the theme. */
  share: number;
  /** NPS of the scored comments mentioning the theme (null without any). */
  nps: number | null;
  scored: number;
  detractors: number;
  sentiment: SentimentSplit;
  /** NPS points the score would gain if this theme's detractors were passives, as a negative number (≤ 0). */
  impact: number | null;
  /** 95% margin of the impact, in points. */
  impactMargin: number | null;
}

/** A theme whose share of comments in the last 7 days rose significantly against the 8 weeks before. */
export interface EmergingTheme {
  id: string;
  label: string;
  recentCount: number;
  recentShare: number;
  baselineShare: number;
  z: number;
  pValue: number;
}

export interface ThemeAnalysis {
  from: string;
  to: string;
  commented: number;
  scored: number;
  nps: number | null;
  themes: ThemeImpact[];
  emerging: EmergingTheme[];
}

export interface ThemeQuery {
  surveyId?: string;
  from?: string;
  to?: string;
  teamId?: string;
}

export interface ThemeBreakdownRow {
  id: string;
  label: string;
  count: number;
  /** Percent of that team's (location's) comments mentioning the theme. */
  share: number;
}

export interface ThemeComment {
  responseId: string;
  comment: string;
  score: number | null;
  createdAt: string;
  sentiment: Tone3;
  /** Character offsets (UTF-16, end exclusive) of the matched words. */
  highlights: { start: number; end: number }[];
}

export interface ThemeDetail {
  id: string;
  label: string;
  from: string;
  to: string;
  count: number;
  trend: { period: string; count: number; share: number | null }[];
  byTeam: ThemeBreakdownRow[];
  byLocation: ThemeBreakdownRow[];
  comments: ThemeComment[];
}

export interface ThemeSuggestion {
  id: string;
  label: string;
  keyPhrases: string[];
  size: number;
  examples: string[];
  rule: { id?: string; label?: string; description?: string; match?: ThemeMatch };
}

export interface SentimentModelInfo {
  kind: 'builtin' | 'learnt';
  examples?: number;
  trainedAt?: string;
}

export interface ThemeStatus {
  model: SentimentModelInfo;
  analysed: number;
  runs: AnalysisRun[];
}

export type SuggestionAction =
  | { id: string; action: 'accept'; label?: string }
  | { id: string; action: 'merge'; intoThemeId: string }
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
    mutationFn: (body: { taxonomy: Taxonomy } | { starter: string }) =>
      apiRequest<TaxonomySaved>('/api/v1/themes/taxonomy', { method: 'PUT', body }),
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

export function useResolveSuggestion() {
  const key = useThemesKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SuggestionAction) =>
      apiRequest<{ status: 'accepted' | 'dismissed'; taxonomy?: Taxonomy; run?: AnalysisRun }>(`/api/v1/themes/suggestions/${enc(id)}`, {
        method: 'POST',
        body,
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
