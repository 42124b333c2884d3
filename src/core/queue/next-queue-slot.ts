import { and, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { posts, postTargets, profiles, queueSlots } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { nextFreeSlots } from '../schedules/next-free-slots.ts';
import type { IsoWeekday, QueueSlot } from '../schedules/queue-slots.ts';
import type { ResolvedWallTime } from '../schedules/wall-time.ts';

export interface NextQueueSlotInput {
  workspaceId: string;
  /** The workspace's zone: slots are on its clock. */
  zone: string;
  profileIds: string[];
  after: Date;
  /** A post being moved does not take its own old slot. */
  exceptPostId?: string | undefined;
}

/** Posts in these states hold their slot: they are going out, or waiting for approval to. */
const holdsSlot = ['scheduled', 'pending_approval'] as const;

/**
 * The next posting slot free for every chosen profile: a weekly slot they all share, at an instant
 * none of them has a scheduled or pending post. Returns null when their queues are full for a year;
 * throws `validation_failed` when they have no shared slot at all, saying which profile to set up.
 */
export async function nextQueueSlot(db: Db | Tx, input: NextQueueSlotInput): Promise<ResolvedWallTime | null> {
  const rows = await db
    .select({ profileId: queueSlots.profileId, weekday: queueSlots.weekday, time: queueSlots.time })
    .from(queueSlots)
    .where(and(eq(queueSlots.workspaceId, input.workspaceId), inArray(queueSlots.profileId, input.profileIds)));
  const without = input.profileIds.filter((id) => !rows.some((r) => r.profileId === id));
  if (without.length > 0) {
    const names = await db.select({ handle: profiles.handle }).from(profiles).where(and(eq(profiles.workspaceId, input.workspaceId), inArray(profiles.id, without)));
    throw noSlots(`${names.map((n) => n.handle).join(', ')} has no posting slots: add some in Settings → Profiles → Posting slots, or choose a time.`);
  }
  const key = (s: { weekday: number; time: string }) => `${s.weekday} ${s.time}`;
  const shared = new Map<string, QueueSlot>();
  for (const r of rows) {
    if (rows.filter((o) => key(o) === key(r)).length === input.profileIds.length) shared.set(key(r), { weekday: r.weekday as IsoWeekday, time: r.time });
  }
  if (shared.size === 0) throw noSlots('These profiles share no posting slot: give them a common weekday and time, or choose a time.');

  const filters: SQL[] = [
    eq(postTargets.workspaceId, input.workspaceId),
    inArray(postTargets.profileId, input.profileIds),
    inArray(posts.status, [...holdsSlot]),
    gt(posts.scheduledAt, input.after),
  ];
  if (input.exceptPostId) filters.push(ne(posts.id, input.exceptPostId));
  const taken = await db.selectDistinct({ at: posts.scheduledAt }).from(posts).innerJoin(postTargets, eq(postTargets.postId, posts.id)).where(and(...filters));
  const [slot] = nextFreeSlots({ slots: [...shared.values()], zone: input.zone, after: input.after, taken: taken.map((t) => t.at!), count: 1 });
  return slot ?? null;
}

function noSlots(message: string): AppError {
  return new AppError('validation_failed', message, { problems: [{ field: 'body.queue', message }] });
}
