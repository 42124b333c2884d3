import { parseWeeklySlots, type WeeklySlots } from './queue-slots.ts';
import { resolveInZone } from './resolve-in-zone.ts';
import { Temporal } from './temporal.ts';
import { invalid, type ResolvedWallTime } from './wall-time.ts';
import { checkZone } from './zone.ts';

export interface NextFreeSlotsInput {
  slots: WeeklySlots;
  /** The workspace's IANA zone; the slots' times are on its clock. */
  zone: string;
  /** Only slots strictly later than this instant are offered (a slot at `after` itself is past). */
  after: Date;
  /** Instants already used by this profile's scheduled posts. Compared to the minute. */
  taken: readonly Date[];
  /** How many slots to find, 1 to 1000. */
  count: number;
  /** How far to look, in days from the wall date of `after`; 366 unless given (1 to 3660). */
  horizonDays?: number;
}

export const defaultHorizonDays = 366;
const minuteMs = 60_000;
const minuteOf = (ms: number): number => Math.floor(ms / minuteMs);

/**
 * The next `count` free posting slots of a weekly queue, earliest first, each resolved with the
 * schedule DST rules (a slot in a gap moves to the first valid minute after it; a repeated time is
 * taken at its first occurrence). A slot is free when no post of the profile is scheduled at its
 * instant. The same instant is never offered twice, even when two wall times land on it (09:00
 * and 09:30 inside a gap both become the end of the gap).
 *
 * The search stops after `horizonDays`, so it may return fewer than `count` slots when the queue
 * is full for that long; it never loops forever. Throws AppError `validation_failed` for an empty
 * or bad slot set, a bad zone, `after` or `count`.
 */
export function nextFreeSlots(input: NextFreeSlotsInput): ResolvedWallTime[] {
  // In wall order, so that when two wall times land on one instant the earlier one is offered.
  const slots = parseWeeklySlots(input.slots).sort((a, b) => Temporal.PlainTime.compare(a.time, b.time));
  const zone = checkZone(input.zone);
  const { after, count } = input;
  const horizonDays = input.horizonDays ?? defaultHorizonDays;
  if (!(after instanceof Date) || Number.isNaN(after.getTime())) throw invalid('after', 'must be a valid Date.');
  if (!Number.isInteger(count) || count < 1 || count > 1000) throw invalid('count', `must be a whole number from 1 to 1000, got ${count}.`);
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 3660) {
    throw invalid('horizonDays', `must be a whole number of days from 1 to 3660, got ${horizonDays}.`);
  }
  const used = new Set<number>();
  input.taken.forEach((t, i) => {
    if (!(t instanceof Date) || Number.isNaN(t.getTime())) throw invalid(`taken[${i}]`, 'must be a valid Date.');
    used.add(minuteOf(t.getTime()));
  });

  const afterMs = after.getTime();
  const startDay = Temporal.Instant.fromEpochMilliseconds(afterMs).toZonedDateTimeISO(zone).toPlainDate();
  const found: ResolvedWallTime[] = [];
  // Start a day early: a slot in a gap moves forward and may land after `after` although its wall
  // date is the day before (Samoa skipped a whole day in 2011). For the same reason, once enough
  // slots are found, look two days further before sorting, rather than trust wall order to be
  // instant order across a change of offset.
  let filledOn: number | null = null;
  for (let d = -1; d <= horizonDays && (filledOn === null || d <= filledOn + 2); d++) {
    const day = startDay.add({ days: d });
    for (const s of slots) {
      if (s.weekday !== day.dayOfWeek) continue;
      const slot = resolveInZone(day.toPlainDateTime(s.time), zone);
      const minute = minuteOf(slot.utc.getTime());
      if (slot.utc.getTime() <= afterMs || used.has(minute)) continue;
      used.add(minute);
      found.push(slot);
    }
    if (filledOn === null && found.length >= count) filledOn = d;
  }
  return found.sort((a, b) => a.utc.getTime() - b.utc.getTime()).slice(0, count);
}
