import { resolveInZone } from './resolve-in-zone.ts';
import { parseWallClock, parseWallDate, type ResolvedWallTime } from './wall-time.ts';
import { checkZone } from './zone.ts';

export interface ResolveWallTimeInput {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm`, 24-hour */
  time: string;
  /** An IANA zone, e.g. the workspace's: "Europe/Belgrade". Required: there is no default. */
  zone: string;
}

/**
 * Turns a wall time in a zone into the instant a schedule fires at, with the DST rules of
 * resolveInZone (a gap moves to the first valid minute after it; a repeated time fires at its first
 * occurrence). Throws AppError `validation_failed` naming the field for a bad date, time or zone.
 * The answer depends only on the input, never on the process's TZ.
 */
export function resolveWallTime(input: ResolveWallTimeInput): ResolvedWallTime {
  const zone = checkZone(input.zone);
  const date = parseWallDate(input.date);
  const time = parseWallClock(input.time);
  return resolveInZone(date.toPlainDateTime(time), zone);
}
