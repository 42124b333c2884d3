import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { testSession } from '../testing/session.ts';
import { CHANNEL_ID, FakeYouTube, youtubeError } from './fake-youtube.ts';
import { createYouTubeAdapter } from './index.ts';

describe('YouTube metrics', () => {
  let yt: FakeYouTube;
  let metrics: NonNullable<ReturnType<typeof createYouTubeAdapter>['metrics']>;
  const session = () => testSession({ account: { remoteId: CHANNEL_ID } });
  const period = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-21T00:00:00Z') };
  before(async () => {
    yt = await new FakeYouTube().start();
    metrics = createYouTubeAdapter({ youtube: yt.url }).metrics!;
  });
  after(() => yt.stop());
  beforeEach(() => yt.reset());

  it('reads the channel’s subscribers and views', async () => {
    const out = await metrics.profile(session(), period);
    assert.deepEqual(out, { kind: 'ok', value: { followers: 678, impressions: null, engagements: null, clicks: null, videoViews: 12345 } });
    const sent = yt.sent('GET /youtube/v3/channels')[0]!;
    assert.equal(sent.query.get('id'), CHANNEL_ID);
    assert.equal(sent.query.get('part'), 'statistics');
  });

  it('leaves a hidden subscriber count unknown', async () => {
    yt.on('GET /youtube/v3/channels', { body: { items: [{ id: CHANNEL_ID, statistics: { viewCount: '5', subscriberCount: '0', hiddenSubscriberCount: true } }] } });
    const out = await metrics.profile(session(), period);
    assert.ok(out.kind === 'ok' && out.value.followers === null && out.value.videoViews === 5);
  });

  it('reads each video’s views, likes and comments, fifty ids a call', async () => {
    const videos = Array.from({ length: 51 }, (_, i) => yt.addVideo({ title: `Βίντεο ${i}`, description: '' }));
    const out = await metrics.posts(session(), { remoteIds: videos.map((v) => v.id) });
    assert.ok(out.kind === 'ok');
    assert.equal(out.value.length, 51);
    assert.deepEqual(out.value[0], {
      remoteId: videos[0]!.id,
      followers: null,
      impressions: null,
      engagements: 42,
      clicks: null,
      videoViews: 1000,
      likes: 40,
      comments: 2,
      shares: null,
    });
    const calls = yt.sent('GET /youtube/v3/videos');
    assert.deepEqual(calls.map((c) => c.query.get('id')!.split(',').length), [50, 1]);
    assert.equal(calls[0]!.query.get('part'), 'statistics');
  });

  it('an expired token is unauthorized', async () => {
    yt.on('GET /youtube/v3/videos', youtubeError(401, 'authError', 'Invalid Credentials'));
    assert.equal((await metrics.posts(session(), { remoteIds: ['vid1'] })).kind, 'unauthorized');
  });
});
