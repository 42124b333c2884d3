import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeNetworkFor, graphError, subAccountSession } from '../meta/graph-fixtures.ts';
import { createInstagramAdapter } from './index.ts';

const IG = '17841400000000001';

describe('Instagram metrics', () => {
  const { fake, subject: metrics } = fakeNetworkFor((url) => createInstagramAdapter({ instagram: url }).metrics!);

  it('reads followers and the account\'s total views, interactions and link taps', async () => {
    fake.on(`GET /v24.0/${IG}`, { body: { id: IG, followers_count: 8800 } });
    fake.on(`GET /v24.0/${IG}/insights`, {
      body: {
        data: [
          { name: 'views', period: 'day', total_value: { value: 12000 } },
          { name: 'total_interactions', period: 'day', total_value: { value: 640 } },
          { name: 'profile_links_taps', period: 'day', total_value: { value: 31 } },
        ],
      },
    });
    const res = await metrics.profile(subAccountSession(IG), { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-21T00:00:00Z') });
    assert.deepEqual(res, { kind: 'ok', value: { followers: 8800, impressions: 12000, engagements: 640, clicks: 31, videoViews: null } });
    const sent = fake.sent(`GET /v24.0/${IG}/insights`).at(-1);
    assert.equal(sent?.query.get('metric_type'), 'total_value');
    assert.equal(sent?.query.get('period'), 'day');
  });

  it('reads likes, comments and insights of media in one call', async () => {
    fake.on('GET /v24.0/', {
      body: {
        'm-1': { id: 'm-1', media_type: 'REELS', like_count: 90, comments_count: 4, insights: { data: [{ name: 'views', values: [{ value: 3000 }] }, { name: 'shares', values: [{ value: 12 }] }, { name: 'total_interactions', values: [{ value: 110 }] }] } },
      },
    });
    const res = await metrics.posts(subAccountSession(IG), { remoteIds: ['m-1', 'm-gone'] });
    assert.deepEqual(res, {
      kind: 'ok',
      value: [{ remoteId: 'm-1', followers: null, impressions: 3000, engagements: 110, clicks: null, videoViews: 3000, likes: 90, comments: 4, shares: 12 }],
    });
  });

  it('maps a token that lost its permission to rejected', async () => {
    fake.on(`GET /v24.0/${IG}`, graphError(200, 'Requires instagram_manage_insights permission'));
    assert.equal((await metrics.profile(subAccountSession(IG), { since: new Date(), until: new Date() })).kind, 'rejected');
  });
});
