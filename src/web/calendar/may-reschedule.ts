import type { Permission } from '../api/types.ts';
import type { Post } from '../posts/types.ts';

/** The statuses the API lets a post be moved from: nothing has gone out or failed on the way yet. */
const movable = new Set<Post['status']>(['draft', 'pending_approval', 'changes_requested', 'rejected', 'approval_missed', 'scheduled']);

/** Whether this person may move the post in the calendar: its author or an approver, while nothing has gone out. */
export function mayReschedule(post: Post, viewer: { userId: string; permissions: readonly Permission[] }): boolean {
  if (!post.schedule || !movable.has(post.status)) return false;
  return post.authorId === viewer.userId || viewer.permissions.includes('posts.approve');
}
