import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import type { LeadDetail } from '@zhaoshang/contracts';

export const leadQueryKey = (id: number) => ['lead', id] as const;

export const isConflict = (error: unknown) => error instanceof ApiError && error.code === 'CONFLICT';

/**
 * A change to a lead whose answer is the lead as it now is: the page shows that answer, and the
 * lists and counts that include the lead are refreshed. A CONFLICT (someone changed the lead
 * meanwhile) reloads it, so the next attempt goes with the current version.
 */
export function useLeadChange<V>(leadId: number, change: (variables: V) => Promise<LeadDetail>, onDone?: (lead: LeadDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (lead) => {
      queryClient.setQueryData(leadQueryKey(leadId), lead);
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      void queryClient.invalidateQueries({ queryKey: ['lead-counts'] });
      onDone?.(lead);
    },
    onError: (error) => {
      if (isConflict(error)) void queryClient.invalidateQueries({ queryKey: leadQueryKey(leadId) });
    },
  });
}
