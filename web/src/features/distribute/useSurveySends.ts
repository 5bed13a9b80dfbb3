// The sends of one survey, optionally of one channel, page by page (GET /api/v1/sends).
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { allOf, type Page, type Query, type Send } from '../../api/types';
import { useWorkspaceKey } from '../../api/workspace-query';

export type SendChannel = NonNullable<Query<'/api/v1/sends'>['channel']>;
/** Every channel a send can have, in the order the filter lists them. */
export const SEND_CHANNELS = allOf<SendChannel>()(['email', 'link', 'widget']);

/**
 * Under the workspace's `[…, 'sends', surveyId, …]` key that api/hooks.ts's send and cancel refresh, so a new send or
 * a cancel refreshes every filtered view too. The previous rows stay while another channel loads, so the table does not jump.
 */
export function useSurveySends(surveyId: string, channel: SendChannel | null) {
  const key = useWorkspaceKey();
  return useInfiniteQuery({
    queryKey: [...key, 'sends', surveyId, { channel }],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<Page<Send>>('/api/v1/sends', { query: { surveyId, channel: channel ?? undefined, limit: 50, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
