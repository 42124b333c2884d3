import { AppError } from '../errors.ts';
import { Temporal } from './temporal.ts';

/** A time on the clock on the wall of some zone, to the minute: `{ date: '2026-03-29', time: '09:00' }`. */
export interface WallTime {
  date: string;
  time: string;
}

/**
 * What Canopy had to do to turn a wall time into one instant:
 * - `skipped_gap`: the time does not exist that day (clocks spring forward over it); the schedule
 *   moves to the first minute that does exist after the gap, which is the instant clocks change.
 * - `first_of_repeated`: the time happens twice (clocks fall back); the schedule fires once, at
 *   the first of the two.
 */
export type WallTimeAdjustment = 'skipped_gap' | 'first_of_repeated';

/** A schedule as stored: the UTC instant, the local wall time it falls on, and the IANA zone. */
export interface ResolvedWallTime {
  utc: Date;
  /** The wall time the schedule actually fires at; differs from `requested` only on a gap. */
  local: WallTime;
  /** The wall time that was asked for. */
  requested: WallTime;
  zone: string;
  adjusted: WallTimeAdjustment | null;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, { problems: [{ field, message }] });
}

/** Parses `YYYY-MM-DD`, rejecting days that the calendar does not have (2026-02-29). */
export function parseWallDate(value: unknown, field = 'date'): Temporal.PlainDate {
  const m = typeof value === 'string' ? datePattern.exec(value) : null;
  if (!m) throw invalid(field, `must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  try {
    return Temporal.PlainDate.from({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { overflow: 'reject' });
  } catch (err) {
    if (err instanceof RangeError) throw invalid(field, `${value as string} is not a day in the calendar.`);
    throw err;
  }
}

/** Parses 24-hour `HH:mm` (00:00 to 23:59). */
export function parseWallClock(value: unknown, field = 'time'): Temporal.PlainTime {
  const m = typeof value === 'string' ? timePattern.exec(value) : null;
  if (!m) throw invalid(field, `must be a 24-hour time written HH:mm (00:00 to 23:59), got ${JSON.stringify(value)}.`);
  return new Temporal.PlainTime(Number(m[1]), Number(m[2]));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The wall time of a date-time, to the minute (seconds are dropped, not rounded). */
export function wallTimeFromPlain(value: Temporal.PlainDateTime): WallTime {
  return {
    date: `${value.year < 0 ? '-' : ''}${pad(Math.abs(value.year), 4)}-${pad(value.month)}-${pad(value.day)}`,
    time: `${pad(value.hour)}:${pad(value.minute)}`,
  };
}
