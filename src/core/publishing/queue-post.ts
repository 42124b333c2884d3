import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { getPost } from './get-post.ts';
import { updatePost } from './update-post.ts';

const queueable = new Set(['draft', 'changes_requested', 'rejected', 'approval_missed']);

/** Schedules a draft into the next posting slot free for all its profiles (as "queue: true" does). */
export async function queuePost(ctx: WorkspaceContext, input: { postId: string }): Promise<void> {
  const post = await getPost(ctx, input);
  if (!queueable.has(post.status)) throw new AppError('conflict', `Only a draft goes into the queue; this post is ${post.status}.`);
  await updatePost(ctx, { postId: input.postId, queue: true, draft: false });
}
