import { and, eq, getTableColumns, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { batchedPerDatabase } from '../../db/batch-loader.ts';
import type { Db } from '../../db/client.ts';
import { postTargets } from '../../db/schema.ts';
import { mayPublish } from './publish-gate.ts';

type Target = typeof postTargets.$inferSelect;

/** A target taken for one worker, and what else it has to read before it goes out. */
export interface ClaimedTarget {
  target: Target;
  hasAttempts: boolean;
  hasMedia: boolean;
  /** In a campaign, or in a workspace that shortens links: its links are worked before it goes out. */
  hasLinkWork: boolean;
}

interface ClaimInput {
  targetId: string;
  worker: string;
  dueAt?: Date | undefined;
  now: Date;
  leaseMs: number;
}

const claims = batchedPerDatabase<ClaimInput, ClaimedTarget | null>(async (db, keys) => {
  // Targets claimed at the same moment for the same due time (a burst) share their statements,
  // judged at the earliest of their clocks: a lease that lapses meanwhile is still respected.
  const groupOf = (k: ClaimInput) => `${k.worker}|${k.dueAt?.getTime() ?? ''}|${k.leaseMs}`;
  const groups = new Map<string, ClaimInput[]>();
  for (const k of keys) {
    const members = groups.get(groupOf(k));
    if (members) members.push(k);
    else groups.set(groupOf(k), [k]);
  }
  const claimed = new Map<string, ClaimedTarget>();
  for (const [group, members] of groups) {
    const now = new Date(Math.min(...members.map((k) => k.now.getTime())));
    for (const c of await claimGroup(db, { ...members[0]!, now }, [...new Set(members.map((k) => k.targetId))])) claimed.set(`${group}|${c.target.id}`, c);
  }
  return keys.map((k) => claimed.get(`${groupOf(k)}|${k.targetId}`) ?? null);
});

/**
 * Takes the target for this worker unless another holds a live lease, it is already settled, or it
 * may not publish now (see mayPublish), then looks once more (see stillDue). Says too what it has
 * to read before it goes out. Claims made together share one statement each.
 */
export function claimTarget(db: Db, input: ClaimInput): Promise<ClaimedTarget | null> {
  return claims(db).load(input);
}

async function claimGroup(db: Db, { worker, dueAt, now, leaseMs }: ClaimInput, ids: string[]): Promise<ClaimedTarget[]> {
  // Rows are locked in one order, so two workers claiming overlapping targets cannot deadlock.
  const locked = db.select({ id: postTargets.id }).from(postTargets).where(inArray(postTargets.id, ids)).orderBy(postTargets.id).for('update');
  const rows = await db
    .update(postTargets)
    .set({ status: 'publishing', leaseOwner: worker, leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(
      and(
        inArray(postTargets.id, locked),
        inArray(postTargets.status, ['scheduled', 'publishing']),
        or(isNull(postTargets.leaseUntil), lt(postTargets.leaseUntil, now), eq(postTargets.leaseOwner, worker)),
        mayPublish(db, dueAt),
      ),
    )
    .returning({
      ...getTableColumns(postTargets),
      // Written out: in a RETURNING list the query builder leaves column names unqualified.
      hasAttempts: sql<boolean>`exists (select 1 from publish_attempts a where a.target_id = post_targets.id)`,
      hasMedia: sql<boolean>`exists (select 1 from post_target_media m where m.target_id = post_targets.id)`,
      hasLinkWork: sql<boolean>`(exists (select 1 from posts p where p.id = post_targets.post_id and p.campaign_id is not null)
        or exists (select 1 from workspaces w where w.id = post_targets.workspace_id and w.links->>'shortener' <> 'none'))`,
    });
  if (rows.length === 0) return [];
  const due = new Set(await stillDue(db, rows.map((r) => r.id), dueAt));
  return rows.filter((r) => due.has(r.id)).map(({ hasAttempts, hasMedia, hasLinkWork, ...target }) => ({ target, hasAttempts, hasMedia, hasLinkWork }));
}

/**
 * Looks once more, in a statement of its own, after a job for a due instant has claimed its
 * targets. A claim that waited on a target's lock while the post was rescheduled or paused judged
 * the post as it was when it started waiting; this sees what was committed meanwhile, and hands
 * the targets no longer due back, still scheduled. Returns the ids still due.
 */
export async function stillDue(db: Db, ids: string[], dueAt: Date | undefined): Promise<string[]> {
  if (!dueAt) return ids;
  const due = (await db.select({ id: postTargets.id }).from(postTargets).where(and(inArray(postTargets.id, ids), mayPublish(db, dueAt)))).map((r) => r.id);
  const stillThere = new Set(due);
  const gone = ids.filter((id) => !stillThere.has(id));
  if (gone.length > 0) await db.update(postTargets).set({ status: 'scheduled', leaseOwner: null, leaseUntil: null }).where(inArray(postTargets.id, gone));
  return due;
}
