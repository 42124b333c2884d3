import { useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, get } from './client.ts';
import type { Me } from './types.ts';

export const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await get<Me>('/api/v1/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 30_000 });
}

/** Drops every cached answer that belonged to the previous person. */
export function signedOut(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  queryClient.setQueryData(meKey, null);
}
