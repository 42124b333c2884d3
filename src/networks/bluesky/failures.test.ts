import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdapterSession, Publisher } from '../adapter.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { startLocalBluesky, type LocalBluesky } from './testing/local-network.ts';
import { startPdsProxy, type PdsProxy, type ProxyAction } from './testing/pds-proxy.ts';
import { connectedSession, localAdapter } from './testing/sessions.ts';

const CREATE = 'com.atproto.repo.createRecord';

describe('Bluesky failures: timeouts, rate limits, expired sessions, server errors', () => {
  let network: LocalBluesky;
  let publisher: Publisher;
  let proxy: PdsProxy;
  /** What the proxy does with the next createRecord; everything else passes through. */
  let onCreate: ProxyAction = { kind: 'forward' };

  /** A session whose calls go through the proxy, with a client timeout of timeoutMs. */
  async function proxied(timeoutMs = 5_000): Promise<AdapterSession> {
    return connectedSession(network, 'alice', { timeoutMs, serviceUrl: proxy.url });
  }

  before(async () => {
    network = await startLocalBluesky({ appView: false });
    publisher = localAdapter(network).publisher!;
    proxy = await startPdsProxy(network.pdsUrl, (nsid) => (nsid === CREATE ? onCreate : { kind: 'forward' }));
  });
  after(async () => {
    await proxy?.close();
    await network?.close();
  });

  it('answers unknown when the post lands but the answer does not come in time, and find() then finds it', async () => {
    const alice = await proxied(800);
    onCreate = { kind: 'delay', ms: 1_500 };
    const window = { after: new Date(Date.now() - 1_000), before: new Date(Date.now() + 60_000) };
    const text = 'Published, though nobody heard back 🌳';
    const outcome = await publisher.publish(alice, { text, media: [], marker: 'marker-timeout-1' });
    assert.equal(failureOf(outcome, 'unknown').kind, 'unknown');
    assert.equal(proxy.forwarded.filter((m) => m === CREATE).length, 1, 'the request reached the PDS');

    onCreate = { kind: 'forward' };
    await proxy.settled(); // the PDS has finished the write the client gave up on
    const direct = await connectedSession(network, 'alice');
    // The job's reconciliation: find by marker and window before deciding to publish again.
    const found = okValue(await publisher.find(direct, { marker: 'marker-timeout-1', text, ...window }));
    assert.ok(found, 'the post that landed is found');
    const agent = await network.agentFor('alice');
    const record = await agent.com.atproto.repo.getRecord({ repo: network.accounts.alice!.did, collection: 'app.bsky.feed.post', rkey: found.remoteId.split('/').pop()! });
    assert.equal((record.data.value as { text: string }).text, text);

    assert.equal(okValue(await publisher.find(direct, { marker: 'marker-never-published', text, ...window })), null, 'another marker is another publish');
  });

  it('finds a post written elsewhere by its exact text within the window, and not outside it', async () => {
    const agent = await network.agentFor('alice');
    const text = 'Written in the Bluesky app, not by Canopy';
    await agent.post({ text, createdAt: new Date().toISOString() });
    const alice = await connectedSession(network, 'alice');
    const now = Date.now();
    const inWindow = okValue(await publisher.find(alice, { marker: 'no-such-marker', text, after: new Date(now - 60_000), before: new Date(now + 60_000) }));
    assert.ok(inWindow);
    const longAgo = okValue(await publisher.find(alice, { marker: 'no-such-marker', text, after: new Date(now - 7_200_000), before: new Date(now - 3_600_000) }));
    assert.equal(longAgo, null);
  });

  it('answers rate_limited with Bluesky’s reset time, and then waits without calling', async () => {
    const alice = await proxied();
    const reset = Math.floor(Date.now() / 1000) + 900;
    onCreate = {
      kind: 'answer',
      status: 429,
      headers: { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(reset), 'ratelimit-policy': '5000;w=3600' },
      body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    };
    const first = failureOf(await publisher.publish(alice, { text: 'Too many', media: [], marker: 'marker-429' }), 'rate_limited');
    assert.equal(first.retryAt.getTime(), reset * 1000);
    assert.match(first.reason, /RateLimitExceeded/);

    onCreate = { kind: 'forward' };
    const forwardedBefore = proxy.forwarded.length;
    const second = failureOf(await publisher.publish(alice, { text: 'Still too many', media: [], marker: 'marker-429b' }), 'rate_limited');
    assert.ok(second.retryAt.getTime() >= reset * 1000 - 1_000);
    assert.ok(!proxy.forwarded.slice(forwardedBefore).includes(CREATE), 'the spent write budget kept the call home');
  });

  it('answers unauthorized for an expired access token', async () => {
    const alice = await proxied();
    onCreate = { kind: 'answer', status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
    const outcome = failureOf(await publisher.publish(alice, { text: 'Expired', media: [], marker: 'marker-expired' }), 'unauthorized');
    assert.equal(outcome.reason, 'ExpiredToken: Token has expired');
  });

  it('answers unknown for a gateway error on a write, transient for an overloaded server, rejected for a bad request', async () => {
    const alice = await proxied();
    onCreate = { kind: 'answer', status: 502, body: { error: 'UpstreamFailure', message: 'Upstream service unreachable' } };
    failureOf(await publisher.publish(alice, { text: 'Gateway', media: [], marker: 'marker-502' }), 'unknown');
    onCreate = { kind: 'answer', status: 503, body: { error: 'NotEnoughResources', message: 'Try again later' } };
    failureOf(await publisher.publish(alice, { text: 'Busy', media: [], marker: 'marker-503' }), 'transient');
    onCreate = { kind: 'answer', status: 400, body: { error: 'BlobTooLarge', message: 'This file is too large' } };
    const bad = failureOf(await publisher.publish(alice, { text: 'Large', media: [], marker: 'marker-400' }), 'rejected');
    assert.equal(bad.code, 'BlobTooLarge');
    assert.equal(bad.reason, 'BlobTooLarge: This file is too large');
  });

  it('answers transient when a read times out, since nothing was changed', async () => {
    const alice = await proxied(300);
    const slow = await startPdsProxy(network.pdsUrl, () => ({ kind: 'delay', ms: 1_000 }));
    try {
      const outcome = await publisher.find({ ...alice, account: { ...alice.account, serviceUrl: slow.url } }, { marker: 'x', text: 'x', after: new Date(), before: new Date() });
      failureOf(outcome, 'transient');
    } finally {
      await slow.close();
    }
  });
});
