import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zonedDateTime } from './zoned-time.ts';

describe('a post time in a zone', () => {
  it('reads the same instant as the wall time of each zone', () => {
    const at = '2026-11-20T07:30:00.000Z';
    assert.match(zonedDateTime(at, 'Europe/Athens', 'en'), /November 20, 2026.*9:30/);
    assert.match(zonedDateTime(at, 'America/New_York', 'en'), /November 20, 2026.*2:30/);
    assert.match(zonedDateTime(at, 'Asia/Tokyo', 'en'), /16:30|4:30/);
  });

  it('writes Serbian in Cyrillic and falls back to English for an unknown language', () => {
    assert.match(zonedDateTime('2026-11-20T07:30:00.000Z', 'UTC', 'sr'), /новембар/);
    assert.match(zonedDateTime('2026-11-20T07:30:00.000Z', 'UTC', 'xx'), /November/);
  });
});
