import { useQuery } from '@tanstack/react-query';
import { useApi } from '../services/api-context';

/** The concierges (店小二) leads can be assigned to; names come in the request's language. */
export function useConcierges() {
  const api = useApi();
  return useQuery({ queryKey: ['concierges'], queryFn: () => api.adminListConcierges(), staleTime: 5 * 60_000 });
}
