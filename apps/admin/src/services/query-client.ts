import { ApiError } from '@zhaoshang/api-client';
import { QueryClient } from '@tanstack/react-query';

/** Retries only what a retry can fix: the network and 5xx, never a 4xx answer. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isTransient(error),
      },
      mutations: { retry: false },
    },
  });
}

function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500);
}
