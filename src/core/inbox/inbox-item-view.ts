import { and, eq, exists, or, type SQL } from 'drizzle-orm';
import { inboxItems, profileMembers, profiles } from '../../db/schema.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';

type Row = typeof inboxItems.$inferSelect;

export interface InboxItemView {
  id: string;
  profileId: string;
  network: string;
  kind: Row['kind'];
  threadId: string;
  parentRemoteId: string | null;
  postTargetId: string | null;
  author: { remoteId: string; handle: string; name: string; avatarUrl: string | null };
  text: string;
  url: string | null;
  sentAt: string;
  receivedAt: string;
  status: Row['status'];
  assigneeId: string | null;
  teamId: string | null;
  task: { type: NonNullable<Row['taskType']>; priority: NonNullable<Row['taskPriority']> } | null;
  tags: string[];
  sentiment: Row['sentiment'];
  sentimentCorrected: boolean;
  abusive: boolean;
  firstResponseAt: string | null;
  completedAt: string | null;
  /** Seconds from arrival to the first reply sent from Canopy. */
  firstResponseSeconds: number | null;
}

export function toInboxItemView(r: Row): InboxItemView {
  return {
    id: r.id,
    profileId: r.profileId,
    network: r.network,
    kind: r.kind,
    threadId: r.threadId,
    parentRemoteId: r.parentRemoteId,
    postTargetId: r.postTargetId,
    author: { remoteId: r.authorRemoteId, handle: r.authorHandle, name: r.authorName, avatarUrl: r.authorAvatarUrl },
    text: r.text,
    url: r.url,
    sentAt: r.sentAt.toISOString(),
    receivedAt: r.receivedAt.toISOString(),
    status: r.status,
    assigneeId: r.assigneeId,
    teamId: r.teamId,
    task: r.taskType ? { type: r.taskType, priority: r.taskPriority ?? 'normal' } : null,
    tags: r.tags,
    sentiment: r.sentiment,
    sentimentCorrected: r.sentimentCorrected,
    abusive: r.abusive,
    firstResponseAt: r.firstResponseAt?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
    firstResponseSeconds: r.firstResponseAt ? Math.max(0, Math.round((r.firstResponseAt.getTime() - r.receivedAt.getTime()) / 1000)) : null,
  };
}

/**
 * The inbox items this caller may see: the workspace's, from profiles open to everyone or given to
 * them (those who manage profiles see all).
 */
export function visibleInboxItems(ctx: WorkspaceContext): SQL {
  const ofWorkspace = eq(inboxItems.workspaceId, ctx.workspace.id);
  if (can(ctx.workspace.role, 'profiles.manage')) return ofWorkspace;
  const open = exists(ctx.db.select({ one: profiles.id }).from(profiles).where(and(eq(profiles.id, inboxItems.profileId), eq(profiles.access, 'all'))));
  const given = exists(
    ctx.db
      .select({ one: profileMembers.profileId })
      .from(profileMembers)
      .where(and(eq(profileMembers.profileId, inboxItems.profileId), eq(profileMembers.userId, ctx.actor.userId))),
  );
  return and(ofWorkspace, or(open, given))!;
}
