import { and, eq, lte } from 'drizzle-orm';
import { postDecisions, posts } from '../../db/schema.ts';
import type { AppContext } from '../types.ts';
import { tellPeople } from './tell-people.ts';

/**
 * Posts still waiting for approval when their time comes are approval_missed: they never publish
 * unapproved or late. The conditional update makes each miss happen once, so its submitter hears
 * of it once, in the app and by email.
 */
export async function markMissedApprovals(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const missed = await tx
      .update(posts)
      .set({ status: 'approval_missed', updatedAt: now })
      .where(and(eq(posts.status, 'pending_approval'), lte(posts.scheduledAt, now)))
      .returning();
    if (missed.length === 0) return 0;
    await tx.insert(postDecisions).values(missed.map((p) => ({ postId: p.id, workspaceId: p.workspaceId, step: p.approvalStep, actorId: null, decision: 'approval_missed' as const })));
    for (const post of missed) {
      await tellPeople(ctx, tx, {
        kind: 'missed',
        userIds: post.submittedBy ? [post.submittedBy] : [],
        post,
        actorId: null,
        comment: null,
        dedupeKey: `approval.missed:${post.id}:${post.submittedAt?.getTime() ?? 0}`,
      });
    }
    return missed.length;
  });
}
