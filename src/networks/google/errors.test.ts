import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpResponse } from '../http.ts';
import { googleFailure, nextPacificMidnight } from './errors.ts';

const response = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: new Headers(headers),
  text: JSON.stringify(body),
  json: body,
});

describe('Google errors', () => {
  it('finds the next midnight in Pacific Time, across daylight saving changes', () => {
    // 21 Nov 2026, 15:00 UTC is 07:00 PST (UTC-8): next midnight is 22 Nov 08:00 UTC.
    assert.equal(nextPacificMidnight(new Date('2026-11-21T15:00:00Z')).toISOString(), '2026-11-22T08:00:00.000Z');
    // 1 Jul 2026, 06:30 UTC is 23:30 PDT on 30 Jun (UTC-7): midnight is 1 Jul 07:00 UTC.
    assert.equal(nextPacificMidnight(new Date('2026-07-01T06:30:00Z')).toISOString(), '2026-07-01T07:00:00.000Z');
    // Saturday 7 Mar 2026 in PST; the next midnight (8 Mar) is still PST, at 08:00 UTC.
    assert.equal(nextPacificMidnight(new Date('2026-03-07T20:00:00Z')).toISOString(), '2026-03-08T08:00:00.000Z');
    // Sunday 1 Nov 2026 (PDT ends at 02:00): the next midnight, 2 Nov, is in PST.
    assert.equal(nextPacificMidnight(new Date('2026-11-01T12:00:00Z')).toISOString(), '2026-11-02T08:00:00.000Z');
  });

  it('reads reasons from errors[] and from ErrorInfo details', () => {
    const now = new Date('2026-11-21T15:00:00Z');
    const quota = googleFailure(response(403, { error: { code: 403, message: 'quota', errors: [{ reason: 'quotaExceeded' }] } }), { write: false, now });
    assert.deepEqual(quota, { kind: 'rate_limited', retryAt: new Date('2026-11-22T08:00:00Z'), reason: 'quotaExceeded: quota' });
    const exhausted = googleFailure(
      response(429, { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded for quota metric', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED' }] } }, { 'retry-after': '30' }),
      { write: true, now },
    );
    assert.ok(exhausted.kind === 'rate_limited' && exhausted.retryAt.toISOString() === '2026-11-21T15:00:30.000Z');
    const invalid = googleFailure(response(400, { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' } }), { write: true, now });
    assert.deepEqual(invalid, { kind: 'rejected', reason: 'Request contains an invalid argument.', code: 'INVALID_ARGUMENT' });
    assert.equal(googleFailure(response(401, { error: { code: 401, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' } }), { write: false, now }).kind, 'unauthorized');
    assert.equal(googleFailure(response(502, 'Bad Gateway'), { write: true, now }).kind, 'unknown');
    const perDay = googleFailure(
      response(429, { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per day'" } }),
      { write: true, now },
    );
    assert.ok(perDay.kind === 'rate_limited' && perDay.retryAt.toISOString() === '2026-11-22T08:00:00.000Z');
    const scope = googleFailure(
      response(403, { error: { code: 403, status: 'PERMISSION_DENIED', message: 'Request had insufficient authentication scopes.', details: [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] } }),
      { write: false, now },
    );
    assert.equal(scope.kind, 'unauthorized');
    assert.equal(googleFailure(response(503, { error: { code: 503, status: 'UNAVAILABLE', message: 'The service is currently unavailable.' } }), { write: false, now }).kind, 'transient');
  });
});
