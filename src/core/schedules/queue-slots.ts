import type { Temporal } from './temporal.ts';
import { invalid, parseWallClock } from './wall-time.ts';

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One posting time of a profile's weekly queue, on the clock of the workspace's zone. */
export interface QueueSlot {
  weekday: IsoWeekday;
  /** `HH:mm`, 24-hour */
  time: string;
}

/** A profile's posting times for a week, e.g. weekdays at 09:00 and 12:30. Order does not matter. */
export type WeeklySlots = readonly QueueSlot[];

/** A queue slot checked and parsed, ready to be placed on a day. */
export interface ParsedQueueSlot {
  weekday: IsoWeekday;
  time: Temporal.PlainTime;
}

/** Checks a weekly slot set; throws AppError `validation_failed` for an empty set or a bad slot. */
export function parseWeeklySlots(slots: unknown, field = 'slots'): ParsedQueueSlot[] {
  if (!Array.isArray(slots)) throw invalid(field, 'must be a list of { weekday, time } posting slots.');
  if (slots.length === 0) throw invalid(field, 'the queue has no posting slots: add at least one weekday and time.');
  return slots.map((slot: unknown, i): ParsedQueueSlot => {
    const at = `${field}[${i}]`;
    if (typeof slot !== 'object' || slot === null) throw invalid(at, 'must be { weekday, time }.');
    const { weekday, time } = slot as Record<string, unknown>;
    if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw invalid(`${at}.weekday`, `must be an ISO weekday from 1 (Monday) to 7 (Sunday), got ${JSON.stringify(weekday)}.`);
    }
    return { weekday: weekday as IsoWeekday, time: parseWallClock(time, `${at}.time`) };
  });
}
