import { and, eq, exists, isNull, notInArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { posts, postTargets, workspaces } from '../../db/schema.ts';

/**
 * The condition under which a publish job may take its target, checked in the same statement that
 * claims it: the workspace's publishing is not paused, and, for a job sent for a due instant, the
 * post is still scheduled for that very instant. A job left behind by a reschedule, an unschedule
 * or a pause therefore does nothing, and the target stays as it is.
 */
export function mayPublish(db: Db, dueAt: Date | undefined): SQL {
  const post = [eq(posts.id, postTargets.postId)];
  // Once a post is going out (or some of it is out), its other targets' jobs still go.
  if (dueAt) post.push(eq(posts.scheduledAt, dueAt), notInArray(posts.status, ['draft', 'pending_approval', 'changes_requested', 'rejected', 'approval_missed']));
  return and(
    exists(db.select({ one: workspaces.id }).from(workspaces).where(and(eq(workspaces.id, postTargets.workspaceId), isNull(workspaces.publishingPausedAt)))),
    exists(db.select({ one: posts.id }).from(posts).where(and(...post))),
  )!;
}
