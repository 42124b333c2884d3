import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { postTargets, publishAttempts } from '../../../db/schema.ts';
import type { WorkspaceContext } from '../../types.ts';
import { createPost } from '../create-post.ts';
import type { FaultNetwork } from './fault-network.ts';

/** What became of a batch of targets, checked against what the network holds. */
export interface PublishAudit {
  targets: number;
  published: number;
  /** Failed, each with its reason. */
  failed: Array<{ targetId: string; reason: string | null }>;
  /** Neither published nor failed yet. */
  unsettled: number;
  /** Each unsettled target's state and ledger, one line each, to tell why it waits. */
  stuck: string[];
  /** Posts the network holds twice (a marker stored again), plus targets whose ledger names two remote posts. */
  duplicates: number;
  /** Targets that ended neither published nor failed with a reason, or "published" with nothing on the network. */
  lost: number;
  /** Where Canopy's record and the network's differ, one line each. */
  disagreements: string[];
}

/**
 * Schedules `count` single-profile posts, spread over the profiles in turn, `parallel` at a time:
 * all due at the instant `at`, or each due the moment it is made. Returns their target ids. Keep
 * `parallel` below the database pool's size: making a post can take a second connection.
 */
export async function scheduleMany(ws: WorkspaceContext, input: { profileIds: string[]; count: number; at: Date | 'now'; parallel?: number }): Promise<string[]> {
  const at = input.at;
  const postIds: string[] = new Array<string>(input.count);
  let next = 0;
  const lane = async () => {
    for (let n = next++; n < input.count; n = next++) {
      postIds[n] = await createPost(ws, { profileIds: [input.profileIds[n % input.profileIds.length]!], text: `Fault run post ${n} 🌿`, scheduledAt: (at === 'now' ? new Date() : at).toISOString() });
    }
  };
  await Promise.all(Array.from({ length: input.parallel ?? 4 }, lane));
  const rows: string[] = [];
  for (let i = 0; i < postIds.length; i += 1_000) {
    const batch = await ws.db.select({ id: postTargets.id }).from(postTargets).where(inArray(postTargets.postId, postIds.slice(i, i + 1_000)));
    rows.push(...batch.map((r) => r.id));
  }
  return rows;
}

async function targetsOf(db: Db, targetIds: string[]) {
  const rows: Array<typeof postTargets.$inferSelect> = [];
  for (let i = 0; i < targetIds.length; i += 1_000) rows.push(...(await db.select().from(postTargets).where(inArray(postTargets.id, targetIds.slice(i, i + 1_000)))));
  return rows;
}

/** How many of the targets are published or failed. */
export async function settledCount(db: Db, targetIds: string[]): Promise<number> {
  return (await targetsOf(db, targetIds)).filter((t) => t.status === 'published' || t.status === 'failed').length;
}

/** Compares the targets, their ledger and the network's posts. */
export async function auditPublishing(db: Db, network: FaultNetwork, targetIds: string[]): Promise<PublishAudit> {
  const targets = await targetsOf(db, targetIds);
  const attempts: Array<typeof publishAttempts.$inferSelect> = [];
  for (let i = 0; i < targetIds.length; i += 1_000) attempts.push(...(await db.select().from(publishAttempts).where(inArray(publishAttempts.targetId, targetIds.slice(i, i + 1_000)))));
  const audit: PublishAudit = { targets: targets.length, published: 0, failed: [], unsettled: 0, stuck: [], duplicates: network.duplicates(), lost: 0, disagreements: [] };
  for (const target of targets) {
    const landed = network.landed(target.marker);
    const ledgerIds = new Set(attempts.filter((a) => a.targetId === target.id && a.part === 0 && a.remoteId).map((a) => a.remoteId));
    if (ledgerIds.size > 1) audit.duplicates++;
    if (target.status === 'published') {
      audit.published++;
      if (!landed) {
        audit.lost++;
        audit.disagreements.push(`${target.id} is published but the network has no post with its marker`);
      } else if (target.remoteId !== landed.id || !ledgerIds.has(landed.id)) {
        audit.disagreements.push(`${target.id}: target says ${target.remoteId}, ledger ${[...ledgerIds].join('/')}, network ${landed.id}`);
      }
    } else if (target.status === 'failed') {
      audit.failed.push({ targetId: target.id, reason: target.failureReason });
      if (!target.failureReason) audit.lost++;
      if (landed) audit.disagreements.push(`${target.id} failed (${target.failureReason}) but the network has its post ${landed.id}`);
    } else {
      audit.unsettled++;
      const ledger = attempts.filter((a) => a.targetId === target.id).map((a) => `${a.startedAt.toISOString()} ${a.outcome ?? 'open'}${a.reason ? ` (${a.reason})` : ''}`);
      audit.stuck.push(`${target.id} ${target.status}, lease ${target.leaseOwner ?? 'none'} until ${target.leaseUntil?.toISOString() ?? '-'}, network ${landed?.id ?? 'has nothing'}; ledger: ${ledger.join('; ') || 'empty'}`);
      audit.lost++;
    }
  }
  return audit;
}
