import { posts } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { needsApproval } from '../approvals/needs-approval.ts';
import { assertPostPolicy } from '../compose/assert-post-policy.ts';
import { AppError, forbidden } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { getWorkspace } from '../workspaces/get-workspace.ts';
import { checkPostReferences, cleanTags, findProfiles } from './post-details.ts';
import { hasPostTime, resolvePostTime, type PostTimeInput } from './post-time.ts';
import { enqueuePublish } from './publish-queue.ts';
import { insertTarget, type VariantInput } from './write-target.ts';

export type { VariantInput } from './write-target.ts';

export interface CreatePostInput extends PostTimeInput {
  profileIds: string[];
  text: string;
  /** Per network id: what that network's targets get instead of the shared text and media. */
  variants?: Record<string, VariantInput> | undefined;
  /** Media for every target, in order, unless its network's variant has its own. */
  mediaIds?: string[] | undefined;
  tags?: string[] | undefined;
  campaignId?: string | undefined;
  paid?: boolean | undefined;
  /** Keep it a draft, with or without a planned time. Without any time it is a draft anyway. */
  draft?: boolean | undefined;
}

/**
 * Creates a post for one or more profiles. A scheduled post's publish jobs are enqueued in the same
 * transaction as the post, so it is never scheduled without its jobs, nor a job left without its post.
 */
export async function createPost(ctx: WorkspaceContext, input: CreatePostInput): Promise<string> {
  const timed = hasPostTime(input);
  if (input.draft === false && !timed) {
    throw new AppError('validation_failed', 'Choose when: schedule, scheduledAt or queue, or save it as a draft.', { problems: [{ field: 'body.draft', message: 'choose a time or a draft' }] });
  }
  const draft = input.draft ?? !timed;
  if (!draft && (await needsApproval(ctx))) {
    throw forbidden('Your posts go through approval: save it as a draft and submit it.');
  }
  const rows = await findProfiles(ctx.db, ctx.workspace.id, input.profileIds);
  const tags = cleanTags(input.tags ?? []);
  const mediaIds = input.mediaIds ?? [];
  await checkPostReferences(ctx.db, ctx.workspace.id, { mediaIds: [...mediaIds, ...Object.values(input.variants ?? {}).flatMap((v) => v.mediaIds ?? [])], campaignId: input.campaignId });
  const zone = (await getWorkspace(ctx)).timezone;
  return ctx.db.transaction(async (tx) => {
    // The queue's free slot is found inside the transaction that takes it.
    const when = timed ? await resolvePostTime(tx, input, { workspaceId: ctx.workspace.id, zone, profileIds: rows.map((r) => r.id), now: ctx.now() }) : null;
    const [post] = await tx
      .insert(posts)
      .values({
        organizationId: ctx.workspace.organizationId,
        workspaceId: ctx.workspace.id,
        authorId: ctx.actor.userId,
        status: draft ? 'draft' : 'scheduled',
        text: input.text,
        paid: input.paid ?? false,
        tags,
        campaignId: input.campaignId ?? null,
        scheduledDate: when?.local.date ?? null,
        scheduledTime: when?.local.time ?? null,
        scheduledZone: when?.zone ?? null,
        scheduledAt: when?.utc ?? null,
      })
      .returning({ id: posts.id });
    for (const profile of rows) {
      const targetId = await insertTarget(tx, {
        postId: post!.id,
        workspaceId: ctx.workspace.id,
        profile,
        text: input.text,
        variant: input.variants?.[profile.network] ?? {},
        mediaIds,
        status: draft ? 'draft' : 'scheduled',
      });
      if (!draft) await enqueuePublish(ctx, { targetId, at: when!.utc, tx });
    }
    if (!draft) await assertPostPolicy(ctx, post!.id, tx);
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: draft ? 'post.drafted' : 'post.scheduled',
      targetType: 'post',
      targetId: post!.id,
      details: { profiles: rows.length, ...(when ? { at: when.utc.toISOString(), zone: when.zone } : {}) },
    });
    return post!.id;
  });
}
