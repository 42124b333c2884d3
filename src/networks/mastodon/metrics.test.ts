import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ACCOUNT_ID, accountJson, statusJson } from './fixtures.ts';
import { createMastodonAdapter } from './index.ts';

describe('Mastodon metrics', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  const metrics = createMastodonAdapter({}).metrics!;
  const window = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-21T00:00:00Z') };

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    session = testSession({ account: { remoteId: ACCOUNT_ID, serviceUrl: fake.url } });
  });
  afterEach(() => fake.stop());

  it('reads followers, and leaves what Mastodon does not count as null', async () => {
    fake.on('GET /api/v1/accounts/verify_credentials', { body: accountJson({ followers_count: 4321 }) });
    assert.deepEqual(okValue(await metrics.profile(session, window)), { followers: 4321, impressions: null, engagements: null, clicks: null, videoViews: null });
  });

  it('reads favourites, boosts and replies of several posts in one call', async () => {
    fake.on('GET /api/v1/statuses', { body: [statusJson({ id: '1', favourites_count: 10, reblogs_count: 3, replies_count: 2 }), statusJson({ id: '2', favourites_count: 1 })] });
    const read = okValue(await metrics.posts(session, { remoteIds: ['1', '2'] }));
    assert.deepEqual(read[0], { remoteId: '1', followers: null, impressions: null, clicks: null, videoViews: null, likes: 10, comments: 2, shares: 3, engagements: 15 });
    assert.equal(read[1]?.likes, 1);
    assert.deepEqual(fake.sent('GET /api/v1/statuses')[0]?.query.getAll('id[]'), ['1', '2']);
  });

  it('falls back to one call per post on instances older than 4.3, skipping deleted posts', async () => {
    fake.on('GET /api/v1/statuses', { status: 404, body: { error: 'Record not found' } });
    fake.on('GET /api/v1/statuses/1', { body: statusJson({ id: '1', favourites_count: 7 }) });
    fake.on('GET /api/v1/statuses/2', { status: 404, body: { error: 'Record not found' } });
    const read = okValue(await metrics.posts(session, { remoteIds: ['1', '2'] }));
    assert.deepEqual(read.map((m) => [m.remoteId, m.likes]), [['1', 7]]);
  });

  it('passes a rate limit on', async () => {
    fake.on('GET /api/v1/accounts/verify_credentials', { status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-11-22T00:10:00.000Z' }, body: { error: 'Too many requests' } });
    assert.equal(failureOf(await metrics.profile(session, window), 'rate_limited').retryAt.toISOString(), '2026-11-22T00:10:00.000Z');
  });
});
