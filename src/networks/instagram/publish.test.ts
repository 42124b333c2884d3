import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaItem } from '../adapter.ts';
import type { RecordedRequest } from '../testing/fake-network.ts';
import { businessUseCaseUsage, carriedToken, fakeNetworkFor, graphError, minutesFromNow, subAccountSession, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createInstagramAdapter } from './index.ts';

const IG = '17841400000000001';

function photo(n: number, altText?: string): MediaItem {
  return { kind: 'image', mimeType: 'image/jpeg', read: async () => new Uint8Array([1]), publicUrl: `https://cdn.canopy.example/${n}.jpg`, ...(altText ? { altText } : {}) };
}

const reel: MediaItem = { kind: 'video', mimeType: 'video/mp4', read: async () => new Uint8Array([1]), publicUrl: 'https://cdn.canopy.example/reel.mp4' };

describe('Instagram publisher', () => {
  const { fake, subject: publisher } = fakeNetworkFor((url) => createInstagramAdapter({ instagram: url }, { containerDelaysMs: [0, 5, 5] }).publisher!);
  let containers: RecordedRequest[];

  /** Meta answering a healthy account: quota left, containers created and FINISHED, published. */
  function healthyInstagram(opts: { quotaUsage?: number } = {}) {
    containers = [];
    fake.on(`GET /v24.0/${IG}/content_publishing_limit`, { body: { data: [{ quota_usage: opts.quotaUsage ?? 3, config: { quota_total: 100, quota_duration: 86400 } }] } });
    fake.on(`POST /v24.0/${IG}/media`, (req) => {
      containers.push(req);
      return { body: { id: `c-${containers.length}` } };
    });
    for (const n of [1, 2, 3]) fake.on(`GET /v24.0/c-${n}`, { body: { status_code: 'FINISHED', id: `c-${n}` } });
    fake.on(`POST /v24.0/${IG}/media_publish`, { body: { id: 'm-900' } });
    fake.on('GET /v24.0/m-900', { body: { permalink: 'https://www.instagram.com/p/CANOPY1/', id: 'm-900' } });
  }

  it('publishes a photo: quota first, then the container with caption and alt text, then media_publish', async () => {
    healthyInstagram();
    const res = await publisher.publish(subAccountSession(IG), { text: `${WORLD_TEXT.greek} #canopy`, media: [photo(1, 'Ψωμί στον φούρνο')], marker: 'cnp-1' });
    assert.deepEqual(res, { kind: 'ok', value: { remoteId: 'm-900', url: 'https://www.instagram.com/p/CANOPY1/' } });
    const [container] = containers;
    assert.equal(container?.form?.get('image_url'), 'https://cdn.canopy.example/1.jpg');
    assert.equal(container?.form?.get('caption'), `${WORLD_TEXT.greek} #canopy`);
    assert.equal(container?.form?.get('alt_text'), 'Ψωμί στον φούρνο');
    assert.ok(carriedToken(container, 'page-token'), 'acts with the linked Page token');
    assert.equal(fake.sent(`POST /v24.0/${IG}/media_publish`).at(-1)?.form?.get('creation_id'), 'c-1');
    const order = fake.requests.slice(-5).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(order, [`GET /v24.0/${IG}/content_publishing_limit`, `POST /v24.0/${IG}/media`, 'GET /v24.0/c-1', `POST /v24.0/${IG}/media_publish`, 'GET /v24.0/m-900']);
  });

  it('publishes a Reel once Meta has processed it, with the link at the end of the caption', async () => {
    healthyInstagram();
    let looks = 0;
    fake.on('GET /v24.0/c-1', () => ({ body: { status_code: ++looks < 2 ? 'IN_PROGRESS' : 'FINISHED', id: 'c-1' } }));
    const res = await publisher.publish(subAccountSession(IG), { text: WORLD_TEXT.thai, link: 'https://canopy.example/shop', media: [reel], marker: 'cnp-2' });
    assert.equal(res.kind, 'ok');
    assert.equal(looks, 2);
    const [container] = containers;
    assert.equal(container?.form?.get('media_type'), 'REELS');
    assert.equal(container?.form?.get('video_url'), 'https://cdn.canopy.example/reel.mp4');
    assert.equal(container?.form?.get('caption'), `${WORLD_TEXT.thai}\n\nhttps://canopy.example/shop`);
  });

  it('publishes a carousel: child containers, then a CAROUSEL container listing them', async () => {
    healthyInstagram();
    const res = await publisher.publish(subAccountSession(IG), { text: WORLD_TEXT.serbian, media: [photo(1, 'прва'), photo(2)], marker: 'cnp-3' });
    assert.equal(res.kind, 'ok');
    assert.deepEqual(
      containers.map((c) => [c.form?.get('is_carousel_item'), c.form?.get('media_type'), c.form?.get('children'), c.form?.get('caption')]),
      [
        ['true', null, null, null],
        ['true', null, null, null],
        [null, 'CAROUSEL', 'c-1,c-2', WORLD_TEXT.serbian],
      ],
    );
    assert.equal(containers[0]?.form?.get('alt_text'), 'прва');
    assert.equal(fake.sent(`POST /v24.0/${IG}/media_publish`).at(-1)?.form?.get('creation_id'), 'c-3');
  });

  it('refuses media without a public URL, and text alone, before calling Instagram', async () => {
    const before = fake.requests.length;
    const local: MediaItem = { kind: 'image', mimeType: 'image/jpeg', read: async () => new Uint8Array([1]) };
    const noUrl = await publisher.publish(subAccountSession(IG), { text: 'x', media: [local], marker: 'm' });
    assert.equal(noUrl.kind === 'rejected' && noUrl.code, 'media_public_url');
    assert.match(noUrl.kind === 'rejected' ? noUrl.reason : '', /public URL/);
    const textOnly = await publisher.publish(subAccountSession(IG), { text: 'x', media: [], marker: 'm' });
    assert.equal(textOnly.kind === 'rejected' && textOnly.code, 'media_required');
    assert.equal(fake.requests.length, before);
  });

  it('says rate_limited without creating a container when the publishing quota is used', async () => {
    healthyInstagram({ quotaUsage: 100 });
    const res = await publisher.publish(subAccountSession(IG), { text: 'x', media: [photo(1)], marker: 'm' });
    assert.equal(res.kind, 'rate_limited');
    assert.match(res.kind === 'rate_limited' ? res.reason : '', /100 of 100/);
    assert.equal(containers.length, 0, 'no container was created');
  });

  it('maps Instagram\'s own publishing-limit error (9/2207042) to rate_limited', async () => {
    healthyInstagram();
    fake.on(`POST /v24.0/${IG}/media_publish`, graphError(9, 'Application request limit reached', { subcode: 2207042, userMessage: 'You reached the maximum number of posts' }));
    const res = await publisher.publish(subAccountSession(IG), { text: 'x', media: [photo(1)], marker: 'm' });
    assert.equal(res.kind, 'rate_limited');
  });

  it('maps code 4 with the business use case header to rate_limited for the time Meta gives', async () => {
    healthyInstagram();
    fake.on(`POST /v24.0/${IG}/media`, graphError(4, 'Application request limit reached', { headers: businessUseCaseUsage(IG, 100, 20, 'instagram') }));
    const res = await publisher.publish(subAccountSession(IG), { text: 'x', media: [photo(1)], marker: 'm' });
    assert.ok(res.kind === 'rate_limited' && Math.abs(minutesFromNow(res.retryAt) - 20) < 1, JSON.stringify(res));
  });

  it('does not call again once the usage header said the budget is spent', async () => {
    healthyInstagram();
    const session = subAccountSession(IG);
    fake.on(`GET /v24.0/${IG}/content_publishing_limit`, { headers: businessUseCaseUsage(IG, 100, 15, 'instagram'), body: { data: [{ quota_usage: 1, config: { quota_total: 100 } }] } });
    const first = await publisher.publish(session, { text: 'x', media: [photo(1)], marker: 'm' });
    assert.equal(first.kind, 'rate_limited');
    const sentBefore = fake.requests.length;
    assert.equal((await publisher.publish(session, { text: 'y', media: [photo(1)], marker: 'm' })).kind, 'rate_limited');
    assert.equal(fake.requests.length, sentBefore, 'nothing reached the server');
  });

  it('maps an expired token to unauthorized and a bad parameter to rejected with Meta\'s message', async () => {
    healthyInstagram();
    fake.on(`GET /v24.0/${IG}/content_publishing_limit`, graphError(190, 'Error validating access token: Session has expired', { subcode: 463 }));
    assert.equal((await publisher.publish(subAccountSession(IG), { text: 'x', media: [photo(1)], marker: 'm' })).kind, 'unauthorized');
    healthyInstagram();
    fake.on(`POST /v24.0/${IG}/media`, graphError(100, 'Invalid parameter', { subcode: 2207009, userMessage: 'The aspect ratio is not supported.' }));
    const res = await publisher.publish(subAccountSession(IG), { text: 'x', media: [photo(1)], marker: 'm' });
    assert.deepEqual(res, { kind: 'rejected', reason: 'The aspect ratio is not supported. (#100/2207009)', code: 'media_refused' });
  });

  it('rejects media Meta failed to process', async () => {
    healthyInstagram();
    fake.on('GET /v24.0/c-1', { body: { status_code: 'ERROR', status: 'Error: Media download has failed.', id: 'c-1' } });
    const res = await publisher.publish(subAccountSession(IG), { text: 'x', media: [photo(1)], marker: 'm' });
    assert.equal(res.kind === 'rejected' && res.code, 'media_processing');
  });

  it('answers unknown when media_publish took effect but answered too late, then finds the post', async () => {
    healthyInstagram();
    const published: Array<{ id: string; caption: string; timestamp: string; permalink: string }> = [];
    const text = `${WORLD_TEXT.emoji} ${WORLD_TEXT.thai}`;
    fake.on(`POST /v24.0/${IG}/media_publish`, () => {
      published.push({ id: 'm-901', caption: text, timestamp: new Date().toISOString(), permalink: 'https://www.instagram.com/p/CANOPY2/' });
      return { delayMs: 1_500, body: { id: 'm-901' } };
    });
    fake.on(`GET /v24.0/${IG}/media`, () => ({ body: { data: published } }));
    const session = subAccountSession(IG);
    const res = await publisher.publish(session, { text, media: [photo(1)], marker: 'cnp-late' });
    assert.equal(res.kind, 'unknown');
    const found = await publisher.find(session, { marker: 'cnp-late', text, after: new Date(Date.now() - 60_000), before: new Date(Date.now() + 60_000) });
    assert.deepEqual(found, { kind: 'ok', value: { remoteId: 'm-901', url: 'https://www.instagram.com/p/CANOPY2/' } });
    assert.equal(fake.sent(`GET /v24.0/${IG}/media`).at(-1)?.query.get('fields'), 'id,caption,permalink,timestamp');
  });

  it('adds a first comment and deletes a post', async () => {
    fake.on('POST /v24.0/m-900/comments', { body: { id: 'cm-1' } });
    assert.deepEqual(await publisher.comment!(subAccountSession(IG), { onRemoteId: 'm-900', text: WORLD_TEXT.greek }), { kind: 'ok', value: { remoteId: 'cm-1', url: null } });
    assert.equal(fake.sent('POST /v24.0/m-900/comments').at(-1)?.form?.get('message'), WORLD_TEXT.greek);
    fake.on('DELETE /v24.0/m-900', { body: { success: true } });
    assert.deepEqual(await publisher.delete(subAccountSession(IG), 'm-900'), { kind: 'ok', value: undefined });
  });
});
