import { and, asc, eq } from 'drizzle-orm';
import { postDecisions, users } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { loadPost } from './load-post.ts';

export interface DecisionView {
  id: number;
  step: number | null;
  decision: (typeof postDecisions.$inferSelect)['decision'];
  comment: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
}

/** A post's way through approval, oldest first: who did what, when, with what comment or changes. */
export async function listDecisions(ctx: WorkspaceContext, input: { postId: string }): Promise<DecisionView[]> {
  await loadPost(ctx, input.postId);
  const rows = await ctx.db
    .select({ decision: postDecisions, actorName: users.name })
    .from(postDecisions)
    .leftJoin(users, eq(users.id, postDecisions.actorId))
    .where(and(eq(postDecisions.postId, input.postId), eq(postDecisions.workspaceId, ctx.workspace.id)))
    .orderBy(asc(postDecisions.id));
  return rows.map(({ decision: d, actorName }) => ({
    id: d.id,
    step: d.step,
    decision: d.decision,
    comment: d.comment,
    changes: d.changes,
    actor: d.actorId && actorName !== null ? { id: d.actorId, name: actorName } : null,
    createdAt: d.createdAt,
  }));
}
