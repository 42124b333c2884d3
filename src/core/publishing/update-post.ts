import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { postDecisions, posts, postTargets } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { needsApproval } from '../approvals/needs-approval.ts';
import { assertPostPolicy } from '../compose/assert-post-policy.ts';
import { AppError, forbidden } from '../errors.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';
import { getWorkspace } from '../workspaces/get-workspace.ts';
import { lockPost, type PostRow } from './lock-post.ts';
import { checkPostReferences, cleanTags, findProfiles } from './post-details.ts';
import { postViews } from './post-view.ts';
import { hasPostTime, refusePast, resolvePostTime, type PostTimeInput } from './post-time.ts';
import { enqueuePublish } from './publish-queue.ts';
import { insertTarget, setTargetMedia, type VariantInput } from './write-target.ts';

export interface UpdatePostInput extends PostTimeInput {
  postId: string;
  profileIds?: string[] | undefined;
  text?: string | undefined;
  variants?: Record<string, VariantInput> | undefined;
  mediaIds?: string[] | undefined;
  tags?: string[] | undefined;
  campaignId?: string | null | undefined;
  paid?: boolean | undefined;
  /** true: take it back to draft; false: schedule it (at its time, or the new one). */
  draft?: boolean | undefined;
}

const editable: ReadonlySet<PostRow['status']> = new Set(['draft', 'changes_requested', 'rejected', 'approval_missed', 'pending_approval', 'scheduled']);

/**
 * Changes a post that has not started publishing. A new time moves its publish jobs in the same
 * transaction (the old jobs find the post due at another instant and do nothing). Someone whose posts
 * need approval who edits a scheduled post takes it back to draft; an approver's edit of a post
 * awaiting approval is kept in its decisions as `edited`, with each field before and after.
 */
export async function updatePost(ctx: WorkspaceContext, input: UpdatePostInput): Promise<void> {
  const mustApprove = await needsApproval(ctx);
  const tags = input.tags ? cleanTags(input.tags) : undefined;
  const variantMedia = Object.values(input.variants ?? {}).flatMap((v) => v.mediaIds ?? []);
  await checkPostReferences(ctx.db, ctx.workspace.id, { mediaIds: [...(input.mediaIds ?? []), ...variantMedia], campaignId: input.campaignId });
  const zone = (await getWorkspace(ctx)).timezone;
  const now = ctx.now();

  await ctx.db.transaction(async (tx) => {
    const { post, targets } = await lockPost(tx, ctx, input.postId);
    const started = targets.find((t) => t.status !== 'draft' && t.status !== 'scheduled');
    if (!editable.has(post.status) || started) {
      throw new AppError('conflict', `This post is ${started?.status ?? post.status}: what has gone out stays on record. Write a new post to post again.`);
    }
    const before = await snapshot(tx, post.id);
    const profiles = input.profileIds ? await findProfiles(tx, ctx.workspace.id, input.profileIds) : null;
    const profileIds = profiles?.map((p) => p.id) ?? targets.flatMap((t) => (t.profileId ? [t.profileId] : []));
    const when = hasPostTime(input) ? await resolvePostTime(tx, input, { workspaceId: ctx.workspace.id, zone, profileIds, now, exceptPostId: post.id }) : null;
    const at = when?.utc ?? post.scheduledAt;

    let status = post.status;
    if (input.draft === true) status = 'draft';
    else if (input.draft === false) {
      if (mustApprove) throw forbidden('Your posts go through approval: submit it instead of scheduling it.');
      if (!at) throw new AppError('validation_failed', 'Choose when: schedule, scheduledAt or queue.', { problems: [{ field: 'body.draft', message: 'a post needs a time to be scheduled' }] });
      refusePast(at, now, 'body.schedule');
      status = 'scheduled';
    } else if (post.status === 'scheduled' && mustApprove) status = 'draft';
    const targetStatus = status === 'scheduled' ? 'scheduled' : 'draft';

    await tx
      .update(posts)
      .set({
        status,
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.paid !== undefined ? { paid: input.paid } : {}),
        ...(tags ? { tags } : {}),
        ...(input.campaignId !== undefined ? { campaignId: input.campaignId } : {}),
        ...(when ? { scheduledDate: when.local.date, scheduledTime: when.local.time, scheduledZone: when.zone, scheduledAt: when.utc } : {}),
        updatedAt: now,
      })
      .where(eq(posts.id, post.id));

    const dropped = profiles ? targets.filter((t) => !t.profileId || !profileIds.includes(t.profileId)) : [];
    if (dropped.length > 0) await tx.delete(postTargets).where(inArray(postTargets.id, dropped.map((t) => t.id)));
    const kept = targets.filter((t) => !dropped.includes(t));
    for (const t of kept) {
      const v = input.variants?.[t.network];
      // A target that had the shared text follows it; one with its own text keeps it.
      const text = v?.text ?? (input.text !== undefined && t.text === post.text ? input.text : undefined);
      await tx
        .update(postTargets)
        .set({
          status: targetStatus,
          ...(text !== undefined ? { text } : {}),
          ...(v?.threadParts !== undefined ? { threadParts: v.threadParts } : {}),
          ...(v?.firstComment !== undefined ? { firstComment: v.firstComment } : {}),
          ...(v?.link !== undefined ? { link: v.link } : {}),
          ...(v?.options !== undefined ? { options: v.options } : {}),
        })
        .where(eq(postTargets.id, t.id));
      const mediaIds = v?.mediaIds ?? input.mediaIds;
      if (mediaIds) await setTargetMedia(tx, t.id, mediaIds);
    }
    const added: string[] = [];
    for (const profile of profiles?.filter((p) => !kept.some((t) => t.profileId === p.id)) ?? []) {
      const variant = input.variants?.[profile.network] ?? {};
      added.push(await insertTarget(tx, { postId: post.id, workspaceId: ctx.workspace.id, profile, text: input.text ?? post.text, variant, mediaIds: input.mediaIds ?? [], status: targetStatus }));
    }
    if (status === 'scheduled') {
      await assertPostPolicy(ctx, post.id, tx);
      const moved = post.status !== 'scheduled' || (when !== null && when.utc.getTime() !== post.scheduledAt?.getTime());
      for (const targetId of moved ? [...kept.map((t) => t.id), ...added] : added) await enqueuePublish(ctx, { targetId, at: at!, tx });
    }

    const changes = diff(before, await snapshot(tx, post.id));
    if (post.status !== status) changes.status = { before: post.status, after: status };
    if (post.status === 'pending_approval' && can(ctx.workspace.role, 'posts.approve') && Object.keys(changes).length > 0) {
      await tx.insert(postDecisions).values({ postId: post.id, workspaceId: ctx.workspace.id, step: post.approvalStep, actorId: ctx.actor.userId, decision: 'edited', changes });
    }
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: post.status === 'pending_approval' && status === 'pending_approval' ? 'post.edited_in_review' : 'post.updated',
      targetType: 'post',
      targetId: post.id,
      details: { fields: Object.keys(changes), status },
    });
  });
}

type Snapshot = Record<string, unknown>;

/** What a person could see change on a post, field by field. */
async function snapshot(tx: Tx, postId: string): Promise<Snapshot> {
  const [view] = await postViews(tx, await tx.select().from(posts).where(eq(posts.id, postId)));
  const { text, paid, tags, campaignId, schedule, targets } = view!;
  return {
    text,
    paid,
    tags,
    campaignId,
    scheduledAt: schedule?.at.toISOString() ?? null,
    profileIds: targets.map((t) => t.profileId).sort(),
    targets: targets.map(({ network, text, threadParts, firstComment, link, mediaIds }) => ({ network, text, threadParts, firstComment, link, mediaIds })),
  };
}

function diff(before: Snapshot, after: Snapshot): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { before: before[key], after: after[key] };
  }
  return changes;
}
