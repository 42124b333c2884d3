// Schedule answers that tests check in this process and again in child processes started with
// other TZ values: the same table, so a TZ leak anywhere shows up as a difference.
import { AppError } from '../../errors.ts';
import { nextFreeSlots, type NextFreeSlotsInput } from '../next-free-slots.ts';
import { resolveWallTime, type ResolveWallTimeInput } from '../resolve-wall-time.ts';
import type { ResolvedWallTime } from '../wall-time.ts';
import { wallTimeOf } from '../wall-time-of.ts';

/** A resolved time written compactly: "2026-03-29T01:00:00.000Z = 2026-03-29 04:00 (asked 03:30) skipped_gap". */
export function describeResolved(r: ResolvedWallTime): string {
  const asked = r.requested.date === r.local.date && r.requested.time === r.local.time ? '' : ` (asked ${r.requested.date} ${r.requested.time})`;
  return `${r.utc.toISOString()} = ${r.local.date} ${r.local.time} ${r.zone}${asked}${r.adjusted ? ` ${r.adjusted}` : ''}`;
}

function describeError(err: unknown): string {
  if (err instanceof AppError) return `${err.code}: ${err.extra.problems?.map((p) => p.field).join(', ') ?? ''}`;
  throw err;
}

export const wallTimeCases: { name: string; input: ResolveWallTimeInput; expected: string }[] = [
  // Spring forward: the missing hour (or half hour) moves to the first minute after it.
  { name: 'Athens spring-forward gap', input: { date: '2026-03-29', time: '03:30', zone: 'Europe/Athens' }, expected: '2026-03-29T01:00:00.000Z = 2026-03-29 04:00 Europe/Athens (asked 2026-03-29 03:30) skipped_gap' },
  { name: 'New York spring-forward gap', input: { date: '2026-03-08', time: '02:30', zone: 'America/New_York' }, expected: '2026-03-08T07:00:00.000Z = 2026-03-08 03:00 America/New_York (asked 2026-03-08 02:30) skipped_gap' },
  { name: 'New York first minute of the gap', input: { date: '2026-03-08', time: '02:00', zone: 'America/New_York' }, expected: '2026-03-08T07:00:00.000Z = 2026-03-08 03:00 America/New_York (asked 2026-03-08 02:00) skipped_gap' },
  { name: 'New York last minute before the gap', input: { date: '2026-03-08', time: '01:59', zone: 'America/New_York' }, expected: '2026-03-08T06:59:00.000Z = 2026-03-08 01:59 America/New_York' },
  { name: 'New York first minute after the gap', input: { date: '2026-03-08', time: '03:00', zone: 'America/New_York' }, expected: '2026-03-08T07:00:00.000Z = 2026-03-08 03:00 America/New_York' },
  { name: 'Lord Howe 30-minute gap', input: { date: '2026-10-04', time: '02:15', zone: 'Australia/Lord_Howe' }, expected: '2026-10-03T15:30:00.000Z = 2026-10-04 02:30 Australia/Lord_Howe (asked 2026-10-04 02:15) skipped_gap' },
  { name: 'Belgrade spring-forward gap', input: { date: '2026-03-29', time: '02:30', zone: 'Europe/Belgrade' }, expected: '2026-03-29T01:00:00.000Z = 2026-03-29 03:00 Europe/Belgrade (asked 2026-03-29 02:30) skipped_gap' },
  { name: 'Samoa skipped a whole day', input: { date: '2011-12-30', time: '10:00', zone: 'Pacific/Apia' }, expected: '2011-12-30T10:00:00.000Z = 2011-12-31 00:00 Pacific/Apia (asked 2011-12-30 10:00) skipped_gap' },
  { name: 'Monrovia gap ending off the minute', input: { date: '1972-01-07', time: '00:30', zone: 'Africa/Monrovia' }, expected: '1972-01-07T00:45:00.000Z = 1972-01-07 00:45 Africa/Monrovia (asked 1972-01-07 00:30) skipped_gap' },
  // Fall back: the repeated time fires once, at its first occurrence (still on summer time).
  { name: 'Athens fall-back repeat', input: { date: '2026-10-25', time: '03:30', zone: 'Europe/Athens' }, expected: '2026-10-25T00:30:00.000Z = 2026-10-25 03:30 Europe/Athens first_of_repeated' },
  { name: 'New York fall-back repeat', input: { date: '2026-11-01', time: '01:30', zone: 'America/New_York' }, expected: '2026-11-01T05:30:00.000Z = 2026-11-01 01:30 America/New_York first_of_repeated' },
  { name: 'New York first minute after the repeat', input: { date: '2026-11-01', time: '02:00', zone: 'America/New_York' }, expected: '2026-11-01T07:00:00.000Z = 2026-11-01 02:00 America/New_York' },
  { name: 'Lord Howe 30-minute repeat', input: { date: '2026-04-05', time: '01:45', zone: 'Australia/Lord_Howe' }, expected: '2026-04-04T14:45:00.000Z = 2026-04-05 01:45 Australia/Lord_Howe first_of_repeated' },
  { name: 'Belgrade fall-back repeat', input: { date: '2026-10-25', time: '02:30', zone: 'Europe/Belgrade' }, expected: '2026-10-25T00:30:00.000Z = 2026-10-25 02:30 Europe/Belgrade first_of_repeated' },
  // Ordinary days and zones without DST.
  { name: 'Belgrade summer', input: { date: '2026-07-01', time: '09:00', zone: 'Europe/Belgrade' }, expected: '2026-07-01T07:00:00.000Z = 2026-07-01 09:00 Europe/Belgrade' },
  { name: 'Belgrade winter', input: { date: '2026-01-15', time: '09:00', zone: 'Europe/Belgrade' }, expected: '2026-01-15T08:00:00.000Z = 2026-01-15 09:00 Europe/Belgrade' },
  { name: 'Bangkok has no DST', input: { date: '2026-03-29', time: '03:30', zone: 'Asia/Bangkok' }, expected: '2026-03-28T20:30:00.000Z = 2026-03-29 03:30 Asia/Bangkok' },
  { name: 'Kolkata half-hour offset', input: { date: '2026-06-15', time: '09:00', zone: 'Asia/Kolkata' }, expected: '2026-06-15T03:30:00.000Z = 2026-06-15 09:00 Asia/Kolkata' },
  { name: 'Chatham 45-minute offset', input: { date: '2026-01-15', time: '00:10', zone: 'Pacific/Chatham' }, expected: '2026-01-14T10:25:00.000Z = 2026-01-15 00:10 Pacific/Chatham' },
  { name: 'UTC', input: { date: '2026-03-29', time: '03:30', zone: 'UTC' }, expected: '2026-03-29T03:30:00.000Z = 2026-03-29 03:30 UTC' },
  { name: 'zone in any case', input: { date: '2026-07-01', time: '09:00', zone: 'europe/belgrade' }, expected: '2026-07-01T07:00:00.000Z = 2026-07-01 09:00 Europe/Belgrade' },
  // Refused input: never a guess, never the server's zone.
  { name: 'unknown zone', input: { date: '2026-07-01', time: '09:00', zone: 'Mars/Olympus_Mons' }, expected: 'validation_failed: zone' },
  { name: 'empty zone', input: { date: '2026-07-01', time: '09:00', zone: '' }, expected: 'validation_failed: zone' },
  { name: 'fixed offset instead of a zone', input: { date: '2026-07-01', time: '09:00', zone: '+02:00' }, expected: 'validation_failed: zone' },
  { name: 'ISO string instead of a zone', input: { date: '2026-07-01', time: '09:00', zone: '2026-07-01T00:00[Europe/Athens]' }, expected: 'validation_failed: zone' },
  { name: 'day not in the calendar', input: { date: '2026-02-29', time: '09:00', zone: 'UTC' }, expected: 'validation_failed: date' },
  { name: 'date in another format', input: { date: '01/07/2026', time: '09:00', zone: 'UTC' }, expected: 'validation_failed: date' },
  { name: 'hour 24', input: { date: '2026-07-01', time: '24:00', zone: 'UTC' }, expected: 'validation_failed: time' },
  { name: 'time with seconds', input: { date: '2026-07-01', time: '09:00:00', zone: 'UTC' }, expected: 'validation_failed: time' },
  { name: 'time without leading zero', input: { date: '2026-07-01', time: '9:00', zone: 'UTC' }, expected: 'validation_failed: time' },
];

export const wallTimeOfCases: { name: string; utc: string; zone: string; expected: string }[] = [
  { name: 'Athens first 03:30 of the fall-back day', utc: '2026-10-25T00:30:00.000Z', zone: 'Europe/Athens', expected: '2026-10-25 03:30' },
  { name: 'Athens second 03:30 of the fall-back day', utc: '2026-10-25T01:30:00.000Z', zone: 'Europe/Athens', expected: '2026-10-25 03:30' },
  { name: 'New York, seconds dropped', utc: '2026-03-08T07:00:59.999Z', zone: 'America/New_York', expected: '2026-03-08 03:00' },
  { name: 'Kolkata', utc: '2026-06-15T03:30:00.000Z', zone: 'Asia/Kolkata', expected: '2026-06-15 09:00' },
  { name: 'Bangkok across midnight', utc: '2026-12-31T17:00:00.000Z', zone: 'Asia/Bangkok', expected: '2027-01-01 00:00' },
  { name: 'Chatham', utc: '2026-01-14T10:25:00.000Z', zone: 'Pacific/Chatham', expected: '2026-01-15 00:10' },
  { name: 'Belgrade summer', utc: '2026-07-01T07:00:00.000Z', zone: 'Europe/Belgrade', expected: '2026-07-01 09:00' },
  { name: 'unknown zone', utc: '2026-07-01T07:00:00.000Z', zone: 'Europe/Atlantis', expected: 'validation_failed: zone' },
];

const weekdays930and1230 = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday: weekday as 1 | 2 | 3 | 4 | 5, time: '09:00' },
  { weekday: weekday as 1 | 2 | 3 | 4 | 5, time: '12:30' },
]);

export const queueCases: { name: string; input: NextFreeSlotsInput; expected: string[] }[] = [
  {
    // Belgrade moves to summer time on Sunday 29 March 2026: Friday's slots are at +01:00, Monday's at +02:00.
    name: 'weekdays 09:00 and 12:30 across the spring change, one taken',
    input: { slots: weekdays930and1230, zone: 'Europe/Belgrade', after: new Date('2026-03-27T09:00:00Z'), taken: [new Date('2026-03-30T07:00:00Z')], count: 3 },
    expected: [
      '2026-03-27T11:30:00.000Z = 2026-03-27 12:30 Europe/Belgrade',
      '2026-03-30T10:30:00.000Z = 2026-03-30 12:30 Europe/Belgrade',
      '2026-03-31T07:00:00.000Z = 2026-03-31 09:00 Europe/Belgrade',
    ],
  },
  {
    // 02:30 does not exist on 8 March and moves to 03:00, where the 03:00 slot already is: one post, not two.
    name: 'two wall times collapsing to one instant in a gap',
    input: { slots: [{ weekday: 7, time: '03:00' }, { weekday: 7, time: '02:30' }], zone: 'America/New_York', after: new Date('2026-03-07T00:00:00Z'), taken: [], count: 3 },
    expected: [
      '2026-03-08T07:00:00.000Z = 2026-03-08 03:00 America/New_York (asked 2026-03-08 02:30) skipped_gap',
      '2026-03-15T06:30:00.000Z = 2026-03-15 02:30 America/New_York',
      '2026-03-15T07:00:00.000Z = 2026-03-15 03:00 America/New_York',
    ],
  },
  {
    name: 'a repeated time fires once on the fall-back day',
    input: { slots: [{ weekday: 7, time: '01:30' }], zone: 'America/New_York', after: new Date('2026-10-31T00:00:00Z'), taken: [], count: 2 },
    expected: [
      '2026-11-01T05:30:00.000Z = 2026-11-01 01:30 America/New_York first_of_repeated',
      '2026-11-08T06:30:00.000Z = 2026-11-08 01:30 America/New_York',
    ],
  },
  {
    // The taken post is 20 s into the minute: it still holds the 12:30 slot. The slot at `after` itself is past.
    name: 'taken and past slots skipped',
    input: { slots: [{ weekday: 1, time: '09:00' }, { weekday: 1, time: '12:30' }], zone: 'Asia/Kolkata', after: new Date('2026-06-15T03:30:00Z'), taken: [new Date('2026-06-15T07:00:20Z')], count: 2 },
    expected: ['2026-06-22T03:30:00.000Z = 2026-06-22 09:00 Asia/Kolkata', '2026-06-22T07:00:00.000Z = 2026-06-22 12:30 Asia/Kolkata'],
  },
  {
    name: 'Bangkok across the year end',
    input: { slots: [{ weekday: 4, time: '23:30' }, { weekday: 5, time: '00:30' }], zone: 'Asia/Bangkok', after: new Date('2026-12-31T00:00:00Z'), taken: [], count: 2 },
    expected: ['2026-12-31T16:30:00.000Z = 2026-12-31 23:30 Asia/Bangkok', '2026-12-31T17:30:00.000Z = 2027-01-01 00:30 Asia/Bangkok'],
  },
  {
    name: 'a queue full for longer than the horizon returns what it found',
    input: { slots: [{ weekday: 3, time: '10:00' }], zone: 'UTC', after: new Date('2026-07-01T00:00:00Z'), taken: [new Date('2026-07-08T10:00:00Z')], count: 5, horizonDays: 14 },
    expected: ['2026-07-01T10:00:00.000Z = 2026-07-01 10:00 UTC', '2026-07-15T10:00:00.000Z = 2026-07-15 10:00 UTC'],
  },
  { name: 'empty slot set', input: { slots: [], zone: 'UTC', after: new Date('2026-07-01T00:00:00Z'), taken: [], count: 1 }, expected: ['validation_failed: slots'] },
  { name: 'bad weekday', input: { slots: [{ weekday: 0 as 1, time: '09:00' }], zone: 'UTC', after: new Date('2026-07-01T00:00:00Z'), taken: [], count: 1 }, expected: ['validation_failed: slots[0].weekday'] },
  { name: 'bad zone in a queue', input: { slots: weekdays930and1230, zone: 'Local', after: new Date('2026-07-01T00:00:00Z'), taken: [], count: 1 }, expected: ['validation_failed: zone'] },
  { name: 'count of zero', input: { slots: weekdays930and1230, zone: 'UTC', after: new Date('2026-07-01T00:00:00Z'), taken: [], count: 0 }, expected: ['validation_failed: count'] },
];

export function answerWallTime(input: ResolveWallTimeInput): string {
  try {
    return describeResolved(resolveWallTime(input));
  } catch (err) {
    return describeError(err);
  }
}

export function answerWallTimeOf(utc: string, zone: string): string {
  try {
    const w = wallTimeOf(new Date(utc), zone);
    return `${w.date} ${w.time}`;
  } catch (err) {
    return describeError(err);
  }
}

export function answerQueue(input: NextFreeSlotsInput): string[] {
  try {
    return nextFreeSlots(input).map(describeResolved);
  } catch (err) {
    return [describeError(err)];
  }
}

/** Every case's answer by name, as computed in this process. */
export function allAnswers(): Record<string, string | string[]> {
  return Object.fromEntries([
    ...wallTimeCases.map((c) => [`resolveWallTime: ${c.name}`, answerWallTime(c.input)]),
    ...wallTimeOfCases.map((c) => [`wallTimeOf: ${c.name}`, answerWallTimeOf(c.utc, c.zone)]),
    ...queueCases.map((c) => [`nextFreeSlots: ${c.name}`, answerQueue(c.input)]),
  ]);
}

/** Every case's expected answer by name. */
export function allExpected(): Record<string, string | string[]> {
  return Object.fromEntries([
    ...wallTimeCases.map((c) => [`resolveWallTime: ${c.name}`, c.expected]),
    ...wallTimeOfCases.map((c) => [`wallTimeOf: ${c.name}`, c.expected]),
    ...queueCases.map((c) => [`nextFreeSlots: ${c.name}`, c.expected]),
  ]);
}
