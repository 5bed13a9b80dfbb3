/**
 * Recovering a lost password from the login page: ask for a reset link by email, then choose a new password with
 * the link's token. Neither needs a session; setting the password ends every session of the user, this browser's too.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { forgetWorkspaceData, sessionKey } from './hooks';
import type { Body } from './types';

export type PasswordResetRequest = Body<'/api/session/password-reset', 'post'>;
export type PasswordResetConfirm = Body<'/api/session/password-reset/confirm', 'post'>;

/** Asks for a reset link; answers the same whether or not an account has the address (503: no email on this server). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => apiRequest<void>('/api/session/password-reset', { method: 'POST', body, redirectOn401: false }),
  });
}

/** Sets the new password with a link's token. */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetConfirm) => apiRequest<void>('/api/session/password-reset/confirm', { method: 'POST', body, redirectOn401: false }),
    onSuccess: () => {
      // the user's sessions have ended, this browser's too if it was theirs: ask the server again
      forgetWorkspaceData(queryClient);
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
