import { Temporal } from './temporal.ts';
import { wallTimeFromPlain, type ResolvedWallTime } from './wall-time.ts';

/**
 * The DST rules of every schedule, for a wall time already parsed and a zone already checked.
 *
 * - A wall time that does not exist (02:30 in New York on the spring-forward Sunday) fires at the
 *   first minute that exists after the gap: the instant clocks change, 03:00 local. Every time in
 *   the gap therefore lands on that one instant, and callers that hand out slots must expect two
 *   wall times to resolve to the same instant.
 * - A wall time that happens twice (01:30 in New York on the fall-back Sunday) fires once, at the
 *   first occurrence, the one still on summer time. People who plan "01:30" mean the first time
 *   the clock shows it, and a post must never go out twice.
 */
export function resolveInZone(plain: Temporal.PlainDateTime, zone: string): ResolvedWallTime {
  const requested = wallTimeFromPlain(plain);
  const earlier = plain.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = plain.toZonedDateTime(zone, { disambiguation: 'later' });
  if (earlier.epochNanoseconds === later.epochNanoseconds) {
    return { utc: new Date(earlier.epochMilliseconds), local: requested, requested, zone, adjusted: null };
  }
  if (Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), plain) === 0) {
    return { utc: new Date(earlier.epochMilliseconds), local: requested, requested, zone, adjusted: 'first_of_repeated' };
  }
  // In a gap, 'earlier' reads the wall time with the offset from before the change, which puts it
  // just before the change; the next transition from there is where the gap ends.
  const transition = earlier.getTimeZoneTransition('next');
  if (!transition) throw new Error(`No time zone transition after ${earlier.toString()}, yet ${requested.date} ${requested.time} is in a gap`);
  // Historic offsets with seconds (local mean time) can put a change off the minute; a schedule
  // is to the minute, so take the next whole one.
  const firstValid = transition.round({ smallestUnit: 'minute', roundingMode: 'ceil' });
  return {
    utc: new Date(firstValid.epochMilliseconds),
    local: wallTimeFromPlain(firstValid.toPlainDateTime()),
    requested,
    zone,
    adjusted: 'skipped_gap',
  };
}
