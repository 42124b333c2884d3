import type { WorkspaceInboxSettings } from '../../db/schema.ts';
import { Temporal } from '../schedules/temporal.ts';

type BusinessHours = NonNullable<WorkspaceInboxSettings['businessHours']>;

/** Days looked through at most, so a week with no open day cannot loop forever. */
const MAX_DAYS = 400;

/** The business hours' open windows (epoch ms) on each day from `from`'s date on, in the zone. */
function* windowsFrom(hours: BusinessHours, zone: string, from: Date): Generator<[number, number]> {
  let day = Temporal.Instant.fromEpochMilliseconds(from.getTime()).toZonedDateTimeISO(zone).toPlainDate();
  const start = Temporal.PlainTime.from(hours.start);
  const end = Temporal.PlainTime.from(hours.end);
  for (let n = 0; n < MAX_DAYS; n++, day = day.add({ days: 1 })) {
    if (!hours.days.includes(day.dayOfWeek)) continue;
    // A time that does not exist on a DST day moves forward, as the clock does.
    const open = day.toZonedDateTime({ timeZone: zone, plainTime: start }).epochMilliseconds;
    const close = day.toZonedDateTime({ timeZone: zone, plainTime: end }).epochMilliseconds;
    if (close > open) yield [open, close];
  }
}

/** Milliseconds between two instants that fall inside business hours (all of them when there are none). */
export function businessMsBetween(hours: BusinessHours | null, zone: string, from: Date, to: Date): number {
  if (to <= from) return 0;
  if (!hours) return to.getTime() - from.getTime();
  let total = 0;
  for (const [open, close] of windowsFrom(hours, zone, from)) {
    if (open >= to.getTime()) break;
    total += Math.max(0, Math.min(close, to.getTime()) - Math.max(open, from.getTime()));
  }
  return total;
}

/** The instant `ms` of business time after `from`; null when the week has no open hours. */
export function addBusinessMs(hours: BusinessHours | null, zone: string, from: Date, ms: number): Date | null {
  if (!hours) return new Date(from.getTime() + ms);
  let left = ms;
  for (const [open, close] of windowsFrom(hours, zone, from)) {
    const begin = Math.max(open, from.getTime());
    if (close <= begin) continue;
    if (close - begin >= left) return new Date(begin + left);
    left -= close - begin;
  }
  return null;
}

/** Whether an instant falls inside business hours (always, when there are none). */
export function withinBusinessHours(hours: BusinessHours | null, zone: string, at: Date): boolean {
  if (!hours) return true;
  const [first] = windowsFrom(hours, zone, at);
  return first !== undefined && first[0] <= at.getTime() && at.getTime() < first[1];
}
