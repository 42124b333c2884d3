import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaItem } from '../adapter.ts';
import type { RecordedRequest } from '../testing/fake-network.ts';
import { fakeNetworkFor, graphError, minutesFromNow, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createThreadsAdapter } from './index.ts';
import { carriedThreadsToken, threadsSession, USER } from './testing.ts';

const image: MediaItem = { kind: 'image', mimeType: 'image/png', read: async () => new Uint8Array([1]), publicUrl: 'https://cdn.canopy.example/t.png', altText: 'Φύλλα στον ήλιο' };
const video: MediaItem = { kind: 'video', mimeType: 'video/mp4', read: async () => new Uint8Array([1]), publicUrl: 'https://cdn.canopy.example/t.mp4' };

describe('Threads publisher', () => {
  const { fake, subject: publisher } = fakeNetworkFor((url) => createThreadsAdapter({ threads: url }, { containerDelaysMs: [0, 5, 5] }).publisher!);
  let containers: RecordedRequest[];

  function healthyThreads(opts: { used?: number; repliesUsed?: number } = {}) {
    containers = [];
    fake.on(`GET /v1.0/${USER}/threads_publishing_limit`, {
      body: { data: [{ quota_usage: opts.used ?? 4, config: { quota_total: 250, quota_duration: 86400 }, reply_quota_usage: opts.repliesUsed ?? 1, reply_config: { quota_total: 1000, quota_duration: 86400 } }] },
    });
    fake.on(`POST /v1.0/${USER}/threads`, (req) => {
      containers.push(req);
      return { body: { id: `tc-${containers.length}` } };
    });
    for (const n of [1, 2, 3]) fake.on(`GET /v1.0/tc-${n}`, { body: { status: 'FINISHED', id: `tc-${n}` } });
    fake.on(`POST /v1.0/${USER}/threads_publish`, { body: { id: 'tp-500' } });
    fake.on('GET /v1.0/tp-500', { body: { permalink: 'https://www.threads.com/@canopy_test/post/ABC', id: 'tp-500' } });
  }

  it('publishes a text post with a link attachment: quota, TEXT container, publish', async () => {
    healthyThreads();
    const res = await publisher.publish(threadsSession(), { text: WORLD_TEXT.greek, link: 'https://canopy.example/news', media: [], marker: 'cnp-1' });
    assert.deepEqual(res, { kind: 'ok', value: { remoteId: 'tp-500', url: 'https://www.threads.com/@canopy_test/post/ABC' } });
    const [container] = containers;
    assert.equal(container?.form?.get('media_type'), 'TEXT');
    assert.equal(container?.form?.get('text'), WORLD_TEXT.greek);
    assert.equal(container?.form?.get('link_attachment'), 'https://canopy.example/news');
    assert.ok(carriedThreadsToken(container));
    assert.equal(fake.sent(`GET /v1.0/${USER}/threads_publishing_limit`).at(-1)?.query.get('fields'), 'quota_usage,config');
    assert.equal(fake.sent(`POST /v1.0/${USER}/threads_publish`).at(-1)?.form?.get('creation_id'), 'tc-1');
  });

  it('publishes a thread part as a reply, counted against the replies quota', async () => {
    healthyThreads();
    const res = await publisher.publish(threadsSession(), { text: WORLD_TEXT.serbian, media: [], marker: 'cnp-2', replyTo: { remoteId: 'tp-100', rootId: 'tp-100' } });
    assert.equal(res.kind, 'ok');
    assert.equal(containers[0]?.form?.get('reply_to_id'), 'tp-100');
    assert.equal(fake.sent(`GET /v1.0/${USER}/threads_publishing_limit`).at(-1)?.query.get('fields'), 'reply_quota_usage,reply_config');
  });

  it('publishes an image with alt text, and a carousel that waits for its video', async () => {
    healthyThreads();
    assert.equal((await publisher.publish(threadsSession(), { text: WORLD_TEXT.thai, media: [image], marker: 'cnp-3' })).kind, 'ok');
    assert.deepEqual([containers[0]?.form?.get('media_type'), containers[0]?.form?.get('image_url'), containers[0]?.form?.get('alt_text')], ['IMAGE', image.publicUrl, image.altText]);

    healthyThreads();
    let looks = 0;
    fake.on('GET /v1.0/tc-2', () => ({ body: { status: ++looks < 2 ? 'IN_PROGRESS' : 'FINISHED', id: 'tc-2' } }));
    const res = await publisher.publish(threadsSession(), { text: WORLD_TEXT.emoji, link: 'https://canopy.example', media: [image, video], marker: 'cnp-4' });
    assert.equal(res.kind, 'ok');
    assert.equal(looks, 2, 'the video child was waited for');
    assert.deepEqual(
      containers.map((c) => [c.form?.get('media_type'), c.form?.get('is_carousel_item'), c.form?.get('children')]),
      [
        ['IMAGE', 'true', null],
        ['VIDEO', 'true', null],
        ['CAROUSEL', null, 'tc-1,tc-2'],
      ],
    );
    assert.equal(containers[2]?.form?.get('text'), `${WORLD_TEXT.emoji}\n\nhttps://canopy.example`, 'the link goes in the text of a media post');
  });

  it('refuses text over 500 by Threads\' count before any call', async () => {
    const before = fake.requests.length;
    const res = await publisher.publish(threadsSession(), { text: '🌿'.repeat(126), media: [], marker: 'm' });
    assert.equal(res.kind === 'rejected' && res.code, 'text_too_long');
    assert.match(res.kind === 'rejected' ? res.reason : '', /counts 504/);
    assert.equal(fake.requests.length, before);
  });

  it('says rate_limited without creating a container when the quota is used', async () => {
    healthyThreads({ used: 250 });
    const res = await publisher.publish(threadsSession(), { text: 'x', media: [], marker: 'm' });
    assert.equal(res.kind, 'rate_limited');
    assert.equal(containers.length, 0);
  });

  it('maps throttling codes to rate_limited, and stops calling once the usage header says the budget is spent', async () => {
    healthyThreads();
    fake.on(`POST /v1.0/${USER}/threads`, graphError(17, 'User request limit reached'));
    const throttled = await publisher.publish(threadsSession(), { text: 'x', media: [], marker: 'm' });
    assert.ok(throttled.kind === 'rate_limited' && Math.abs(minutesFromNow(throttled.retryAt) - 60) < 1);

    healthyThreads();
    const session = threadsSession();
    fake.on(`GET /v1.0/${USER}/threads_publishing_limit`, { headers: { 'x-app-usage': JSON.stringify({ call_count: 100, total_time: 20, total_cputime: 20 }) }, body: { data: [{ quota_usage: 1, config: { quota_total: 250 } }] } });
    assert.equal((await publisher.publish(session, { text: 'x', media: [], marker: 'm' })).kind, 'rate_limited');
    const before = fake.requests.length;
    assert.equal((await publisher.publish(session, { text: 'y', media: [], marker: 'm' })).kind, 'rate_limited');
    assert.equal(fake.requests.length, before, 'nothing reached the server');
  });

  it('maps an expired token to unauthorized and an invalid parameter to rejected', async () => {
    healthyThreads();
    fake.on(`GET /v1.0/${USER}/threads_publishing_limit`, graphError(190, 'Error validating access token: Session has expired', { subcode: 463 }));
    assert.equal((await publisher.publish(threadsSession(), { text: 'x', media: [], marker: 'm' })).kind, 'unauthorized');
    healthyThreads();
    fake.on(`POST /v1.0/${USER}/threads`, graphError(100, 'Param text must be at most 500 characters long.'));
    assert.deepEqual(await publisher.publish(threadsSession(), { text: 'x', media: [], marker: 'm' }), {
      kind: 'rejected',
      reason: 'Param text must be at most 500 characters long. (#100)',
      code: 'invalid_parameter',
    });
  });

  it('answers unknown when threads_publish took effect but answered too late, then finds the post', async () => {
    healthyThreads();
    const text = `${WORLD_TEXT.thai} ${WORLD_TEXT.emoji}`;
    const posted: Array<{ id: string; text: string; timestamp: string }> = [];
    fake.on(`POST /v1.0/${USER}/threads_publish`, () => {
      posted.push({ id: 'tp-777', text, timestamp: new Date().toISOString() });
      return { delayMs: 1_500, body: { id: 'tp-777' } };
    });
    fake.on(`GET /v1.0/${USER}/threads`, () => ({ body: { data: posted } }));
    const res = await publisher.publish(threadsSession(), { text, media: [], marker: 'cnp-late' });
    assert.equal(res.kind, 'unknown');
    const found = await publisher.find(threadsSession(), { marker: 'cnp-late', text, after: new Date(Date.now() - 60_000), before: new Date(Date.now() + 60_000) });
    assert.deepEqual(found, { kind: 'ok', value: { remoteId: 'tp-777', url: null } });
  });

  it('finds a thread part among the profile\'s replies', async () => {
    fake.on(`GET /v1.0/${USER}/threads`, { body: { data: [] } });
    fake.on(`GET /v1.0/${USER}/replies`, { body: { data: [{ id: 'tr-9', text: WORLD_TEXT.serbian, permalink: 'https://www.threads.com/p/9' }] } });
    const found = await publisher.find(threadsSession(), { marker: 'm', text: WORLD_TEXT.serbian, after: new Date(Date.now() - 60_000), before: new Date() });
    assert.deepEqual(found, { kind: 'ok', value: { remoteId: 'tr-9', url: 'https://www.threads.com/p/9' } });
  });

  it('adds a first comment as a reply, and deletes a post', async () => {
    healthyThreads();
    assert.equal((await publisher.comment!(threadsSession(), { onRemoteId: 'tp-500', text: WORLD_TEXT.greek })).kind, 'ok');
    assert.equal(containers[0]?.form?.get('reply_to_id'), 'tp-500');
    fake.on('DELETE /v1.0/tp-500', { body: { success: true } });
    assert.deepEqual(await publisher.delete(threadsSession(), 'tp-500'), { kind: 'ok', value: undefined });
    assert.ok(carriedThreadsToken(fake.sent('DELETE /v1.0/tp-500').at(-1)));
  });
});
