/**
 * The workspace's directory: teams (with their manager), locations and employees (with the user they are linked
 * to). Lists reuse the pickers' cache entries (['v1', workspace, 'teams' | 'locations' | 'employees']), so a change
 * made here shows in every filter and picker at once.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { useCurrentSession } from './session-context';
import type { Body, Employee, Location, Team } from './types';

export type DirectoryKind = 'teams' | 'locations' | 'employees';

/** A team as the directory lists it (with its manager): the same as the pickers' Team. */
export type DirectoryTeam = Team;

export type TeamInput = Body<'/api/v1/teams/{id}', 'patch'>;
export type LocationInput = Body<'/api/v1/locations/{id}', 'patch'>;
export type EmployeeInput = Body<'/api/v1/employees/{id}', 'patch'>;

type InputOf<K extends DirectoryKind> = K extends 'teams' ? TeamInput : K extends 'employees' ? EmployeeInput : LocationInput;
type ItemOfKind<K extends DirectoryKind> = K extends 'teams' ? Team : K extends 'employees' ? Employee : Location;

function useInvalidate(kind: DirectoryKind) {
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const workspace = session.workspace?.id ?? 'none';
  // deleting a team or location unlinks its employees: their list changes too
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['v1', workspace, kind] }),
      kind === 'employees' ? null : queryClient.invalidateQueries({ queryKey: ['v1', workspace, 'employees'] }),
    ]);
}

export function useCreateDirectoryItem<K extends DirectoryKind>(kind: K) {
  const invalidate = useInvalidate(kind);
  return useMutation({
    mutationFn: (body: InputOf<K> & { name: string }) => apiRequest<ItemOfKind<K>>(`/api/v1/${kind}`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateDirectoryItem<K extends DirectoryKind>(kind: K) {
  const invalidate = useInvalidate(kind);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: InputOf<K> }) => apiRequest<ItemOfKind<K>>(`/api/v1/${kind}/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteDirectoryItem(kind: DirectoryKind) {
  const invalidate = useInvalidate(kind);
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/${kind}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}
