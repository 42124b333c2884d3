import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/**
 * A post's status follows its targets: all published, some failed, all failed, or still going.
 * One statement reads the targets and writes the post; it runs after the target's own change has
 * committed, so of two targets finishing together the later one sees both.
 */
export async function settlePost(db: Db, postId: string): Promise<void> {
  await db.execute(sql`
    update posts set status = s.status, updated_at = now()
    from (
      select case
        when count(*) filter (where status in ('published', 'failed')) < count(*) then 'publishing'
        when count(*) filter (where status = 'failed') = 0 then 'published'
        when count(*) filter (where status = 'published') = 0 then 'failed'
        else 'partially_published'
      end as status,
      count(*) filter (where status in ('publishing', 'published', 'failed')) as started
      from post_targets where post_id = ${postId}
    ) s
    where posts.id = ${postId} and s.started > 0`);
}
