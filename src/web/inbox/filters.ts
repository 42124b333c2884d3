import type { InboxItemView } from '../../core/inbox/inbox-item-view.ts';

export const inboxKinds = ['comment', 'mention', 'message'] as const satisfies ReadonlyArray<InboxItemView['kind']>;
export const inboxStatuses = ['open', 'assigned', 'done'] as const satisfies ReadonlyArray<InboxItemView['status']>;

/**
 * What the stream shows, kept in the URL so a view can be shared. The assignee is "me", "none"
 * (nobody owns it) or a member's id: "me" stays "me" in a shared link, meaning whoever opens it.
 */
export interface InboxFilters {
  kind?: InboxItemView['kind'];
  status?: InboxItemView['status'];
  profileId?: string;
  assignee?: string;
  tag?: string;
  teamId?: string;
  sentiment?: InboxItemView['sentiment'];
}

/** The filters as GET …/inbox takes them. */
export interface InboxQuery {
  kind?: string;
  status?: string;
  profileId?: string;
  assigneeId?: string;
  tag?: string;
  teamId?: string;
  sentiment?: string;
}

export const inboxSentiments = ['positive', 'neutral', 'negative'] as const satisfies ReadonlyArray<InboxItemView['sentiment']>;

export const inboxFilterKeys = ['kind', 'status', 'profileId', 'assignee', 'tag', 'teamId', 'sentiment'] as const satisfies ReadonlyArray<keyof InboxFilters>;

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const out: InboxFilters = {};
  const value = (key: string) => params.get(key)?.trim() || undefined;
  const kind = value('kind');
  if (kind && isOneOf(inboxKinds, kind)) out.kind = kind;
  const status = value('status');
  if (status && isOneOf(inboxStatuses, status)) out.status = status;
  const profileId = value('profileId');
  if (profileId) out.profileId = profileId;
  const assignee = value('assignee');
  if (assignee) out.assignee = assignee;
  const tag = value('tag');
  if (tag) out.tag = tag;
  const teamId = value('teamId');
  if (teamId) out.teamId = teamId;
  const sentiment = value('sentiment');
  if (sentiment && isOneOf(inboxSentiments, sentiment)) out.sentiment = sentiment;
  return out;
}

/** The same search params with the filters replaced; the open item stays. */
export function writeInboxFilters(params: URLSearchParams, filters: InboxFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of inboxFilterKeys) {
    const value = filters[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function activeInboxFilters(filters: InboxFilters): number {
  return inboxFilterKeys.filter((k) => filters[k]).length;
}

/** The API's query for these filters, "me" read as the person asking. */
export function inboxQuery(filters: InboxFilters, myUserId: string): InboxQuery {
  const { assignee, ...rest } = filters;
  return { ...rest, ...(assignee ? { assigneeId: assignee === 'me' ? myUserId : assignee } : {}) };
}
