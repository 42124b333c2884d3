import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { media, posts, postTargetMedia, postTargets } from '../../db/schema.ts';
import { AppError, notFound } from '../errors.ts';
import { getPolicy } from '../policy-settings/get-policy.ts';
import type { WorkspaceContext } from '../types.ts';
import { checkPolicy } from './check-policy.ts';
import { composePolicyOf } from './compose-policy-of.ts';
import type { ComposeMedia } from './types.ts';

/**
 * Refuses (400, with each problem) to schedule or submit a post that breaks the workspace's
 * policy when the workspace enforces it ('block'); with 'warn' the composer shows the problems and
 * nothing is refused. Pass the transaction the post was written in, so its own rows are seen.
 */
export async function assertPostPolicy(ctx: WorkspaceContext, postId: string, db: Db | Tx = ctx.db): Promise<void> {
  const policy = await getPolicy(db, ctx.workspace.id);
  if (policy.enforce !== 'block') return;
  const [post] = await db.select({ paid: posts.paid }).from(posts).where(and(eq(posts.id, postId), eq(posts.workspaceId, ctx.workspace.id)));
  if (!post) throw notFound('The post');
  const targets = await db.select().from(postTargets).where(and(eq(postTargets.postId, postId), eq(postTargets.workspaceId, ctx.workspace.id)));
  const attached = targets.length
    ? await db
        .select({ targetId: postTargetMedia.targetId, kind: media.kind, mimeType: media.mimeType, bytes: media.bytes, altText: media.altText })
        .from(postTargetMedia)
        .innerJoin(media, eq(media.id, postTargetMedia.mediaId))
        .where(inArray(postTargetMedia.targetId, targets.map((t) => t.id)))
        .orderBy(asc(postTargetMedia.position))
    : [];
  const rules = composePolicyOf(policy);
  const problems = targets.flatMap((target) => {
    const manifest = ctx.networks.get(target.network)?.manifest;
    if (!manifest) return [];
    const items: ComposeMedia[] = attached.filter((m) => m.targetId === target.id).map((m) => ({ kind: m.kind, mimeType: m.mimeType, bytes: m.bytes, ...(m.altText !== null && { altText: m.altText }) }));
    const text = [target.text, ...target.threadParts, target.firstComment ?? ''].join('\n');
    return checkPolicy(manifest, rules, { text, media: items, paid: post.paid }).map((p) => ({ field: `targets.${target.network}`, message: p.message }));
  });
  if (problems.length === 0) return;
  const unique = [...new Map(problems.map((p) => [p.message, p])).values()];
  throw new AppError('validation_failed', `This post breaks the workspace's policy: ${unique.map((p) => p.message).join(' ')}`, { problems: unique });
}
