import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { posts, postTargets, profiles } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, forbidden } from '../errors.ts';
import { can } from '../policies/permissions.ts';
import { resolveWallTime } from '../schedules/resolve-wall-time.ts';
import type { WorkspaceContext } from '../types.ts';
import { getWorkspace } from '../workspaces/get-workspace.ts';
import { enqueuePublish } from './publish-queue.ts';

export interface VariantInput {
  text?: string | undefined;
  threadParts?: string[] | undefined;
  firstComment?: string | undefined;
  link?: string | undefined;
  options?: Record<string, string> | undefined;
}

export interface CreatePostInput {
  profileIds: string[];
  text: string;
  /** Per network id: what that network's targets get instead of the shared text. */
  variants?: Record<string, VariantInput> | undefined;
  /** The local wall time in the workspace's zone (or the given zone). */
  schedule?: { date: string; time: string; zone?: string | undefined } | undefined;
  draft?: boolean | undefined;
}

/**
 * Creates a post for one or more profiles. A scheduled post's publish jobs are enqueued in the same
 * transaction as the post, so it is never scheduled without its jobs, nor a job left without its post.
 */
export async function createPost(ctx: WorkspaceContext, input: CreatePostInput): Promise<string> {
  const draft = input.draft ?? !input.schedule;
  if (!draft && !can(ctx.workspace.role, 'posts.publish_unapproved')) {
    throw forbidden('Your posts go through approval: save it as a draft and submit it.');
  }
  const chosen = [...new Set(input.profileIds)];
  const rows = await ctx.db
    .select()
    .from(profiles)
    .where(and(eq(profiles.workspaceId, ctx.workspace.id), inArray(profiles.id, chosen)));
  if (rows.length !== chosen.length) {
    throw new AppError('validation_failed', 'Choose profiles of this workspace.', {
      problems: chosen.filter((id) => !rows.some((r) => r.id === id)).map((id) => ({ field: 'body.profileIds', message: `${id} is not a profile here` })),
    });
  }
  const zone = input.schedule?.zone ?? (await getWorkspace(ctx)).timezone;
  const when = input.schedule ? resolveWallTime({ ...input.schedule, zone }) : null;
  return ctx.db.transaction(async (tx) => {
    const [post] = await tx
      .insert(posts)
      .values({
        organizationId: ctx.workspace.organizationId,
        workspaceId: ctx.workspace.id,
        authorId: ctx.actor.userId,
        status: draft ? 'draft' : 'scheduled',
        text: input.text,
        scheduledDate: when?.local.date ?? null,
        scheduledTime: when?.local.time ?? null,
        scheduledZone: when ? zone : null,
        scheduledAt: when?.utc ?? null,
      })
      .returning({ id: posts.id });
    for (const profile of rows) {
      const variant = input.variants?.[profile.network] ?? {};
      const [target] = await tx
        .insert(postTargets)
        .values({
          postId: post!.id,
          workspaceId: ctx.workspace.id,
          profileId: profile.id,
          network: profile.network,
          text: variant.text ?? input.text,
          threadParts: variant.threadParts ?? [],
          firstComment: variant.firstComment ?? null,
          link: variant.link ?? null,
          options: variant.options ?? {},
          status: draft ? 'draft' : 'scheduled',
          marker: `cnp${randomBytes(9).toString('base64url')}`,
        })
        .returning({ id: postTargets.id });
      if (!draft) await enqueuePublish(ctx, { targetId: target!.id, at: when!.utc, tx });
    }
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: draft ? 'post.drafted' : 'post.scheduled',
      targetType: 'post',
      targetId: post!.id,
      details: { profiles: rows.length, ...(when ? { at: when.utc.toISOString(), zone } : {}) },
    });
    return post!.id;
  });
}
