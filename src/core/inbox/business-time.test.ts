import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBusinessMs, businessMsBetween, withinBusinessHours } from './business-time.ts';

const weekdays = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const hour = 3_600_000;

describe('time counted within business hours', () => {
  it('counts only open hours, in the workspace zone', () => {
    // Friday 16:00 in Athens (UTC+2 in winter) to Monday 10:00: one hour on Friday, one on Monday.
    assert.equal(businessMsBetween(weekdays, 'Europe/Athens', new Date('2026-11-20T14:00:00Z'), new Date('2026-11-23T08:00:00Z')), 2 * hour);
    assert.equal(businessMsBetween(null, 'Europe/Athens', new Date('2026-11-20T14:00:00Z'), new Date('2026-11-20T15:30:00Z')), 1.5 * hour);
    assert.equal(businessMsBetween(weekdays, 'Asia/Bangkok', new Date('2026-11-21T03:00:00Z'), new Date('2026-11-22T03:00:00Z')), 0, 'a weekend counts nothing');
  });

  it('finds when a target falls due, across nights and weekends', () => {
    // Friday 16:30 Athens plus two business hours: Monday 10:30 Athens.
    assert.equal(addBusinessMs(weekdays, 'Europe/Athens', new Date('2026-11-20T14:30:00Z'), 2 * hour)?.toISOString(), '2026-11-23T08:30:00.000Z');
    assert.equal(addBusinessMs({ days: [], start: '09:00', end: '17:00' }, 'UTC', new Date(), hour), null, 'no open day, no due time');
  });

  it('keeps to the wall clock over a DST change', () => {
    // Europe/Belgrade leaves summer time on Sunday 2026-10-25; Monday 09:00 is then 08:00 UTC.
    assert.equal(addBusinessMs(weekdays, 'Europe/Belgrade', new Date('2026-10-23T14:00:00Z'), 2 * hour)?.toISOString(), '2026-10-26T09:00:00.000Z');
  });

  it('says whether an instant is inside business hours', () => {
    assert.equal(withinBusinessHours(weekdays, 'Asia/Bangkok', new Date('2026-11-23T03:00:00Z')), true, 'Monday 10:00 in Bangkok');
    assert.equal(withinBusinessHours(weekdays, 'Asia/Bangkok', new Date('2026-11-23T12:00:00Z')), false, 'Monday 19:00 in Bangkok');
    assert.equal(withinBusinessHours(null, 'UTC', new Date()), true);
  });
});
