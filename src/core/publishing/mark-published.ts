import { sql } from 'drizzle-orm';
import { AFTER_CALL_GATHER_MS, batchedPerDatabase } from '../../db/batch-loader.ts';
import type { Db } from '../../db/client.ts';

interface Published {
  targetId: string;
  at: Date;
  /** The post's address on the network; kept as it was when not given. */
  root: { remoteId: string; url: string | null } | null;
}

const marks = batchedPerDatabase<Published, true>(async (db, keys) => {
  const rows = keys.map((k) => ({ id: k.targetId, published_at: k.at.toISOString(), remote_id: k.root?.remoteId ?? null, remote_url: k.root?.url ?? null }));
  // Rows are locked in one order, as claims lock them, so the two cannot deadlock.
  await db.execute(sql`
    with v as (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, published_at timestamptz, remote_id text, remote_url text)),
    locked as (select t.id from post_targets t where t.id in (select id from v) order by t.id for update)
    update post_targets t
    set status = 'published', published_at = v.published_at, failure_reason = null, lease_owner = null, lease_until = null,
      remote_id = coalesce(v.remote_id, t.remote_id),
      remote_url = case when v.remote_id is null then t.remote_url else v.remote_url end
    from v
    where t.id = v.id and t.id in (select id from locked)`);
  return keys.map(() => true as const);
}, { gatherMs: AFTER_CALL_GATHER_MS });

/** Marks a target published and lets its lease go. Targets published together share the statement. */
export async function markPublished(db: Db, input: Published): Promise<void> {
  await marks(db).load(input);
}
