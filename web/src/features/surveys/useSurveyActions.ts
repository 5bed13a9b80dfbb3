// Duplicating and deleting a survey from the dashboard: react-query hooks on the shared client. Words follow
// /work/shared/GLOSSARY.md.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { Ok, Survey } from '../../api/types';
import { useWorkspaceKey } from '../../api/workspace-query';

/** What deleting a survey takes with it: responses, sends and follow-up cases. */
export type SurveyDeletionImpact = Ok<'/api/v1/surveys/{id}/deletion-impact'>;

const enc = encodeURIComponent;

/** A draft copy of the survey ("Copy of …"); the caller opens it. */
export function useDuplicateSurvey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<Survey>(`/api/v1/surveys/${enc(id)}/duplicate`, { method: 'POST' }),
    onSuccess: (copy) => {
      queryClient.setQueryData([...key, 'survey', copy.id], copy);
      return queryClient.invalidateQueries({ queryKey: [...key, 'surveys'] });
    },
  });
}

/** Counted when the confirmation opens (`enabled`), never from a cache: responses may have arrived since. */
export function useDeletionImpact(id: string, enabled: boolean) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'survey-deletion-impact', id],
    queryFn: ({ signal }) => apiRequest<SurveyDeletionImpact>(`/api/v1/surveys/${enc(id)}/deletion-impact`, { signal }),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useDeleteSurvey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/surveys/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      // Its responses went with it: every figure drawn from them is out of date. Marked stale, not refetched now:
      // the page that showed the survey (its editor) is being left, and would flash "not found" meanwhile.
      void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
      return queryClient.invalidateQueries({ queryKey: [...key, 'surveys'] });
    },
  });
}

/** Closes the survey instead of deleting it: it stops taking answers and keeps them. */
export function useCloseSurvey() {
  const key = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<Survey>(`/api/v1/surveys/${enc(id)}`, { method: 'PATCH', body: { status: 'closed' } }),
    onSuccess: (survey) => {
      queryClient.setQueryData([...key, 'survey', survey.id], survey);
      return queryClient.invalidateQueries({ queryKey: [...key, 'surveys'] });
    },
  });
}
