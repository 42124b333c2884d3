import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../errors.ts';
import { resolveWallTime } from './resolve-wall-time.ts';
import { answerWallTime, answerWallTimeOf, wallTimeCases, wallTimeOfCases } from './testing/cases.ts';
import { wallTimeOf } from './wall-time-of.ts';

describe('resolveWallTime', () => {
  for (const c of wallTimeCases) {
    it(c.name, () => assert.equal(answerWallTime(c.input), c.expected));
  }

  it('names the field and says what is wanted', () => {
    assert.throws(
      () => resolveWallTime({ date: '2026-07-01', time: '09:00', zone: 'Mars/Olympus_Mons' }),
      (err: unknown) => err instanceof AppError && err.code === 'validation_failed' && /Mars\/Olympus_Mons.*IANA/.test(err.message),
    );
    // A caller that lost the zone on the way (undefined from a missing column) gets an error, not UTC.
    const lost = { date: '2026-07-01', time: '09:00' } as { date: string; time: string; zone: string };
    assert.throws(() => resolveWallTime(lost), (err: unknown) => err instanceof AppError && /never assumes the server's zone/.test(err.message));
  });
});

describe('wallTimeOf', () => {
  for (const c of wallTimeOfCases) {
    it(c.name, () => assert.equal(answerWallTimeOf(c.utc, c.zone), c.expected));
  }

  it('refuses an invalid Date', () => {
    assert.throws(() => wallTimeOf(new Date('nope'), 'UTC'), (err: unknown) => err instanceof AppError && err.extra.problems?.[0]?.field === 'utc');
  });
});

const zones = ['Europe/Athens', 'America/New_York', 'Australia/Lord_Howe', 'Europe/Belgrade', 'Asia/Bangkok', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago', 'Asia/Tehran'];
const pad = (n: number): string => String(n).padStart(2, '0');
const wallTimes = fc.record({
  zone: fc.constantFrom(...zones),
  day: fc.integer({ min: 0, max: 3 * 366 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

describe('resolveWallTime rules, for any minute of three years in zones with odd rules', () => {
  it('round-trip through wallTimeOf; a gap moves forward to its end, a repeat takes the first', () => {
    fc.assert(
      fc.property(wallTimes, ({ zone, day, hour, minute }) => {
        const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const time = `${pad(hour)}:${pad(minute)}`;
        const r = resolveWallTime({ date, time, zone });
        const shown = wallTimeOf(r.utc, zone);
        assert.deepEqual(shown, r.local, 'the instant shows the wall time it claims');
        const minuteBefore = wallTimeOf(new Date(r.utc.getTime() - 60_000), zone);
        if (r.adjusted === 'skipped_gap') {
          assert.ok(`${r.local.date} ${r.local.time}` > `${date} ${time}`, 'a gap moves forward');
          assert.ok(`${minuteBefore.date} ${minuteBefore.time}` < `${date} ${time}`, 'the minute before was before the asked time: nothing valid was skipped');
        } else {
          assert.deepEqual(r.local, { date, time });
          // The first occurrence: an hour (or half) earlier the clock never showed this time.
          const earlierShows = [30, 60].map((m) => wallTimeOf(new Date(r.utc.getTime() - m * 60_000), zone));
          assert.ok(earlierShows.every((w) => `${w.date} ${w.time}` !== `${date} ${time}`));
          if (r.adjusted === 'first_of_repeated') {
            const laterShows = [30, 60].map((m) => wallTimeOf(new Date(r.utc.getTime() + m * 60_000), zone));
            assert.ok(laterShows.some((w) => `${w.date} ${w.time}` === `${date} ${time}`), 'it does happen again');
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
