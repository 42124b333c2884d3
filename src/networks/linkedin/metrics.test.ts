import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { MetricsSource } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ERRORS, MEMBER, PAGE } from './fixtures.ts';
import { createLinkedInAdapter } from './index.ts';

const stats = (s: Record<string, number>) => ({ clickCount: 0, commentCount: 0, engagement: 0, impressionCount: 0, likeCount: 0, shareCount: 0, uniqueImpressionsCount: 0, ...s });
const window = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-21T00:00:00Z') };

describe('LinkedIn metrics', () => {
  let fake: FakeNetwork;
  let metrics: MetricsSource;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    metrics = createLinkedInAdapter({ linkedin: fake.url }).metrics!;
  });
  afterEach(() => fake.stop());

  it('reads a page’s followers and its share statistics over the window', async () => {
    fake.on(`GET /rest/networkSizes/${encodeURIComponent(PAGE)}`, { body: { firstDegreeSize: 12034 } });
    fake.on('GET /rest/organizationalEntityShareStatistics', {
      body: { elements: [{ organizationalEntity: PAGE, timeRange: {}, totalShareStatistics: stats({ impressionCount: 900, clickCount: 40, likeCount: 30, commentCount: 5, shareCount: 2 }) }, { totalShareStatistics: stats({ impressionCount: 100, clickCount: 10 }) }] },
    });
    const page = testSession({ account: { remoteId: PAGE } });
    assert.deepEqual(okValue(await metrics.profile(page, window)), { followers: 12034, impressions: 1000, engagements: 87, clicks: 50, videoViews: null });
    assert.equal(fake.sent(`GET /rest/networkSizes/${encodeURIComponent(PAGE)}`)[0]?.query.get('edgeType'), 'COMPANY_FOLLOWED_BY_MEMBER');
    const query = fake.sent('GET /rest/organizationalEntityShareStatistics')[0]?.query;
    assert.equal(query?.get('timeIntervals'), `(timeRange:(start:${window.since.getTime()},end:${window.until.getTime()}),timeGranularityType:DAY)`);
  });

  it('reads per-post statistics for shares and ugcPosts in one call', async () => {
    fake.on('GET /rest/organizationalEntityShareStatistics', {
      body: { elements: [{ share: 'urn:li:share:1', totalShareStatistics: stats({ impressionCount: 500, likeCount: 20, commentCount: 3, shareCount: 1, clickCount: 6 }) }, { ugcPost: 'urn:li:ugcPost:2', totalShareStatistics: stats({ impressionCount: 50 }) }] },
    });
    const page = testSession({ account: { remoteId: PAGE } });
    const read = okValue(await metrics.posts(page, { remoteIds: ['urn:li:share:1', 'urn:li:ugcPost:2'] }));
    assert.deepEqual(read[0], { remoteId: 'urn:li:share:1', followers: null, impressions: 500, engagements: 30, clicks: 6, videoViews: null, likes: 20, comments: 3, shares: 1 });
    assert.equal(read[1]?.impressions, 50);
    const raw = fake.sent('GET /rest/organizationalEntityShareStatistics')[0];
    assert.equal(raw?.query.get('shares'), 'List(urn:li:share:1)');
    assert.equal(raw?.query.get('ugcPosts'), 'List(urn:li:ugcPost:2)');
  });

  it('reads a member’s post analytics one metric at a time', async () => {
    const counts: Record<string, number> = { IMPRESSION: 1200, REACTION: 40, COMMENT: 7, RESHARE: 3 };
    fake.on('GET /rest/memberCreatorPostAnalytics', (req) => ({ body: { elements: [{ count: counts[req.query.get('queryType') ?? ''] ?? 0, metricType: { 'com.linkedin.adsexternalapi.memberanalytics.v1.CreatorPostAnalyticsMetricTypeV1': req.query.get('queryType') } }] } }));
    fake.on('GET /rest/memberFollowersCount', { status: 403, body: ERRORS.denied });
    const member = testSession({ account: { remoteId: MEMBER } });

    assert.deepEqual(okValue(await metrics.posts(member, { remoteIds: ['urn:li:share:9'] })), [
      { remoteId: 'urn:li:share:9', followers: null, impressions: 1200, engagements: 50, clicks: null, videoViews: null, likes: 40, comments: 7, shares: 3 },
    ]);
    const first = fake.sent('GET /rest/memberCreatorPostAnalytics')[0]?.query;
    assert.deepEqual([first?.get('q'), first?.get('entity'), first?.get('aggregation')], ['entity', '(share:urn:li:share:9)', 'TOTAL']);

    assert.deepEqual(okValue(await metrics.profile(member, window)), { followers: null, impressions: 1200, engagements: 50, clicks: null, videoViews: null });
    assert.equal(fake.sent('GET /rest/memberCreatorPostAnalytics')[4]?.query.get('dateRange'), '(start:(day:1,month:11,year:2026),end:(day:21,month:11,year:2026))');
  });

  it('passes the daily throttle on as rate_limited', async () => {
    fake.on(`GET /rest/networkSizes/${encodeURIComponent(PAGE)}`, { status: 429, body: ERRORS.throttled });
    failureOf(await metrics.profile(testSession({ account: { remoteId: PAGE } }), window), 'rate_limited');
  });
});
