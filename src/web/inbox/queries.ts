import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client.ts';
import type { InboxItemDetail as CoreDetail } from '../../core/inbox/get-inbox-item.ts';
import type { Assignee } from '../../core/inbox/inbox-assignees.ts';
import type { InboxItemView } from '../../core/inbox/inbox-item-view.ts';
import type { InboxQuery } from './filters.ts';

// The domain's own shapes: the API sends them as they are (dates already ISO strings).
export type InboxItem = InboxItemView;
export type InboxItemDetail = CoreDetail;
export type InboxKind = InboxItem['kind'];
export type InboxStatus = InboxItem['status'];

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
}

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/inbox`;
/** Every inbox query of a workspace starts with this key; lists add 'list', an item its id. */
export const inboxKey = (workspaceId: string) => ['workspaces', workspaceId, 'inbox'] as const;
const listKey = (workspaceId: string) => [...inboxKey(workspaceId), 'list'] as const;
const itemKey = (workspaceId: string, itemId: string) => [...inboxKey(workspaceId), 'item', itemId] as const;

/** The stream, newest first, filtered, a page at a time; asked again every minute for what arrived. */
export function useInboxStream(workspaceId: string, query: InboxQuery) {
  const params = new URLSearchParams({ limit: '30' });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return useInfiniteQuery({
    queryKey: [...listKey(workspaceId), params.toString()],
    queryFn: ({ pageParam }) => get<InboxPage>(`${base(workspaceId)}?${params.toString()}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While other filters load, the stream stays as it was rather than blinking to a loader.
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** The members an item can be given to (anyone who works the inbox may ask). */
export function useInboxAssignees(workspaceId: string) {
  return useQuery({
    queryKey: [...inboxKey(workspaceId), 'assignees'],
    queryFn: () => get<{ items: Assignee[] }>(`${base(workspaceId)}/assignees`),
    staleTime: 60_000,
  });
}

/** One item with its whole conversation (oldest first) and our post it answers. */
export function useInboxItem(workspaceId: string, itemId: string | null) {
  return useQuery({
    queryKey: itemKey(workspaceId, itemId ?? ''),
    queryFn: () => get<InboxItemDetail>(`${base(workspaceId)}/${itemId}`),
    enabled: Boolean(itemId),
  });
}

/** After a change the API answers with the item: the open item and its thread take it at once, the lists ask again. */
function useItemChanged(workspaceId: string) {
  const queryClient = useQueryClient();
  return async (item: InboxItem) => {
    queryClient.setQueryData<InboxItemDetail>(itemKey(workspaceId, item.id), (old) =>
      old ? { ...old, ...item, conversation: old.conversation.map((c) => (c.id === item.id ? item : c)) } : old,
    );
    await queryClient.invalidateQueries({ queryKey: listKey(workspaceId) });
  };
}

/** Gives the item to a member (userId) and/or a team (teamId); what is left out stays. */
export function useAssignItem(workspaceId: string, itemId: string) {
  const changed = useItemChanged(workspaceId);
  return useMutation({
    mutationFn: (change: { userId?: string | null; teamId?: string | null }) => post<InboxItem>(`${base(workspaceId)}/${itemId}/assign`, change),
    onSuccess: changed,
  });
}

export type InboxTask = NonNullable<InboxItem['task']>;
export type InboxSentiment = InboxItem['sentiment'];

export function useSetTask(workspaceId: string, itemId: string) {
  const changed = useItemChanged(workspaceId);
  return useMutation({
    mutationFn: (task: InboxTask | null) => post<InboxItem>(`${base(workspaceId)}/${itemId}/task`, task ?? { type: null }),
    onSuccess: changed,
  });
}

export function useCorrectSentiment(workspaceId: string, itemId: string) {
  const changed = useItemChanged(workspaceId);
  return useMutation({
    mutationFn: (sentiment: InboxSentiment) => post<InboxItem>(`${base(workspaceId)}/${itemId}/sentiment`, { sentiment }),
    onSuccess: changed,
  });
}

/** A note for the team, never sent: the open item reads its notes again. */
export function useAddNote(workspaceId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => post<InboxItemDetail['notes'][number]>(`${base(workspaceId)}/${itemId}/notes`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: itemKey(workspaceId, itemId) }),
  });
}

/** Open items per member, for those who see the team's members. */
export function useWorkload(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...inboxKey(workspaceId), 'workload'],
    queryFn: () => get<{ items: Array<{ userId: string; name: string; open: number }> }>(`${base(workspaceId)}/workload`),
    enabled,
  });
}

export function useTagItem(workspaceId: string, itemId: string) {
  const changed = useItemChanged(workspaceId);
  return useMutation({
    mutationFn: (change: { add?: string[]; remove?: string[] }) => post<InboxItem>(`${base(workspaceId)}/${itemId}/tags`, change),
    onSuccess: changed,
  });
}

export function useCompleteItem(workspaceId: string, itemId: string) {
  const changed = useItemChanged(workspaceId);
  return useMutation({
    mutationFn: (done: boolean) => post<InboxItem>(`${base(workspaceId)}/${itemId}/complete`, { done }),
    onSuccess: changed,
  });
}

/** Answers in the item's thread; the first answer sets the time to first response, so the item is read again. */
export function useReplyToItem(workspaceId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: { text: string } | { savedReplyId: string }) => post<{ remoteId: string; url: string | null }>(`${base(workspaceId)}/${itemId}/reply`, answer),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKey(workspaceId) }),
  });
}
