import { and, eq, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { posts, postTargets, users, workspaces } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { nextQueueSlot } from '../queue/next-queue-slot.ts';
import type { WorkspaceContext } from '../types.ts';
import { notifyPublishing } from './notify-publishing.ts';
import { enqueuePublish, resendPublish } from './publish-queue.ts';

/** What becomes of the posts whose time passed while publishing was paused. */
export type OverdueChoice = 'publish_now' | 'queue' | 'draft';

export interface ResumeResult {
  publishedNow: number;
  queued: number;
  /** Posts taken back to draft, each with why (the choice, or no free slot to queue it in). */
  drafted: Array<{ postId: string; reason: string }>;
}

/**
 * Lets publishing go on. Posts whose time passed meanwhile are published now, moved to their
 * profiles' next free slot (or to draft, with the reason, when there is none), or taken back to
 * draft, as chosen. Targets of posts already underway when it paused are always sent on.
 */
export async function resumePublishing(ctx: WorkspaceContext, input: { overdue: OverdueChoice }): Promise<ResumeResult> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [ws] = await tx
      .update(workspaces)
      .set({ publishingPausedAt: null, publishingPausedBy: null, publishingPauseReason: null })
      .where(and(eq(workspaces.id, ctx.workspace.id), isNotNull(workspaces.publishingPausedAt)))
      .returning({ timezone: workspaces.timezone });
    if (!ws) throw new AppError('conflict', 'Publishing is not paused here.');

    const due = await tx
      .select({ id: posts.id, authorId: posts.authorId })
      .from(posts)
      .where(and(eq(posts.workspaceId, ctx.workspace.id), eq(posts.status, 'scheduled'), lte(posts.scheduledAt, now)));
    const result: ResumeResult = { publishedNow: 0, queued: 0, drafted: [] };
    for (const post of due) {
      const targets = await tx.select({ id: postTargets.id, profileId: postTargets.profileId }).from(postTargets).where(eq(postTargets.postId, post.id));
      if (input.overdue === 'publish_now') {
        for (const t of targets) await resendPublish(ctx, { targetId: t.id, tx });
        result.publishedNow++;
        continue;
      }
      const slot = input.overdue === 'queue' ? await freeSlot(tx, ctx.workspace.id, ws.timezone, post.id, targets, now) : null;
      if (slot && 'utc' in slot) {
        await tx.update(posts).set({ scheduledDate: slot.local.date, scheduledTime: slot.local.time, scheduledZone: slot.zone, scheduledAt: slot.utc, updatedAt: now }).where(eq(posts.id, post.id));
        for (const t of targets) await enqueuePublish(ctx, { targetId: t.id, at: slot.utc, tx });
        result.queued++;
        continue;
      }
      const { why, reason } = slot ?? { why: 'paused', reason: 'Publishing was paused when this post was due; it is a draft again.' };
      await tx.update(posts).set({ status: 'draft', updatedAt: now }).where(eq(posts.id, post.id));
      await tx.update(postTargets).set({ status: 'draft' }).where(eq(postTargets.postId, post.id));
      result.drafted.push({ postId: post.id, reason });
      if (post.authorId) await notify(tx, { userIds: [post.authorId], workspaceId: ctx.workspace.id, kind: 'post.back_to_draft', params: { postId: post.id, why }, dedupeKey: `post.back_to_draft:${post.id}:${now.toISOString()}` });
    }
    // Targets of posts already underway (a thread half out, a failed target tried again) go on.
    const underway = await tx
      .select({ id: postTargets.id })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .where(
        and(
          eq(postTargets.workspaceId, ctx.workspace.id),
          inArray(postTargets.status, ['scheduled', 'publishing']),
          inArray(posts.status, ['publishing', 'partially_published', 'failed']),
          or(isNull(postTargets.leaseUntil), lt(postTargets.leaseUntil, now)),
        ),
      );
    for (const t of underway) await resendPublish(ctx, { targetId: t.id, tx });

    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'publishing.resumed',
      targetType: 'workspace',
      targetId: ctx.workspace.id,
      details: { overdue: input.overdue, publishedNow: result.publishedNow, queued: result.queued, drafted: result.drafted.length },
    });
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId));
    await notifyPublishing(tx, { workspaceId: ctx.workspace.id, kind: 'publishing.resumed', params: { by: me?.name ?? '', overdue: input.overdue }, at: now });
    return result;
  });
}

/** Why a post went back to draft, for its author's notification (worded by the web app). */
type DraftWhy = 'paused' | 'no_slot' | 'queue_full';

/** The post's next free queue slot, or why it has none. */
async function freeSlot(tx: Tx, workspaceId: string, zone: string, postId: string, targets: Array<{ profileId: string | null }>, now: Date) {
  const profileIds = targets.flatMap((t) => (t.profileId ? [t.profileId] : []));
  try {
    const slot = await nextQueueSlot(tx, { workspaceId, zone, profileIds, after: now, exceptPostId: postId });
    return slot ?? { why: 'queue_full' as DraftWhy, reason: 'Every posting slot of its profiles is taken for the next year; it is a draft again.' };
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed') return { why: 'no_slot' as DraftWhy, reason: err.message };
    throw err;
  }
}
