import type { WorkspaceContext } from '../types.ts';
import { commentViews, type CommentView } from './comment-view.ts';
import { findPostInWorkspace } from './find-post-in-workspace.ts';

export async function listComments(ctx: WorkspaceContext, input: { postId: string }): Promise<CommentView[]> {
  await findPostInWorkspace(ctx, input.postId);
  return commentViews(ctx.db, ctx.workspace.id, input.postId);
}
