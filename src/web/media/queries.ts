import { useInfiniteQuery, useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { del, get, patch } from '../api/client.ts';
import { composeMediaOf, type ComposeMedia, type Media, type MediaPage } from './types.ts';

export type MediaKindFilter = 'all' | 'image' | 'video';

/** Every query about a workspace's media starts with this key; one id's file is `[...key, id]`. */
export const mediaKey = (workspaceId: string) => ['workspaces', workspaceId, 'media'] as const;
export const mediaPath = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/media`;

/** The library, newest first, a page at a time. */
export function useMediaLibrary(workspaceId: string, filters: { kind: MediaKindFilter; q: string }) {
  const params = new URLSearchParams({ limit: '48' });
  if (filters.kind !== 'all') params.set('kind', filters.kind);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return useInfiniteQuery({
    queryKey: [...mediaKey(workspaceId), 'list', params.toString()],
    queryFn: ({ pageParam }) => get<MediaPage>(`${mediaPath(workspaceId)}?${params.toString()}${pageParam ? `&before=${pageParam}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

/**
 * The chosen files, in the order given, and what the composer's checks need of each. A file still
 * loading (or deleted meanwhile) is left out until it is known.
 */
export function useMedia(workspaceId: string, ids: string[]): { files: Media[]; compose: ComposeMedia[]; isPending: boolean } {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...mediaKey(workspaceId), id],
      queryFn: () => get<Media>(`${mediaPath(workspaceId)}/${id}`),
      staleTime: 30_000,
    })),
    combine: (results) => {
      const files = results.flatMap((r) => (r.data ? [r.data] : []));
      return { files, compose: files.map(composeMediaOf), isPending: results.some((r) => r.isPending) };
    },
  });
}

/** Keeps a file's own query and every list in step after an upload or an edit. */
export function useRememberMedia(workspaceId: string) {
  const queryClient = useQueryClient();
  return (file: Media) => {
    queryClient.setQueryData([...mediaKey(workspaceId), file.id], file);
    void queryClient.invalidateQueries({ queryKey: [...mediaKey(workspaceId), 'list'] });
  };
}

export function useUpdateAltText(workspaceId: string) {
  const remember = useRememberMedia(workspaceId);
  return useMutation({
    mutationFn: (input: { id: string; altText: string }) => patch<Media>(`${mediaPath(workspaceId)}/${input.id}`, { altText: input.altText }),
    onSuccess: remember,
  });
}

export function useDeleteMedia(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`${mediaPath(workspaceId)}/${id}`),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: [...mediaKey(workspaceId), id] });
      void queryClient.invalidateQueries({ queryKey: [...mediaKey(workspaceId), 'list'] });
    },
  });
}
