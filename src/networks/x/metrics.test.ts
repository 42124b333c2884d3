import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, MetricsSource } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ME, tweetJson } from './fixtures.ts';
import { createXAdapter } from './index.ts';

describe('X metrics', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  let metrics: MetricsSource;
  const window = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-21T00:00:00Z') };

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    metrics = createXAdapter({ x: fake.url }).metrics!;
    session = testSession({ account: { remoteId: ME.id, handle: ME.username } });
  });
  afterEach(() => fake.stop());

  it('reads the follower count', async () => {
    fake.on('GET /2/users/me', { body: { data: { ...ME, public_metrics: { followers_count: 987, following_count: 12, tweet_count: 345 } } } });
    assert.deepEqual(okValue(await metrics.profile(session, window)), { followers: 987, impressions: null, engagements: null, clicks: null, videoViews: null });
    assert.equal(fake.sent('GET /2/users/me')[0]?.query.get('user.fields'), 'public_metrics');
  });

  it('reads public metrics of posts, skipping deleted ones', async () => {
    fake.on('GET /2/tweets', {
      body: {
        data: [tweetJson({ id: '1', text: 'x', public_metrics: { retweet_count: 2, reply_count: 3, like_count: 10, quote_count: 1, bookmark_count: 4, impression_count: 1500 } })],
        errors: [{ value: '2', detail: 'Could not find tweet with ids: [2].', title: 'Not Found Error', resource_type: 'tweet', parameter: 'ids', resource_id: '2', type: 'https://api.twitter.com/2/problems/resource-not-found' }],
      },
    });
    assert.deepEqual(okValue(await metrics.posts(session, { remoteIds: ['1', '2'] })), [
      { remoteId: '1', followers: null, impressions: 1500, engagements: 20, clicks: null, videoViews: null, likes: 10, comments: 3, shares: 3 },
    ]);
    const query = fake.sent('GET /2/tweets')[0]?.query;
    assert.equal(query?.get('ids'), '1,2');
    assert.equal(query?.get('tweet.fields'), 'public_metrics');
  });

  it('passes a rate limit on with X’s reset time', async () => {
    fake.on('GET /2/tweets', { status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1795352400' }, body: { title: 'Too Many Requests', status: 429 } });
    assert.equal(failureOf(await metrics.posts(session, { remoteIds: ['1'] }), 'rate_limited').retryAt.getTime(), 1795352400 * 1000);
  });
});
