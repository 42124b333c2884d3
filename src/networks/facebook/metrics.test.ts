import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carriedToken, fakeNetworkFor, graphError, subAccountSession } from '../meta/graph-fixtures.ts';
import { createFacebookAdapter } from './index.ts';

const PAGE = '1010';

describe('Facebook metrics', () => {
  const { fake, subject: metrics } = fakeNetworkFor((url) => createFacebookAdapter({ facebook: url }).metrics!);

  it('reads the Page\'s followers and sums its daily views, engagements and video views', async () => {
    fake.on(`GET /v24.0/${PAGE}`, { body: { id: PAGE, followers_count: 1520 } });
    fake.on(`GET /v24.0/${PAGE}/insights`, {
      body: {
        data: [
          { name: 'page_media_view', period: 'day', values: [{ value: 100, end_time: '2026-11-20T08:00:00+0000' }, { value: 250, end_time: '2026-11-21T08:00:00+0000' }] },
          { name: 'page_post_engagements', period: 'day', values: [{ value: 12 }, { value: 30 }] },
          { name: 'page_video_views', period: 'day', values: [{ value: 4 }, { value: 0 }] },
        ],
      },
    });
    const since = new Date('2026-11-20T00:00:00Z');
    const until = new Date('2026-11-22T00:00:00Z');
    const res = await metrics.profile(subAccountSession(PAGE), { since, until });
    assert.deepEqual(res, { kind: 'ok', value: { followers: 1520, impressions: 350, engagements: 42, clicks: null, videoViews: 4 } });
    const sent = fake.sent(`GET /v24.0/${PAGE}/insights`).at(-1);
    assert.equal(sent?.query.get('metric'), 'page_media_view,page_post_engagements,page_video_views');
    assert.equal(sent?.query.get('since'), String(since.getTime() / 1000));
    assert.equal(sent?.query.get('until'), String(until.getTime() / 1000));
    assert.ok(carriedToken(sent, 'page-token'));
  });

  it('reads reactions, comments, shares and post insights for many posts in one call', async () => {
    fake.on('GET /v24.0/', {
      body: {
        [`${PAGE}_1`]: {
          id: `${PAGE}_1`,
          shares: { count: 3 },
          reactions: { data: [], summary: { total_count: 40 } },
          comments: { data: [], summary: { total_count: 7 } },
          insights: { data: [{ name: 'post_media_view', period: 'lifetime', values: [{ value: 900 }] }, { name: 'post_clicks', period: 'lifetime', values: [{ value: 25 }] }] },
        },
        [`${PAGE}_2`]: { id: `${PAGE}_2`, reactions: { data: [], summary: { total_count: 1 } }, comments: { data: [], summary: { total_count: 0 } } },
      },
    });
    const res = await metrics.posts(subAccountSession(PAGE), { remoteIds: [`${PAGE}_1`, `${PAGE}_2`] });
    assert.deepEqual(res, {
      kind: 'ok',
      value: [
        { remoteId: `${PAGE}_1`, followers: null, impressions: 900, engagements: 50, clicks: 25, videoViews: null, likes: 40, comments: 7, shares: 3 },
        { remoteId: `${PAGE}_2`, followers: null, impressions: null, engagements: 1, clicks: null, videoViews: null, likes: 1, comments: 0, shares: 0 },
      ],
    });
    assert.equal(fake.sent('GET /v24.0/').at(-1)?.query.get('ids'), `${PAGE}_1,${PAGE}_2`);
  });

  it('maps a missing permission (10) to rejected', async () => {
    fake.on(`GET /v24.0/${PAGE}`, graphError(10, 'Requires read_insights permission'));
    const res = await metrics.profile(subAccountSession(PAGE), { since: new Date(), until: new Date() });
    assert.deepEqual(res, { kind: 'rejected', reason: 'Requires read_insights permission (#10)', code: 'permission' });
  });
});
