import { Temporal } from './temporal.ts';
import { invalid, wallTimeFromPlain, type WallTime } from './wall-time.ts';
import { checkZone } from './zone.ts';

/**
 * The wall time an instant shows in a zone, to the minute (seconds are dropped). On a fall-back
 * day two instants an hour apart show the same wall time; this is the inverse of resolveWallTime
 * only for the first of them.
 */
export function wallTimeOf(utc: Date, zone: string): WallTime {
  const id = checkZone(zone);
  if (!(utc instanceof Date) || Number.isNaN(utc.getTime())) throw invalid('utc', 'must be a valid Date.');
  return wallTimeFromPlain(Temporal.Instant.fromEpochMilliseconds(utc.getTime()).toZonedDateTimeISO(id).toPlainDateTime());
}
