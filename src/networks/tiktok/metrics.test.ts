import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { BIG_POST_ID, FakeTikTok, tiktokError, tiktokOk } from './fake-tiktok.ts';
import { createTikTokAdapter } from './index.ts';

describe('TikTok metrics', () => {
  let tt: FakeTikTok;
  let metrics: NonNullable<ReturnType<typeof createTikTokAdapter>['metrics']>;
  before(async () => {
    tt = await new FakeTikTok().start();
    metrics = createTikTokAdapter({ tiktok: tt.url }).metrics!;
  });
  after(() => tt.stop());
  beforeEach(() => tt.reset());

  it('reads the account’s followers', async () => {
    tt.on('GET /v2/user/info/', tiktokOk({ user: { follower_count: 4321, likes_count: 99000, video_count: 12 } }));
    assert.deepEqual(okValue(await metrics.profile(testSession(), { since: new Date(0), until: new Date() })), {
      followers: 4321,
      impressions: null,
      engagements: null,
      clicks: null,
      videoViews: null,
    });
    assert.equal(tt.sent('GET /v2/user/info/')[0]!.query.get('fields'), 'follower_count,likes_count,video_count');
  });

  it('reads each video’s figures, first turning a publish_id into its post id', async () => {
    tt.processingPolls = 0;
    tt.on('POST /v2/video/query/', tiktokOk({ videos: [{ id: '7300000000000000001', view_count: 500, like_count: 40, comment_count: 5, share_count: 3 }, { id: BIG_POST_ID, view_count: 10, like_count: 1, comment_count: 0, share_count: 0 }] }));
    const rows = okValue(await metrics.posts(testSession(), { remoteIds: ['7300000000000000001', 'v_pub_url~v2.123'] }));
    assert.deepEqual(rows[0], { remoteId: '7300000000000000001', followers: null, impressions: null, engagements: 48, clicks: null, videoViews: 500, likes: 40, comments: 5, shares: 3 });
    assert.equal(rows[1]!.remoteId, 'v_pub_url~v2.123', 'figures come back under the id Canopy holds');
    const query = tt.sent('POST /v2/video/query/')[0]!;
    assert.deepEqual(query.json, { filters: { video_ids: ['7300000000000000001', BIG_POST_ID] } });
    assert.equal(query.query.get('fields'), 'id,view_count,like_count,comment_count,share_count');
  });

  it('a missing scope is unauthorized', async () => {
    tt.on('GET /v2/user/info/', tiktokError(401, 'scope_not_authorized', 'The user did not authorize the scope required for completing this request.'));
    failureOf(await metrics.profile(testSession(), { since: new Date(0), until: new Date() }), 'unauthorized');
  });
});
