import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { PublishRequest } from '../adapter.ts';
import { testMedia } from '../testing/media.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { BIG_POST_ID, FakeTikTok, tiktokError, tiktokOk } from './fake-tiktok.ts';
import { createTikTokAdapter } from './index.ts';
import { chunkPlan } from './post.ts';

const caption = 'Καλημέρα! Здраво! สวัสดี! 🎵 #canopy';
const video = (over: Parameters<typeof testMedia>[0] = {}) => testMedia({ kind: 'video', bytes: new Uint8Array(8), durationSeconds: 15, ...over });
const request = (over: Partial<PublishRequest> = {}): PublishRequest => ({
  text: caption,
  media: [video()],
  marker: 'cnp-tt1',
  options: { privacyLevel: 'PUBLIC_TO_EVERYONE' },
  ...over,
});

describe('TikTok publisher', () => {
  let tt: FakeTikTok;
  let publisher: NonNullable<ReturnType<typeof createTikTokAdapter>['publisher']>;
  before(async () => {
    tt = await new FakeTikTok().start();
    publisher = createTikTokAdapter({ tiktok: tt.url }, { statusPollIntervalMs: 1, statusPolls: 5 }).publisher!;
  });
  after(() => tt.stop());
  beforeEach(() => tt.reset());

  it('asks for creator info, starts a direct post, uploads the video and waits for TikTok to publish', async () => {
    const published = okValue(await publisher.publish(testSession(), request({ options: { privacyLevel: 'MUTUAL_FOLLOW_FRIENDS', disableComment: 'true', aiGenerated: 'true' } })));
    assert.deepEqual(published, { remoteId: BIG_POST_ID, url: `https://www.tiktok.com/@canopy_test/video/${BIG_POST_ID}` });
    assert.deepEqual(
      tt.requests.map((r) => `${r.method} ${r.path}`),
      ['POST /v2/post/publish/creator_info/query/', 'POST /v2/post/publish/video/init/', 'PUT /upload/video', 'POST /v2/post/publish/status/fetch/', 'POST /v2/post/publish/status/fetch/'],
    );
    const init = tt.sent('POST /v2/post/publish/video/init/')[0]!;
    assert.equal(init.headers.authorization, 'Bearer test-access-token');
    assert.deepEqual(init.json, {
      post_info: {
        privacy_level: 'MUTUAL_FOLLOW_FRIENDS',
        disable_comment: true,
        brand_content_toggle: false,
        brand_organic_toggle: false,
        title: caption,
        disable_duet: false,
        disable_stitch: true,
        is_aigc: true,
      },
      source_info: { source: 'FILE_UPLOAD', video_size: 8, chunk_size: 8, total_chunk_count: 1 },
    });
    const upload = tt.sent('PUT /upload/video')[0]!;
    assert.equal(upload.headers['content-range'], 'bytes 0-7/8');
    assert.equal(upload.headers['content-type'], 'video/mp4');
    assert.deepEqual(tt.sent('POST /v2/post/publish/status/fetch/')[0]!.json, { publish_id: `v_pub_url~v2.${tt.videos[0]!.id}` });
  });

  it('lets TikTok pull a video that has a public URL, and never reads the bytes', async () => {
    const media = video({ publicUrl: 'https://media.canopy.example/clip.mp4' });
    okValue(await publisher.publish(testSession(), request({ media: [media] })));
    assert.deepEqual((tt.sent('POST /v2/post/publish/video/init/')[0]!.json as { source_info: unknown }).source_info, { source: 'PULL_FROM_URL', video_url: 'https://media.canopy.example/clip.mp4' });
    assert.equal(media.reads, 0);
    assert.equal(tt.sent('PUT /upload/video').length, 0);
  });

  it('posts photos from their URLs as a photo post', async () => {
    const photos = [1, 2].map((n) => testMedia({ kind: 'image', mimeType: 'image/jpeg', publicUrl: `https://media.canopy.example/${n}.jpg` }));
    const published = okValue(await publisher.publish(testSession(), request({ media: photos, options: { privacyLevel: 'SELF_ONLY', title: 'Φωτογραφίες · Фотографије', autoAddMusic: 'true' } })));
    assert.equal(published.url, `https://www.tiktok.com/@canopy_test/photo/${BIG_POST_ID}`);
    assert.deepEqual(tt.sent('POST /v2/post/publish/content/init/')[0]!.json, {
      media_type: 'PHOTO',
      post_mode: 'DIRECT_POST',
      post_info: { privacy_level: 'SELF_ONLY', disable_comment: false, brand_content_toggle: false, brand_organic_toggle: false, title: 'Φωτογραφίες · Фотографије', description: caption, auto_add_music: true },
      source_info: { source: 'PULL_FROM_URL', photo_cover_index: 0, photo_images: ['https://media.canopy.example/1.jpg', 'https://media.canopy.example/2.jpg'] },
    });
  });

  it('needs the person’s own choice of audience, among those the creator has', async () => {
    const missing = failureOf(await publisher.publish(testSession(), request({ options: {} })), 'rejected');
    assert.equal(missing.code, 'privacy_level_required');
    assert.match(missing.reason, /PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, SELF_ONLY/);
    const notOffered = failureOf(await publisher.publish(testSession(), request({ options: { privacyLevel: 'FOLLOWER_OF_CREATOR' } })), 'rejected');
    assert.equal(notOffered.code, 'privacy_level_required');
    assert.equal(tt.sent('POST /v2/post/publish/video/init/').length, 0);
  });

  it('refuses media TikTok cannot take', async () => {
    const cases: Array<[Partial<PublishRequest>, string]> = [
      [{ media: [] }, 'media_not_supported'],
      [{ media: [video(), testMedia({ publicUrl: 'https://m.example/a.jpg' })] }, 'media_not_supported'],
      [{ media: [testMedia({ kind: 'image' })] }, 'public_url_required'],
      [{ media: [video({ durationSeconds: 601 })] }, 'video_too_long'],
    ];
    for (const [over, code] of cases) assert.equal(failureOf(await publisher.publish(testSession(), request(over)), 'rejected').code, code);
  });

  it('passes on TikTok’s validation message, and explains an unaudited app', async () => {
    tt.on('POST /v2/post/publish/video/init/', tiktokError(400, 'invalid_params', 'The video title is too long.'));
    const invalid = failureOf(await publisher.publish(testSession(), request()), 'rejected');
    assert.equal(invalid.reason, 'invalid_params: The video title is too long.');
    tt.on('POST /v2/post/publish/video/init/', tiktokError(403, 'unaudited_client_can_only_post_to_private_accounts', ''));
    const unaudited = failureOf(await publisher.publish(testSession(), request()), 'rejected');
    assert.match(unaudited.reason, /audited/);
  });

  it('TikTok’s internal error on a pulled post may have taken effect: unknown', async () => {
    tt.on('POST /v2/post/publish/video/init/', tiktokError(500, 'internal_error', 'Something went wrong. Please try again later.'));
    assert.equal((await publisher.publish(testSession(), request({ media: [video({ publicUrl: 'https://media.canopy.example/clip.mp4' })] }))).kind, 'unknown');
  });

  it('an expired token is unauthorized', async () => {
    tt.on('POST /v2/post/publish/creator_info/query/', tiktokError(401, 'access_token_invalid', 'The access token is invalid or not found in the request.'));
    assert.equal((await publisher.publish(testSession(), request())).kind, 'unauthorized');
  });

  it('a rate limit waits, and the next call does not reach TikTok', async () => {
    tt.on('POST /v2/post/publish/creator_info/query/', tiktokError(429, 'rate_limit_exceeded', 'The API rate limit was exceeded.'));
    const session = testSession();
    const limited = failureOf(await publisher.publish(session, request()), 'rate_limited');
    assert.ok(limited.retryAt.getTime() > Date.now() + 30_000);
    const sent = tt.requests.length;
    assert.equal((await publisher.publish(session, request())).kind, 'rate_limited');
    assert.equal(tt.requests.length, sent, 'no request reached TikTok');
  });

  it('the daily post cap waits a day', async () => {
    tt.on('POST /v2/post/publish/video/init/', tiktokError(403, 'spam_risk_too_many_posts', 'The daily post cap from the API is reached for the current user.'));
    const capped = failureOf(await publisher.publish(testSession(), request()), 'rate_limited');
    assert.ok(capped.retryAt.getTime() > Date.now() + 23 * 3600_000);
  });

  it('a lost answer after TikTok took a pulled video is unknown; find() then finds it by caption', async () => {
    const startedAt = new Date(Date.now() - 2000);
    tt.initDelayMs = 600;
    const out = await publisher.publish(testSession({ timeoutMs: 200 }), request({ media: [video({ publicUrl: 'https://media.canopy.example/clip.mp4' })] }));
    assert.equal(out.kind, 'unknown');
    const found = okValue(await publisher.find(testSession(), { marker: 'cnp-tt1', text: caption, after: startedAt, before: new Date(Date.now() + 2000) }));
    assert.equal(found?.remoteId, tt.videos[0]!.id);
    assert.equal(okValue(await publisher.find(testSession(), { marker: 'x', text: 'Άλλο κείμενο', after: startedAt, before: new Date() })), null);
  });

  it('a lost answer to the last uploaded chunk is unknown; a lost init before any upload is transient', async () => {
    tt.on('PUT /upload/video', { status: 201, delayMs: 600 });
    assert.equal((await publisher.publish(testSession({ timeoutMs: 200 }), request())).kind, 'unknown');
    tt.on('POST /v2/post/publish/video/init/', { ...tiktokOk({ publish_id: 'late' }), delayMs: 600 });
    assert.equal((await publisher.publish(testSession({ timeoutMs: 200 }), request())).kind, 'transient');
  });

  it('a post TikTok fails is rejected with its reason; one still processing is published under its publish_id', async () => {
    tt.on('POST /v2/post/publish/status/fetch/', tiktokOk({ status: 'FAILED', fail_reason: 'duration_check_failed' }));
    const failed = failureOf(await publisher.publish(testSession(), request()), 'rejected');
    assert.equal(failed.code, 'duration_check_failed');
    tt.reset();
    tt.processingPolls = 99;
    const pending = okValue(await publisher.publish(testSession(), request()));
    assert.deepEqual(pending, { remoteId: `v_pub_url~v2.${tt.videos[0]!.id}`, url: null });
  });

  it('sends a video over 64 MB in 10 MB chunks, the last taking the remainder', () => {
    const MB = 1024 * 1024;
    assert.deepEqual(chunkPlan(3 * MB), { chunkSize: 3 * MB, chunks: 1 });
    assert.deepEqual(chunkPlan(64 * MB), { chunkSize: 64 * MB, chunks: 1 });
    assert.deepEqual(chunkPlan(105 * MB), { chunkSize: 10 * MB, chunks: 10 });
  });

  it('cannot delete: TikTok has no API for it', async () => {
    assert.equal(failureOf(await publisher.delete(testSession(), BIG_POST_ID), 'rejected').code, 'not_supported');
  });
});
