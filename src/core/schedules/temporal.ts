/**
 * The one place that brings in Temporal, the standard date-time API that is coming to JavaScript.
 *
 * Why Temporal (through the proposal champions' reference polyfill) rather than luxon or offset
 * arithmetic of our own: converting a wall time to an instant names its choice on a DST day
 * (`disambiguation: 'earlier' | 'later' | 'reject'`) instead of deciding silently, and
 * `getTimeZoneTransition` finds where a gap ends, which is what the schedule rules need. Zone
 * rules come from the ICU data built into Node, looked up by the zone id given, never from the
 * process's TZ: nothing here calls `Temporal.Now` or a local-time `Date` method. When Node ships
 * Temporal itself, this import is the one line to remove.
 */
export { Temporal } from '@js-temporal/polyfill';
