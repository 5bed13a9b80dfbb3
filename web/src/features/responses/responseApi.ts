// The response page's own requests: its customer's history, and adding and removing its tags. Types come from the
// generated API types (see api/types.ts); words follow /work/shared/GLOSSARY.md.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { Ok, SurveyResponse } from '../../api/types';
import { useWorkspaceKey } from '../../api/workspace-query';

/** The customer's other responses and their follow-up cases, each newest first with a `total`. */
export type ResponseHistory = Ok<'/api/v1/responses/{id}/history'>;
export type HistoryResponse = ResponseHistory['responses']['data'][number];
export type HistoryCase = ResponseHistory['cases']['data'][number];

/** How many of each list the page shows; `total` says how many more there are. */
export const HISTORY_LIMIT = 20;
/** The server's rules for one tag (response-tags.ts), checked here first to answer without a round trip. */
export const MAX_TAG_LENGTH = 40;

const enc = encodeURIComponent;

export function useResponseHistory(responseId: string) {
  const key = useWorkspaceKey();
  return useQuery({
    // under 'cases': opening a case (from this page's Follow-up) refreshes every case query, this one too
    queryKey: [...key, 'cases', 'customer-history', responseId],
    queryFn: ({ signal }) => apiRequest<ResponseHistory>(`/api/v1/responses/${enc(responseId)}/history`, { query: { limit: HISTORY_LIMIT }, signal }),
  });
}

/** Adds one tag, or removes one; the page's response takes the answer, the lists (filtered by tag) load again. */
export function useTagChange(responseId: string) {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { add: string } | { remove: string }) =>
      'add' in change
        ? apiRequest<SurveyResponse>(`/api/v1/responses/${enc(responseId)}/tags`, { method: 'POST', body: { tags: [change.add] } })
        : apiRequest<SurveyResponse>(`/api/v1/responses/${enc(responseId)}/tags/${enc(change.remove)}`, { method: 'DELETE' }),
    onSuccess: (response) => {
      queryClient.setQueryData([...key, 'response', responseId], response);
      return queryClient.invalidateQueries({ queryKey: [...key, 'responses'] });
    },
  });
}
