// What every workspace query shares: its key prefix, and reading a short list whole.
import { apiRequest } from './client';
import { useCurrentSession } from './session-context';
import type { Page } from './types';

/** Keys start with ['v1', workspaceId], so switching workspace never mixes data and forgets the other's. */
export function useWorkspaceKey(): readonly ['v1', string] {
  const session = useCurrentSession();
  return ['v1', session.workspace?.id ?? 'none'] as const;
}

/** Reads every page of a small list (surveys, teams, locations) for pickers: at most 20 pages of 200. */
export async function fetchAll<T>(path: string, signal: AbortSignal): Promise<T[]> {
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
