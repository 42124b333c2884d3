import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../errors.ts';
import { nextFreeSlots } from './next-free-slots.ts';
import type { IsoWeekday, QueueSlot } from './queue-slots.ts';
import { resolveWallTime } from './resolve-wall-time.ts';
import { answerQueue, queueCases } from './testing/cases.ts';

describe('nextFreeSlots', () => {
  for (const c of queueCases) {
    it(c.name, () => assert.deepEqual(answerQueue(c.input), c.expected));
  }

  it('says plainly that an empty queue has no slots', () => {
    assert.throws(
      () => nextFreeSlots({ slots: [], zone: 'Europe/Belgrade', after: new Date(), taken: [], count: 1 }),
      (err: unknown) => err instanceof AppError && /no posting slots/.test(err.message),
    );
  });

  it('looks 366 days ahead and no further', () => {
    const slots: QueueSlot[] = [{ weekday: 1, time: '09:00' }];
    const found = nextFreeSlots({ slots, zone: 'Europe/Athens', after: new Date('2026-01-01T00:00:00Z'), taken: [], count: 60 });
    // From Thursday 1 January 2026 to Saturday 2 January 2027: every Monday of 2026, and no more.
    assert.equal(found.length, 52);
    assert.deepEqual(found[0]?.local, { date: '2026-01-05', time: '09:00' });
    assert.deepEqual(found.at(-1)?.local, { date: '2026-12-28', time: '09:00' });
    assert.deepEqual(new Set(found.map((s) => s.utc.toISOString().slice(11, 16))), new Set(['07:00', '06:00']), 'winter and summer time');
  });
});

const zones = ['Europe/Athens', 'America/New_York', 'Australia/Lord_Howe', 'Europe/Belgrade', 'Asia/Kolkata', 'Pacific/Chatham'];
const slotArb = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }).map((d) => d as IsoWeekday),
  // Times around the usual change hours, so that slots land in gaps and repeats often.
  time: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `0${h}:${String(m).padStart(2, '0')}`),
});

/** All slots in the horizon, resolved one by one, without the early stop: what nextFreeSlots must agree with. */
function everySlot(slots: QueueSlot[], zone: string, after: Date, taken: Date[], days: number): string[] {
  const start = new Date(after.getTime() - 2 * 86_400_000);
  const instants = new Set<string>();
  for (let d = 0; d <= days + 4; d++) {
    const date = new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    const weekday = (((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
    for (const s of slots.filter((x) => x.weekday === weekday)) instants.add(resolveWallTime({ date, time: s.time, zone }).utc.toISOString());
  }
  const takenMinutes = new Set(taken.map((t) => Math.floor(t.getTime() / 60_000)));
  return [...instants].filter((i) => Date.parse(i) > after.getTime() && !takenMinutes.has(Math.floor(Date.parse(i) / 60_000))).sort();
}

describe('nextFreeSlots, for any queue around DST changes', () => {
  it('returns the earliest free instants, each once, in order, never a taken one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(slotArb, { minLength: 1, maxLength: 6 }),
        // Weeks around the 2026 changes in both hemispheres.
        fc.constantFrom('2026-03-05', '2026-03-25', '2026-04-01', '2026-09-24', '2026-10-01', '2026-10-21', '2026-10-29'),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 14 * 96 }), { maxLength: 10 }),
        (zone, slots, day, hour, count, takenQuarters) => {
          const after = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
          const taken = takenQuarters.map((q) => new Date(after.getTime() + q * 15 * 60_000));
          const found = nextFreeSlots({ slots, zone, after, taken, count, horizonDays: 14 }).map((s) => s.utc.toISOString());
          const expected = everySlot(slots, zone, after, taken, 14).slice(0, count);
          // everySlot looks a little past the horizon, so compare what the horizon covers.
          assert.deepEqual(found, expected.slice(0, found.length));
          assert.equal(new Set(found).size, found.length);
          if (found.length < count) assert.ok(expected.length === found.length || Date.parse(expected[found.length]!) > after.getTime() + 13 * 86_400_000);
        },
      ),
      { numRuns: 300 },
    );
  });
});
