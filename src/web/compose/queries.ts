// What the composer reads besides posts, profiles, media, campaigns and approvals: hashtag groups,
// the workspace policy, and the live check of the post.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, post } from '../api/client.ts';
import type { CheckedPart } from './draft.ts';

export interface CheckProblem {
  code: string;
  message: string;
  params?: Record<string, string | number | boolean | string[]>;
}

export interface CheckedTarget {
  network: string;
  length: number | null;
  limit: number | null;
  ok: boolean;
  problems: CheckProblem[];
}

export interface CheckResult extends CheckedPart {
  target: CheckedTarget;
}

const ws = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;

/** Whether the workspace's policy blocks a post that breaks it, or only warns. */
export function usePolicyEnforcement(workspaceId: string) {
  return useQuery({
    queryKey: ['workspaces', workspaceId, 'policy'],
    queryFn: async () => (await get<{ enforce: 'warn' | 'block' }>(`${ws(workspaceId)}/policy`)).enforce,
    staleTime: 60_000,
  });
}

/**
 * The post checked for each network, with the workspace's policy, as the person types: asked once
 * they pause for 300 ms, the last answer kept on screen while the next one is on its way.
 */
export function useComposeCheck(workspaceId: string, request: { body: { targets: unknown[] }; parts: CheckedPart[] }) {
  // Debounced as a string, so a re-render with the same post does not restart the wait.
  const asked = JSON.stringify(request);
  const [debounced] = useDebouncedValue(asked, 300);
  const query = useQuery({
    queryKey: ['workspaces', workspaceId, 'compose-check', debounced],
    queryFn: async (): Promise<CheckResult[]> => {
      const { body, parts } = JSON.parse(debounced) as typeof request;
      const answer = await post<{ targets: CheckedTarget[] }>(`${ws(workspaceId)}/compose/validate`, body);
      return answer.targets.map((target, i) => ({ ...parts[i]!, target }));
    },
    enabled: request.body.targets.length > 0 && asked === debounced,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  return { ...query, checking: asked !== debounced || query.isFetching };
}
