import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaItem } from '../adapter.ts';
import { businessUseCaseUsage, carriedToken, fakeNetworkFor, graphError, minutesFromNow, subAccountSession, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createFacebookAdapter } from './index.ts';

const PAGE = '1010';

function image(extra: Partial<MediaItem> = {}): MediaItem {
  return { kind: 'image', mimeType: 'image/jpeg', read: async () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), altText: 'A green canopy of leaves', ...extra };
}

describe('Facebook publisher', () => {
  const { fake, subject: publisher } = fakeNetworkFor((url) => createFacebookAdapter({ facebook: url }).publisher!);

  it('posts text and a link to the Page feed with the Page token', async () => {
    fake.on(`POST /v24.0/${PAGE}/feed`, { body: { id: `${PAGE}_2001` } });
    const res = await publisher.publish(subAccountSession(PAGE), { text: WORLD_TEXT.greek, link: 'https://canopy.example/news', media: [], marker: 'cnp-1' });
    assert.deepEqual(res, { kind: 'ok', value: { remoteId: `${PAGE}_2001`, url: `https://www.facebook.com/${PAGE}_2001` } });
    const sent = fake.sent(`POST /v24.0/${PAGE}/feed`).at(-1);
    assert.ok(carriedToken(sent, 'page-token'), 'acts as the Page, with appsecret_proof');
    assert.equal(sent?.form?.get('message'), WORLD_TEXT.greek);
    assert.equal(sent?.form?.get('link'), 'https://canopy.example/news');
  });

  it('posts one photo by its public URL with its alt text', async () => {
    fake.on(`POST /v24.0/${PAGE}/photos`, { body: { id: '3001', post_id: `${PAGE}_2002` } });
    const res = await publisher.publish(subAccountSession(PAGE), { text: WORLD_TEXT.serbian, media: [image({ publicUrl: 'https://cdn.canopy.example/a.jpg' })], marker: 'cnp-2' });
    assert.equal(res.kind === 'ok' && res.value.remoteId, `${PAGE}_2002`);
    const sent = fake.sent(`POST /v24.0/${PAGE}/photos`).at(-1);
    assert.equal(sent?.form?.get('url'), 'https://cdn.canopy.example/a.jpg');
    assert.equal(sent?.form?.get('caption'), WORLD_TEXT.serbian);
    assert.equal(sent?.form?.get('alt_text_custom'), 'A green canopy of leaves');
  });

  it('uploads the bytes as multipart when a photo has no public URL', async () => {
    fake.on(`POST /v24.0/${PAGE}/photos`, { body: { id: '3002', post_id: `${PAGE}_2003` } });
    const res = await publisher.publish(subAccountSession(PAGE), { text: WORLD_TEXT.thai, media: [image()], marker: 'cnp-3' });
    assert.equal(res.kind, 'ok');
    const sent = fake.sent(`POST /v24.0/${PAGE}/photos`).at(-1);
    assert.match(String(sent?.headers['content-type']), /^multipart\/form-data/);
    assert.match(sent?.body ?? '', /name="source"; filename="photo"/);
    assert.match(sent?.body ?? '', new RegExp(WORLD_TEXT.thai));
  });

  it('posts several photos as one post: unpublished uploads attached to a feed post', async () => {
    let n = 0;
    fake.on(`POST /v24.0/${PAGE}/photos`, () => ({ body: { id: `40${++n}` } }));
    fake.on(`POST /v24.0/${PAGE}/feed`, { body: { id: `${PAGE}_2004` } });
    const media = [image({ publicUrl: 'https://cdn.canopy.example/1.jpg' }), image({ publicUrl: 'https://cdn.canopy.example/2.jpg', altText: 'Δεύτερη φωτογραφία' })];
    const res = await publisher.publish(subAccountSession(PAGE), { text: WORLD_TEXT.emoji, media, marker: 'cnp-4' });
    assert.equal(res.kind === 'ok' && res.value.remoteId, `${PAGE}_2004`);
    const uploads = fake.sent(`POST /v24.0/${PAGE}/photos`).slice(-2);
    assert.deepEqual(uploads.map((u) => u.form?.get('published')), ['false', 'false']);
    assert.equal(uploads[1]?.form?.get('alt_text_custom'), 'Δεύτερη φωτογραφία');
    const post = fake.sent(`POST /v24.0/${PAGE}/feed`).at(-1);
    assert.equal(post?.form?.get('message'), WORLD_TEXT.emoji);
    assert.equal(post?.form?.get('attached_media[0]'), JSON.stringify({ media_fbid: '401' }));
    assert.equal(post?.form?.get('attached_media[1]'), JSON.stringify({ media_fbid: '402' }));
  });

  it('uploads a video by URL with its description', async () => {
    fake.on(`POST /v24.0/${PAGE}/videos`, { body: { id: '5001' } });
    const video: MediaItem = { kind: 'video', mimeType: 'video/mp4', read: async () => new Uint8Array(), publicUrl: 'https://cdn.canopy.example/v.mp4' };
    const res = await publisher.publish(subAccountSession(PAGE), { text: WORLD_TEXT.thai, media: [video], marker: 'cnp-5' });
    assert.deepEqual(res, { kind: 'ok', value: { remoteId: '5001', url: `https://www.facebook.com/${PAGE}/videos/5001` } });
    const sent = fake.sent(`POST /v24.0/${PAGE}/videos`).at(-1);
    assert.equal(sent?.form?.get('file_url'), 'https://cdn.canopy.example/v.mp4');
    assert.equal(sent?.form?.get('description'), WORLD_TEXT.thai);
  });

  it('refuses photos mixed with a video before calling Facebook', async () => {
    const before = fake.requests.length;
    const video: MediaItem = { kind: 'video', mimeType: 'video/mp4', read: async () => new Uint8Array() };
    const res = await publisher.publish(subAccountSession(PAGE), { text: 'mixed', media: [image(), video], marker: 'cnp-6' });
    assert.equal(res.kind, 'rejected');
    assert.equal(fake.requests.length, before);
  });

  it('adds a first comment and deletes a post', async () => {
    fake.on(`POST /v24.0/${PAGE}_2001/comments`, { body: { id: `${PAGE}_2001_77` } });
    const comment = await publisher.comment!(subAccountSession(PAGE), { onRemoteId: `${PAGE}_2001`, text: WORLD_TEXT.serbian });
    assert.deepEqual(comment, { kind: 'ok', value: { remoteId: `${PAGE}_2001_77`, url: null } });
    assert.equal(fake.sent(`POST /v24.0/${PAGE}_2001/comments`).at(-1)?.form?.get('message'), WORLD_TEXT.serbian);

    fake.on(`DELETE /v24.0/${PAGE}_2001`, { body: { success: true } });
    assert.deepEqual(await publisher.delete(subAccountSession(PAGE), `${PAGE}_2001`), { kind: 'ok', value: undefined });
    assert.ok(carriedToken(fake.sent(`DELETE /v24.0/${PAGE}_2001`).at(-1), 'page-token'));
  });

  describe('rate limits', () => {
    it('maps code 4 with a business use case header to rate_limited until Meta says access returns', async () => {
      fake.on(`POST /v24.0/${PAGE}/feed`, graphError(4, 'Application request limit reached', { headers: businessUseCaseUsage(PAGE, 100, 30) }));
      const res = await publisher.publish(subAccountSession(PAGE), { text: 'x', media: [], marker: 'm' });
      assert.equal(res.kind, 'rate_limited');
      assert.ok(res.kind === 'rate_limited' && Math.abs(minutesFromNow(res.retryAt) - 30) < 1, 'retry in about 30 minutes');
    });

    for (const code of [17, 32, 613, 80001]) {
      it(`maps code ${code} without a usage header to rate_limited for an hour`, async () => {
        fake.on(`POST /v24.0/${PAGE}/feed`, graphError(code, 'User request limit reached'));
        const res = await publisher.publish(subAccountSession(PAGE), { text: 'x', media: [], marker: 'm' });
        assert.ok(res.kind === 'rate_limited' && Math.abs(minutesFromNow(res.retryAt) - 60) < 1, JSON.stringify(res));
      });
    }

    it('does not call again once a response said the budget is spent', async () => {
      const session = subAccountSession(PAGE);
      fake.on(`POST /v24.0/${PAGE}/feed`, { headers: businessUseCaseUsage(PAGE, 100, 45), body: { id: `${PAGE}_2010` } });
      assert.equal((await publisher.publish(session, { text: 'first', media: [], marker: 'm1' })).kind, 'ok');
      const before = fake.requests.length;
      const second = await publisher.publish(session, { text: 'second', media: [], marker: 'm2' });
      assert.equal(second.kind, 'rate_limited');
      assert.equal(fake.requests.length, before, 'nothing reached the server');
    });
  });

  it('maps an expired token (190/463) to unauthorized', async () => {
    fake.on(`POST /v24.0/${PAGE}/feed`, graphError(190, 'Error validating access token: Session has expired', { subcode: 463 }));
    const res = await publisher.publish(subAccountSession(PAGE), { text: 'x', media: [], marker: 'm' });
    assert.equal(res.kind, 'unauthorized');
    assert.ok(res.kind === 'unauthorized' && res.reason.startsWith('invalid_grant: Error validating access token'));
  });

  it('maps an invalid parameter (100) to rejected with Meta\'s message', async () => {
    fake.on(`POST /v24.0/${PAGE}/feed`, graphError(100, 'Invalid parameter', { userMessage: 'The link could not be read' }));
    const res = await publisher.publish(subAccountSession(PAGE), { text: 'x', link: 'https://bad.example', media: [], marker: 'm' });
    assert.deepEqual(res, { kind: 'rejected', reason: 'The link could not be read (#100)', code: 'invalid_parameter' });
  });

  it('answers unknown when something other than Facebook answered a post with a page that is not JSON', async () => {
    fake.on(`POST /v24.0/${PAGE}/feed`, { status: 200, body: '<html>Gateway</html>' });
    assert.equal((await publisher.publish(subAccountSession(PAGE), { text: 'x', media: [], marker: 'm' })).kind, 'unknown');
  });

  it('answers unknown when Facebook took the post but the answer came too late, then finds it', async () => {
    const posted: Array<{ id: string; message: string; created_time: string }> = [];
    fake.on(`POST /v24.0/${PAGE}/feed`, (req) => {
      posted.push({ id: `${PAGE}_2099`, message: req.form?.get('message') ?? '', created_time: new Date().toISOString() });
      return { delayMs: 1_500, body: { id: `${PAGE}_2099` } };
    });
    fake.on(`GET /v24.0/${PAGE}/published_posts`, () => ({ body: { data: [{ id: `${PAGE}_1999`, message: 'older', created_time: '2026-01-01T00:00:00+0000' }, ...posted] } }));
    const session = subAccountSession(PAGE);
    const start = new Date(Date.now() - 60_000);
    const text = `${WORLD_TEXT.greek} ${WORLD_TEXT.emoji}`;
    const res = await publisher.publish(session, { text, media: [], marker: 'cnp-timeout' });
    assert.equal(res.kind, 'unknown');
    const found = await publisher.find(session, { marker: 'cnp-timeout', text, after: start, before: new Date(Date.now() + 60_000) });
    assert.deepEqual(found, { kind: 'ok', value: { remoteId: `${PAGE}_2099`, url: `https://www.facebook.com/${PAGE}_2099` } });
    const query = fake.sent(`GET /v24.0/${PAGE}/published_posts`).at(-1)?.query;
    assert.equal(query?.get('since'), String(Math.floor(start.getTime() / 1000)));
  });

  it('finds nothing when no post in the window has the text', async () => {
    fake.on(`GET /v24.0/${PAGE}/published_posts`, { body: { data: [{ id: `${PAGE}_1`, message: 'something else', created_time: '2026-11-21T10:00:00+0000' }] } });
    const res = await publisher.find(subAccountSession(PAGE), { marker: 'cnp-x', text: WORLD_TEXT.thai, after: new Date(Date.now() - 3_600_000), before: new Date() });
    assert.deepEqual(res, { kind: 'ok', value: null });
  });
});
