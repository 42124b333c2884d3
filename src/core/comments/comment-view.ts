import { asc, eq, and } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { postComments, users } from '../../db/schema.ts';

/** An internal comment as people read it: who wrote it (null once they are gone) and when. */
export interface CommentView {
  id: string;
  postId: string;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: Date;
}

/** A post's comments, oldest first, scoped to the workspace. */
export async function commentViews(db: Db | Tx, workspaceId: string, postId: string): Promise<CommentView[]> {
  const rows = await db
    .select({ id: postComments.id, postId: postComments.postId, body: postComments.body, createdAt: postComments.createdAt, authorId: users.id, authorName: users.name })
    .from(postComments)
    .leftJoin(users, eq(users.id, postComments.authorId))
    .where(and(eq(postComments.workspaceId, workspaceId), eq(postComments.postId, postId)))
    .orderBy(asc(postComments.createdAt), asc(postComments.id));
  return rows.map((r) => ({
    id: r.id,
    postId: r.postId,
    body: r.body,
    author: r.authorId && r.authorName !== null ? { id: r.authorId, name: r.authorName } : null,
    createdAt: r.createdAt,
  }));
}
