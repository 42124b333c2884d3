import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpResponse } from '../http.ts';
import { appSecretProof, failureOfGraph, graphErrorOf, retryAtOf } from './graph-api.ts';
import { findPublished, withLink } from './post-text.ts';

const now = new Date('2026-11-21T12:00:00Z');

function response(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, headers: new Headers(headers), text, json: typeof body === 'string' ? undefined : body };
}

const graph = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: `Error ${code}`, type: 'OAuthException', code, fbtrace_id: 'x', ...extra } });

describe('Graph API errors', () => {
  it('reads Meta\'s error body, with codes sent as strings too', () => {
    assert.deepEqual(graphErrorOf(graph(100, { error_subcode: 33, error_user_msg: 'Bad', is_transient: false })), {
      message: 'Error 100',
      type: 'OAuthException',
      code: 100,
      error_subcode: 33,
      error_user_msg: 'Bad',
      is_transient: false,
      fbtrace_id: 'x',
    });
    assert.equal(graphErrorOf({ error: { message: 'pair rate limit', code: '131056' } })?.code, 131056);
    assert.equal(graphErrorOf({ data: [] }), null);
  });

  it('maps each kind of code to its outcome', () => {
    const kind = (code: number, extra: Record<string, unknown> = {}, write = true) => failureOfGraph(response(400, graph(code, extra)), { write, now }).kind;
    for (const code of [4, 17, 32, 613, 341, 80001, 80002, 80006, 80014]) assert.equal(kind(code), 'rate_limited', `code ${code}`);
    for (const subcode of [458, 460, 463, 467]) assert.equal(kind(190, { error_subcode: subcode }), 'unauthorized');
    assert.equal(kind(102), 'unauthorized');
    for (const code of [10, 200, 230, 299]) assert.equal(kind(code), 'rejected', `code ${code}`);
    assert.equal(kind(100), 'rejected');
    assert.equal(kind(368), 'rejected');
    assert.equal(kind(506), 'rejected');
    assert.equal(kind(1), 'transient');
    assert.equal(kind(2), 'transient');
    assert.equal(kind(9999, { is_transient: true }), 'transient');
  });

  it('keeps unauthorized reasons recognisable as a revoked grant', () => {
    const res = failureOfGraph(response(401, graph(190, { error_subcode: 463, message: 'Session has expired' })), { write: false, now });
    assert.deepEqual(res, { kind: 'unauthorized', reason: 'invalid_grant: Session has expired (#190/463)' });
  });

  it('falls back on the HTTP status when the body is not Meta\'s', () => {
    assert.equal(failureOfGraph(response(502, '<html>Bad gateway</html>'), { write: true, now }).kind, 'unknown');
    assert.equal(failureOfGraph(response(503, 'down'), { write: true, now }).kind, 'transient');
    assert.equal(failureOfGraph(response(429, 'slow down', { 'retry-after': '120' }), { write: false, now }).kind, 'rate_limited');
  });

  it('lets a network classify its own codes first', () => {
    const res = failureOfGraph(response(400, graph(131047)), { write: true, now, classify: (e) => (e.code === 131047 ? { kind: 'rejected', reason: 'window closed' } : null) });
    assert.deepEqual(res, { kind: 'rejected', reason: 'window closed' });
  });

  it('computes when throttled calls may resume', () => {
    const buc = { 'x-business-use-case-usage': JSON.stringify({ '1': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 12 }] }) };
    assert.equal(retryAtOf(response(400, graph(80001), buc), now).toISOString(), '2026-11-21T12:12:00.000Z');
    assert.equal(retryAtOf(response(429, graph(4), { 'retry-after': '90' }), now).toISOString(), '2026-11-21T12:01:30.000Z');
    assert.equal(retryAtOf(response(400, graph(17)), now).toISOString(), '2026-11-21T13:00:00.000Z');
  });

  it('signs tokens with the app secret as Meta documents', () => {
    // HMAC-SHA256("token", key "secret"), as `openssl dgst -sha256 -hmac secret` gives it.
    assert.equal(appSecretProof('token', 'secret'), 'e941110e3d2bfe82621f0e3e1434730d7305d106c5f68c87165d0b27a4611a4a');
  });
});

describe('post text', () => {
  it('puts a link at the end unless the text carries it', () => {
    assert.equal(withLink('Καλημέρα', 'https://canopy.example'), 'Καλημέρα\n\nhttps://canopy.example');
    assert.equal(withLink('See https://canopy.example', 'https://canopy.example'), 'See https://canopy.example');
    assert.equal(withLink('', 'https://canopy.example'), 'https://canopy.example');
    assert.equal(withLink('text', undefined), 'text');
  });

  it('recognises our post after the network trimmed it or we added a link, and not a longer one', () => {
    const posts = [{ t: 'Здраво свете and more' }, { t: '  Здраво свете\r\n\r\nhttps://canopy.example/x ' }];
    assert.equal(findPublished(posts, (p) => p.t, { marker: 'm-1', text: 'Здраво свете' }), posts[1]);
    assert.equal(findPublished([{ t: 'สวัสดี' }], (p) => p.t, { marker: 'm-1', text: 'Hello' }), undefined);
    assert.equal(findPublished([{ t: 'edited m-1' }], (p) => p.t, { marker: 'm-1', text: 'original' })?.t, 'edited m-1');
  });
});
