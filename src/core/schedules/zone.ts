import { invalid } from './wall-time.ts';
import { Temporal } from './temporal.ts';

// An IANA name: "UTC", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "Etc/GMT+3". Temporal
// also takes fixed offsets ("+02:00") and whole ISO strings with a zone in brackets; a schedule
// needs a named zone, whose DST rules move with the law, so those are refused here.
const ianaName = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * Checks that `zone` is an IANA time zone this Node knows and returns its id in canonical case
 * ("europe/athens" → "Europe/Athens"). A missing zone is an error, never "the server's zone" or
 * UTC: quietly falling back is how a schedule ends up an hour off.
 */
export function checkZone(zone: unknown, field = 'zone'): string {
  if (typeof zone !== 'string' || zone.trim() === '') {
    throw invalid(field, 'an IANA time zone such as "Europe/Athens" is required; Canopy never assumes the server\'s zone.');
  }
  if (!ianaName.test(zone)) throw invalid(field, `${JSON.stringify(zone)} is not an IANA time zone name such as "Europe/Athens".`);
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone).timeZoneId;
  } catch (err) {
    if (err instanceof RangeError) throw invalid(field, `${JSON.stringify(zone)} is not a time zone known here (IANA names such as "Europe/Athens").`);
    throw err;
  }
}
