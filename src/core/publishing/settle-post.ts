import { sql } from 'drizzle-orm';
import { AFTER_CALL_GATHER_MS, batchedPerDatabase } from '../../db/batch-loader.ts';
import type { Db } from '../../db/client.ts';

const settles = batchedPerDatabase<string, true>(async (db, postIds) => {
  await db.execute(sql`
    update posts set status = s.status, updated_at = now()
    from (
      select post_id, case
        when count(*) filter (where status in ('published', 'failed')) < count(*) then 'publishing'
        when count(*) filter (where status = 'failed') = 0 then 'published'
        when count(*) filter (where status = 'published') = 0 then 'failed'
        else 'partially_published'
      end as status,
      count(*) filter (where status in ('publishing', 'published', 'failed')) as started
      from post_targets where post_id in (select jsonb_array_elements_text(${JSON.stringify([...new Set(postIds)])}::jsonb)::uuid)
      group by post_id
    ) s
    where posts.id = s.post_id and s.started > 0`);
  return postIds.map(() => true as const);
}, { gatherMs: AFTER_CALL_GATHER_MS });

/**
 * A post's status follows its targets: all published, some failed, all failed, or still going.
 * One statement reads the targets and writes the post; it runs after the target's own change has
 * committed, so of two targets finishing together the later one sees both. Posts settled at the
 * same moment share the statement.
 */
export async function settlePost(db: Db, postId: string): Promise<void> {
  await settles(db).load(postId);
}
