import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { PublishRequest } from '../adapter.ts';
import { testSession } from '../testing/session.ts';
import { CHANNEL_ID, FakeYouTube, videoItem, youtubeError } from './fake-youtube.ts';
import { createYouTubeAdapter } from './index.ts';

const text = 'Καλημέρα κόσμε! Здраво свете! สวัสดีชาวโลก 🌍🎬\nΔεύτερη γραμμή';
const request = (over: Partial<PublishRequest> = {}): PublishRequest => ({
  text,
  media: [videoItem()],
  marker: 'cnp-7f3a',
  options: { privacy: 'unlisted' },
  ...over,
});

describe('YouTube publisher', () => {
  let yt: FakeYouTube;
  let publisher: NonNullable<ReturnType<typeof createYouTubeAdapter>['publisher']>;
  before(async () => {
    yt = await new FakeYouTube().start();
    publisher = createYouTubeAdapter({ youtube: yt.url })!.publisher!;
  });
  after(() => yt.stop());
  beforeEach(() => yt.reset());

  it('uploads the video through a resumable session with the title, description, privacy and marker', async () => {
    const session = testSession({ account: { remoteId: CHANNEL_ID } });
    const out = await publisher.publish(session, request());
    assert.ok(out.kind === 'ok', JSON.stringify(out));
    assert.equal(out.value.url, `https://www.youtube.com/watch?v=${out.value.remoteId}`);

    const [start] = yt.sent('POST /upload/youtube/v3/videos');
    assert.ok(start);
    assert.equal(start.headers.authorization, 'Bearer test-access-token');
    assert.equal(start.query.get('uploadType'), 'resumable');
    assert.equal(start.query.get('part'), 'snippet,status');
    assert.equal(start.headers['x-upload-content-length'], '8');
    assert.equal(start.headers['x-upload-content-type'], 'video/mp4');
    assert.deepEqual(start.json, {
      snippet: { title: 'Καλημέρα κόσμε! Здраво свете! สวัสดีชาวโลก 🌍🎬', description: text, tags: ['cnp-7f3a'], categoryId: '22' },
      status: { privacyStatus: 'unlisted', selfDeclaredMadeForKids: false },
    });
    const [upload] = yt.sent('PUT /upload/youtube/v3/videos');
    assert.ok(upload);
    assert.equal(upload.headers['content-range'], 'bytes 0-7/8');
    assert.equal(upload.headers['content-type'], 'video/mp4');
    assert.equal(upload.headers.authorization, 'Bearer test-access-token');
  });

  it('sends a large video in 256 KiB-multiple chunks, resuming from what YouTube says arrived', async () => {
    const big = new Uint8Array(8 * 1024 * 1024 + 1000);
    const out = await publisher.publish(testSession(), request({ media: [videoItem(big)], options: { title: 'Μεγάλο βίντεο' } }));
    assert.ok(out.kind === 'ok', JSON.stringify(out));
    const ranges = yt.sent('PUT /upload/youtube/v3/videos').map((r) => r.headers['content-range']);
    assert.deepEqual(ranges, [`bytes 0-${8 * 1024 * 1024 - 1}/${big.length}`, `bytes ${8 * 1024 * 1024}-${big.length - 1}/${big.length}`]);
  });

  it('refuses what YouTube would refuse, before uploading', async () => {
    const thai = 'ภาษาไทย'.repeat(250); // 1,750 characters, 5,250 bytes
    const cases: Array<[Partial<PublishRequest>, string]> = [
      [{ media: [] }, 'media_required'],
      [{ media: [{ kind: 'image', mimeType: 'image/png', read: async () => new Uint8Array(1) }] }, 'media_required'],
      [{ text: thai }, 'text_too_long'],
      [{ options: { title: 'Ω'.repeat(101) } }, 'title_too_long'],
      [{ text: 'a <b> tag' }, 'invalid_characters'],
      [{ options: { privacy: 'friends' } }, 'invalid_privacy'],
    ];
    for (const [over, code] of cases) {
      const out = await publisher.publish(testSession(), request(over));
      assert.ok(out.kind === 'rejected' && out.code === code, `${code}: ${JSON.stringify(out)}`);
    }
    assert.equal(yt.requests.length, 0);
  });

  it('passes on YouTube’s own validation message', async () => {
    yt.on('POST /upload/youtube/v3/videos', youtubeError(400, 'invalidTitle', 'The request metadata specifies an invalid video title.'));
    const out = await publisher.publish(testSession(), request());
    assert.ok(out.kind === 'rejected', JSON.stringify(out));
    assert.equal(out.code, 'invalidTitle');
    assert.match(out.reason, /invalid video title/);
  });

  it('an expired token is unauthorized', async () => {
    yt.on('POST /upload/youtube/v3/videos', youtubeError(401, 'authError', 'Invalid Credentials'));
    const out = await publisher.publish(testSession(), request());
    assert.equal(out.kind, 'unauthorized');
  });

  it('a spent daily quota waits until midnight Pacific Time', async () => {
    yt.on('POST /upload/youtube/v3/videos', youtubeError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.'));
    const out = await publisher.publish(testSession(), request());
    assert.ok(out.kind === 'rate_limited', JSON.stringify(out));
    const ahead = out.retryAt.getTime() - Date.now();
    assert.ok(ahead > 0 && ahead <= 25 * 3600_000);
    const pacific = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(out.retryAt);
    assert.equal(pacific, '00:00');
  });

  it('a rate limit answer waits, and the next call does not reach YouTube', async () => {
    yt.on('POST /upload/youtube/v3/videos', { ...youtubeError(429, 'rateLimitExceeded', 'Too many requests'), headers: { 'retry-after': '120' } });
    const session = testSession();
    const first = await publisher.publish(session, request());
    assert.ok(first.kind === 'rate_limited');
    assert.ok(first.retryAt.getTime() > Date.now() + 100_000);
    const sent = yt.requests.length;
    const second = await publisher.publish(session, request());
    assert.equal(second.kind, 'rate_limited');
    assert.equal(yt.requests.length, sent, 'no request reached YouTube');
  });

  it('a lost answer to the last chunk is unknown, and find() then finds the video by its marker', async () => {
    const session = testSession({ timeoutMs: 200 });
    const startedAt = new Date(Date.now() - 1000);
    yt.uploadDelayMs = 600;
    const out = await publisher.publish(session, request());
    assert.ok(out.kind === 'unknown', JSON.stringify(out));
    assert.equal(yt.videos.length, 1, 'YouTube took the video');

    const found = await publisher.find(testSession(), { marker: 'cnp-7f3a', text, after: startedAt, before: new Date(Date.now() + 1000) });
    assert.ok(found.kind === 'ok' && found.value, JSON.stringify(found));
    assert.equal(found.value.remoteId, yt.videos[0]!.id);
  });

  it('a timeout before the last byte is safe to retry: transient', async () => {
    yt.on('POST /upload/youtube/v3/videos', { status: 200, delayMs: 600 });
    const out = await publisher.publish(testSession({ timeoutMs: 200 }), request());
    assert.equal(out.kind, 'transient');
  });

  it('find() falls back to the text within the time window, and says null when nothing matches', async () => {
    const now = Date.now();
    yt.addVideo({ title: 'old', description: text, publishedAt: new Date(now - 86_400_000) });
    const recent = yt.addVideo({ title: 'new', description: text, publishedAt: new Date(now - 5_000) });
    const window = { after: new Date(now - 60_000), before: new Date(now + 60_000) };
    const byText = await publisher.find(testSession(), { marker: 'cnp-none', text, ...window });
    assert.ok(byText.kind === 'ok' && byText.value?.remoteId === recent.id);
    const none = await publisher.find(testSession(), { marker: 'cnp-none', text: 'Κάτι άλλο', ...window });
    assert.deepEqual(none, { kind: 'ok', value: null });
  });

  it('posts a first comment under the video', async () => {
    yt.on('POST /youtube/v3/commentThreads', { body: { kind: 'youtube#commentThread', id: 'Ugthread1', snippet: { videoId: 'vid9' } } });
    const out = await publisher.comment!(testSession(), { onRemoteId: 'vid9', text: 'Πρώτο σχόλιο — Први коментар — ความคิดเห็นแรก 💬' });
    assert.ok(out.kind === 'ok');
    assert.deepEqual(out.value, { remoteId: 'Ugthread1', url: 'https://www.youtube.com/watch?v=vid9&lc=Ugthread1' });
    const sent = yt.sent('POST /youtube/v3/commentThreads')[0]!;
    assert.equal(sent.query.get('part'), 'snippet');
    assert.deepEqual(sent.json, { snippet: { videoId: 'vid9', topLevelComment: { snippet: { textOriginal: 'Πρώτο σχόλιο — Први коментар — ความคิดเห็นแรก 💬' } } } });
  });

  it('deletes a video, and a video already gone counts as deleted', async () => {
    yt.on('DELETE /youtube/v3/videos', { status: 204 });
    assert.equal((await publisher.delete(testSession(), 'vid9')).kind, 'ok');
    assert.equal(yt.sent('DELETE /youtube/v3/videos')[0]!.query.get('id'), 'vid9');
    yt.on('DELETE /youtube/v3/videos', youtubeError(404, 'videoNotFound', 'The video that you are trying to delete cannot be found.'));
    assert.equal((await publisher.delete(testSession(), 'vid9')).kind, 'ok');
    yt.on('DELETE /youtube/v3/videos', youtubeError(403, 'forbidden', 'The video that you are trying to delete cannot be deleted.'));
    const forbidden = await publisher.delete(testSession(), 'vid9');
    assert.ok(forbidden.kind === 'rejected' && forbidden.code === 'forbidden');
  });
});
