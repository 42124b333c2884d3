import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../errors.ts';
import { nextQueueSlot } from '../queue/next-queue-slot.ts';
import { resolveWallTime } from '../schedules/resolve-wall-time.ts';
import { wallTimeOf } from '../schedules/wall-time-of.ts';
import type { ResolvedWallTime } from '../schedules/wall-time.ts';

/** The ways to say when a post goes out; at most one of them. */
export interface PostTimeInput {
  /** The local wall time in the workspace's zone (or the given zone). */
  schedule?: { date: string; time: string; zone?: string | undefined } | undefined;
  /** An instant with its offset, e.g. 2026-12-01T09:00:00+02:00; kept as the workspace's wall time. */
  scheduledAt?: string | undefined;
  /** The next posting slot free for every chosen profile. */
  queue?: boolean | undefined;
}

/** A time this far in the past is still taken as "now", so a form sent at 09:00:30 for 09:00 goes through. */
const GRACE_MS = 60_000;

export const hasPostTime = (input: PostTimeInput): boolean => input.schedule !== undefined || input.scheduledAt !== undefined || input.queue === true;

/**
 * Turns what the person chose into one schedule: a wall time, an instant, or a queue slot. Refuses
 * more than one choice, and a time already past.
 */
export async function resolvePostTime(
  db: Db | Tx,
  input: PostTimeInput,
  place: { workspaceId: string; zone: string; profileIds: string[]; now: Date; exceptPostId?: string | undefined },
): Promise<ResolvedWallTime> {
  const chosen = (['schedule', 'scheduledAt', 'queue'] as const).filter((k) => (k === 'queue' ? input.queue === true : input[k] !== undefined));
  if (chosen.length !== 1) {
    throw new AppError('validation_failed', 'Choose one of schedule, scheduledAt or queue.', {
      problems: chosen.map((k) => ({ field: `body.${k}`, message: 'give only one of schedule, scheduledAt and queue' })),
    });
  }
  if (input.queue) {
    const slot = await nextQueueSlot(db, { workspaceId: place.workspaceId, zone: place.zone, profileIds: place.profileIds, after: place.now, exceptPostId: place.exceptPostId });
    if (!slot) throw new AppError('validation_failed', 'Every posting slot of these profiles is taken for the next year: choose a time.', { problems: [{ field: 'body.queue', message: 'no free slot' }] });
    return slot;
  }
  let when: ResolvedWallTime;
  let field: string;
  if (input.scheduledAt !== undefined) {
    field = 'body.scheduledAt';
    const utc = new Date(input.scheduledAt);
    const local = wallTimeOf(utc, place.zone);
    when = { utc, local, requested: local, zone: place.zone, adjusted: null };
  } else {
    field = 'body.schedule';
    when = resolveWallTime({ ...input.schedule!, zone: input.schedule!.zone ?? place.zone });
  }
  refusePast(when.utc, place.now, field);
  return when;
}

/** Refuses a time more than the grace minute past. */
export function refusePast(at: Date, now: Date, field: string): void {
  if (at.getTime() < now.getTime() - GRACE_MS) {
    throw new AppError('validation_failed', 'That time has passed: choose a time in the future.', { problems: [{ field, message: 'choose a time in the future' }] });
  }
}
