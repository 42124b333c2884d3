import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { posts, postTargets } from '../../db/schema.ts';

/** A post's status follows its targets: all published, some failed, all failed, or still going. */
export async function settlePost(db: Db, postId: string): Promise<void> {
  const targets = await db.select({ status: postTargets.status }).from(postTargets).where(eq(postTargets.postId, postId));
  const count = (s: string) => targets.filter((t) => t.status === s).length;
  const done = count('published') + count('failed');
  if (done < targets.length) {
    if (count('publishing') > 0 || done > 0) await db.update(posts).set({ status: 'publishing', updatedAt: sql`now()` }).where(eq(posts.id, postId));
    return;
  }
  const status = count('failed') === 0 ? 'published' : count('published') === 0 ? 'failed' : 'partially_published';
  await db.update(posts).set({ status, updatedAt: sql`now()` }).where(eq(posts.id, postId));
}
