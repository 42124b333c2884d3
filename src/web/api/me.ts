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

/**
 * A person has just signed in (or joined): drop every answer cached for whoever used this tab
 * before, then take /me from the sign-in answer, or fetch it.
 */
export async function sessionStarted(queryClient: QueryClient, me?: Me): Promise<void> {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  if (me) queryClient.setQueryData(meKey, me);
  else await queryClient.invalidateQueries({ queryKey: meKey });
}
