import { and, eq, isNotNull } from 'drizzle-orm';
import { postComments, users } from '../../db/schema.ts';
import { notify } from '../notifications/notify.ts';
import type { WorkspaceContext } from '../types.ts';
import { findPostInWorkspace } from './find-post-in-workspace.ts';
import type { CommentView } from './comment-view.ts';

/** Adds an internal note to a post and tells its author and everyone who commented before, but not the writer. */
export async function addComment(ctx: WorkspaceContext, input: { postId: string; body: string }): Promise<CommentView> {
  return ctx.db.transaction(async (tx) => {
    const post = await findPostInWorkspace(ctx, input.postId, tx);
    const earlier = await tx
      .selectDistinct({ authorId: postComments.authorId })
      .from(postComments)
      .where(and(eq(postComments.postId, post.id), eq(postComments.workspaceId, ctx.workspace.id), isNotNull(postComments.authorId)));
    const [row] = await tx
      .insert(postComments)
      .values({ postId: post.id, workspaceId: ctx.workspace.id, authorId: ctx.actor.userId, body: input.body })
      .returning();
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId));
    const recipients = new Set([post.authorId, ...earlier.map((e) => e.authorId)].filter((id): id is string => id !== null));
    recipients.delete(ctx.actor.userId);
    await notify(tx, {
      userIds: [...recipients],
      workspaceId: ctx.workspace.id,
      kind: 'post.commented',
      params: { postId: post.id, author: author?.name ?? '', excerpt: input.body.slice(0, 140) },
      dedupeKey: `post.commented:${row!.id}`,
    });
    return { id: row!.id, postId: row!.postId, body: row!.body, author: { id: ctx.actor.userId, name: author?.name ?? '' }, createdAt: row!.createdAt };
  });
}
