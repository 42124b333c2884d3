import { and, eq, exists, or, type SQL } from 'drizzle-orm';
import { inboxItems, profileMembers, profiles, workspaces, type WorkspaceInboxSettings } from '../../db/schema.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';
import { addBusinessMs, businessMsBetween } from './business-time.ts';

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
  /** Seconds from arrival to the first reply sent from Canopy, counted within business hours. */
  firstResponseSeconds: number | null;
  /** Seconds from arrival to completion, counted within business hours. */
  completeSeconds: number | null;
  /** The workspace's answer-time target for this item: when it falls due, and how it stands. */
  sla: { dueAt: string; state: 'met' | 'breached' | 'near' | 'ok' } | null;
}

/** What the times of an item are measured against: the workspace's zone and inbox settings, and now. */
export interface InboxClock {
  zone: string;
  settings: WorkspaceInboxSettings;
  now: Date;
}

export async function inboxClockOf(ctx: WorkspaceContext): Promise<InboxClock> {
  const [ws] = await ctx.db.select({ zone: workspaces.timezone, settings: workspaces.inbox }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return { zone: ws!.zone, settings: ws!.settings, now: ctx.now() };
}

/** An item still unanswered is near its target once a quarter of the allowed business time is left. */
const NEAR_SHARE = 0.25;

function slaOf(r: Row, clock: InboxClock): InboxItemView['sla'] {
  const { slaMinutes, businessHours } = clock.settings;
  if (!slaMinutes) return null;
  const due = addBusinessMs(businessHours, clock.zone, r.receivedAt, slaMinutes * 60_000);
  if (!due) return null;
  const answeredAt = r.firstResponseAt ?? (r.status === 'done' ? r.completedAt : null);
  const state = answeredAt
    ? answeredAt <= due
      ? 'met'
      : 'breached'
    : clock.now >= due
      ? 'breached'
      : businessMsBetween(businessHours, clock.zone, clock.now, due) <= slaMinutes * 60_000 * NEAR_SHARE
        ? 'near'
        : 'ok';
  return { dueAt: due.toISOString(), state };
}

export function toInboxItemView(r: Row, clock: InboxClock): InboxItemView {
  const businessSeconds = (until: Date | null) => (until ? Math.round(businessMsBetween(clock.settings.businessHours, clock.zone, r.receivedAt, until) / 1000) : null);
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
    firstResponseSeconds: businessSeconds(r.firstResponseAt),
    completeSeconds: businessSeconds(r.completedAt),
    sla: slaOf(r, clock),
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
