import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XRPCError } from '@atproto/api';
import { outcomeOfError } from './errors.ts';
import { imageSize } from './image-size.ts';
import { solidPng } from './testing/png.ts';

const now = new Date('2026-11-21T12:00:00Z');
const write = { write: true, now };
const read = { write: false, now };

/** What the XRPC client throws when fetch itself failed, as NetworkHttp.asFetch makes it fail. */
function noAnswer(kind: 'timeout' | 'network'): XRPCError {
  const cause = Object.assign(new TypeError('no answer'), { canopyFailure: { kind, reason: kind === 'timeout' ? 'The network did not answer in time' : 'socket hang up' } });
  return XRPCError.from(cause);
}

describe('Bluesky errors as outcomes', () => {
  it('treats a write without an answer as unknown, and a read without one as transient', () => {
    assert.deepEqual(outcomeOfError(noAnswer('timeout'), write), { kind: 'unknown', reason: 'The network did not answer in time' });
    assert.deepEqual(outcomeOfError(noAnswer('timeout'), read), { kind: 'transient', reason: 'The network did not answer in time' });
    assert.equal(outcomeOfError(noAnswer('network'), read).kind, 'transient');
    assert.equal(outcomeOfError(new XRPCError(2, undefined, 'bad shape'), write).kind, 'unknown', 'an unreadable answer to a write may hide a post');
  });

  it('reads the reset time from ratelimit-reset or Retry-After', () => {
    const reset = String(Math.floor(now.getTime() / 1000) + 300);
    const byReset = outcomeOfError(new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'ratelimit-reset': reset }), write);
    assert.deepEqual(byReset, { kind: 'rate_limited', retryAt: new Date('2026-11-21T12:05:00Z'), reason: 'RateLimitExceeded: Rate Limit Exceeded' });
    const byRetryAfter = outcomeOfError(new XRPCError(429, undefined, undefined, { 'retry-after': '30' }), read);
    assert.deepEqual(byRetryAfter.kind === 'rate_limited' && byRetryAfter.retryAt, new Date('2026-11-21T12:00:30Z'));
  });

  it('maps session errors to unauthorized and the rest by status', () => {
    assert.deepEqual(outcomeOfError(new XRPCError(400, 'ExpiredToken', 'Token has expired'), write), { kind: 'unauthorized', reason: 'ExpiredToken: Token has expired' });
    assert.equal(outcomeOfError(new XRPCError(400, 'InvalidToken', 'Token could not be verified'), read).kind, 'unauthorized');
    assert.equal(outcomeOfError(new XRPCError(401, 'AuthenticationRequired', 'Authentication Required'), read).kind, 'unauthorized');
    assert.deepEqual(outcomeOfError(new XRPCError(400, 'InvalidRequest', 'Invalid app.bsky.feed.post record: grapheme too big'), write), {
      kind: 'rejected',
      reason: 'InvalidRequest: Invalid app.bsky.feed.post record: grapheme too big',
      code: 'InvalidRequest',
    });
    assert.equal(outcomeOfError(new XRPCError(500, 'InternalServerError', 'oops'), write).kind, 'unknown');
    assert.equal(outcomeOfError(new XRPCError(500, 'InternalServerError', 'oops'), read).kind, 'transient');
    assert.equal(outcomeOfError(new XRPCError(503, 'NotEnoughResources', 'busy'), write).kind, 'transient');
  });

  it('rethrows what is not a network error: a bug must not pass for an outcome', () => {
    assert.throws(() => outcomeOfError(new RangeError('a bug'), write), RangeError);
  });
});

describe('image sizes for aspect ratios', () => {
  it('reads PNG, GIF, JPEG and WebP headers, and nothing else', () => {
    assert.deepEqual(imageSize(solidPng(640, 360, [1, 2, 3])), { width: 640, height: 360 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x02]);
    assert.deepEqual(imageSize(gif), { width: 800, height: 600 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 1080 and width 1920.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x04, 0x38, 0x07, 0x80, 0x03, 0, 0, 0, 0]);
    assert.deepEqual(imageSize(jpeg), { width: 1920, height: 1080 });
    const webp = new Uint8Array(30);
    webp.set(Buffer.from('RIFF\0\0\0\0WEBPVP8X', 'latin1'));
    webp.set([0x7f, 0x02, 0x00, 0x67, 0x01, 0x00], 24); // 640 x 360, stored minus one
    assert.deepEqual(imageSize(webp), { width: 640, height: 360 });
    assert.equal(imageSize(new Uint8Array([1, 2, 3, 4])), null);
  });
});
