import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationText, relativeTime } from './time.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('inbox times', () => {
  it('say how long ago in the largest unit that fits', () => {
    assert.equal(relativeTime(ago(10), now, 'en'), 'now');
    assert.equal(relativeTime(ago(5 * 60), now, 'en'), '5 min. ago');
    assert.equal(relativeTime(ago(3 * 3600), now, 'en'), '3 hr. ago');
    assert.equal(relativeTime(ago(26 * 3600), now, 'en'), 'yesterday');
    assert.equal(relativeTime(ago(15 * 86_400), now, 'en'), '2 wk. ago');
    assert.match(relativeTime(ago(5 * 60), now, 'el'), /λεπ/);
  });

  it('say a duration in its two largest units, with the language’s plurals', () => {
    assert.equal(durationText(0, 'en'), '0 seconds');
    assert.equal(durationText(42, 'en'), '42 seconds');
    assert.equal(durationText(3900, 'en'), '1 hour, 5 minutes');
    assert.equal(durationText(7200, 'en'), '2 hours');
    assert.equal(durationText(90_061, 'en'), '1 day, 1 hour');
    assert.match(durationText(3900, 'sr-Cyrl'), /сат/);
  });
});
