import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, Publisher, PublishRequest } from '../adapter.ts';
import { FakeNetwork, type RecordedRequest } from '../testing/fake-network.ts';
import { testMedia } from '../testing/media.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { LINKEDIN_VERSION } from './api.ts';
import { ERRORS, MEMBER, PAGE, postJson } from './fixtures.ts';
import { createLinkedInAdapter } from './index.ts';

const MULTILINGUAL = 'Καλημέρα (Athens)! Здраво свете! สวัสดี 🌍 #canopy';
const ESCAPED = 'Καλημέρα \\(Athens\\)! Здраво свете! สวัสดี 🌍 #canopy';

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return { text: MULTILINGUAL, media: [], marker: 'cnp-li-1', ...overrides };
}

/** A fake LinkedIn that keeps the posts it was sent and lists them by author. */
function servePosts(fake: FakeNetwork, reply: { delayMs?: number } = {}) {
  const posts: Array<ReturnType<typeof postJson>> = [];
  fake.on('POST /rest/posts', (req: RecordedRequest) => {
    const id = `urn:li:share:${7400000000000000000n + BigInt(posts.length)}`;
    const body = req.json as { author: string; commentary: string };
    posts.unshift(postJson({ id, author: body.author, commentary: body.commentary, createdAt: Date.now(), publishedAt: Date.now() }));
    return { status: 201, headers: { 'x-restli-id': id, 'x-linkedin-id': id }, body: '', ...reply };
  });
  fake.on('GET /rest/posts', (req) => ({ body: { elements: posts.filter((p) => p.author === req.query.get('author')), paging: { start: 0, count: 20, links: [] } } }));
  return posts;
}

describe('LinkedIn publisher', () => {
  let fake: FakeNetwork;
  let page: AdapterSession;
  let publisher: Publisher;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    publisher = createLinkedInAdapter({ linkedin: fake.url }).publisher!;
    page = testSession({ account: { remoteId: PAGE, handle: 'devtestco', displayName: 'Devtestco' } });
  });
  afterEach(() => fake.stop());

  it('creates a post as the page, with little-escaped commentary and the versioned headers', async () => {
    servePosts(fake);
    const posted = okValue(await publisher.publish(page, request()));
    assert.deepEqual(posted, { remoteId: 'urn:li:share:7400000000000000000', url: 'https://www.linkedin.com/feed/update/urn:li:share:7400000000000000000/' });
    const [sent] = fake.sent('POST /rest/posts');
    assert.equal(sent?.headers.authorization, 'Bearer test-access-token');
    assert.equal(sent?.headers['linkedin-version'], LINKEDIN_VERSION);
    assert.equal(sent?.headers['x-restli-protocol-version'], '2.0.0');
    assert.deepEqual(sent?.json, {
      author: PAGE,
      commentary: ESCAPED,
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    });
  });

  it('posts as the member, and shares a link alone as an article', async () => {
    servePosts(fake);
    const member = testSession({ account: { remoteId: MEMBER } });
    okValue(await publisher.publish(member, request({ text: 'Read this', link: 'https://canopy.example/launch', options: { linkTitle: 'Canopy launches' } })));
    const body = fake.sent('POST /rest/posts')[0]?.json as { author: string; content: unknown; commentary: string };
    assert.equal(body.author, MEMBER);
    assert.equal(body.commentary, 'Read this');
    assert.deepEqual(body.content, { article: { source: 'https://canopy.example/launch', title: 'Canopy launches' } });
  });

  it('uploads an image through the Images API and attaches it with its alt text', async () => {
    servePosts(fake);
    fake.on('POST /rest/images', { body: { value: { uploadUrlExpiresAt: 1795348800000, uploadUrl: `${fake.url}/dms-uploads/img-1`, image: 'urn:li:image:C4E10AQFoyyAjHPMQuQ' } } });
    fake.on('PUT /dms-uploads/img-1', { status: 201 });
    const image = testMedia({ altText: 'Ελιές στο φως' });
    okValue(await publisher.publish(page, request({ media: [image], link: 'https://canopy.example' })));

    const init = fake.sent('POST /rest/images')[0];
    assert.equal(init?.query.get('action'), 'initializeUpload');
    assert.deepEqual(init?.json, { initializeUploadRequest: { owner: PAGE } });
    const put = fake.sent('PUT /dms-uploads/img-1')[0];
    assert.equal(put?.headers.authorization, 'Bearer test-access-token');
    assert.equal(put?.body.length, 12);
    const body = fake.sent('POST /rest/posts')[0]?.json as { content: unknown; commentary: string };
    assert.deepEqual(body.content, { media: { id: 'urn:li:image:C4E10AQFoyyAjHPMQuQ', altText: 'Ελιές στο φως' } });
    assert.equal(body.commentary, `${ESCAPED}\n\nhttps://canopy.example`, 'with media the link goes in the text');
  });

  it('puts several images in a MultiImage post', async () => {
    servePosts(fake);
    let n = 0;
    fake.on('POST /rest/images', () => ({ body: { value: { uploadUrl: `${fake.url}/dms-uploads/img-${++n}`, image: `urn:li:image:I${n}` } } }));
    fake.on('PUT /dms-uploads/img-1', { status: 201 });
    fake.on('PUT /dms-uploads/img-2', { status: 201 });
    okValue(await publisher.publish(page, request({ media: [testMedia({ altText: 'ένα' }), testMedia()] })));
    assert.deepEqual((fake.sent('POST /rest/posts')[0]?.json as { content: unknown }).content, { multiImage: { images: [{ id: 'urn:li:image:I1', altText: 'ένα' }, { id: 'urn:li:image:I2' }] } });
  });

  it('uploads a video in parts, finalizes it with their ETags and waits until it is available', async () => {
    servePosts(fake);
    const video = 'urn:li:video:C5F10AQGKQg_6y2a4sQ';
    fake.on('POST /rest/videos', (req) =>
      req.query.get('action') === 'initializeUpload'
        ? { body: { value: { uploadUrlsExpireAt: 1795348800000, video, uploadInstructions: [{ uploadUrl: `${fake.url}/dms-uploads/v/0`, firstByte: 0, lastByte: 5 }, { uploadUrl: `${fake.url}/dms-uploads/v/1`, firstByte: 6, lastByte: 11 }], uploadToken: '' } } }
        : { status: 200 },
    );
    fake.on('PUT /dms-uploads/v/0', { status: 200, headers: { etag: '/ambry/part0' } });
    fake.on('PUT /dms-uploads/v/1', { status: 200, headers: { etag: '/ambry/part1' } });
    let checks = 0;
    fake.on(`GET /rest/videos/${encodeURIComponent(video)}`, () => ({ body: { id: video, status: ++checks < 2 ? 'PROCESSING' : 'AVAILABLE' } }));

    okValue(await publisher.publish(page, request({ media: [testMedia({ kind: 'video' })], options: { title: 'Ο κήπος μας' } })));

    const [init, finalize] = fake.sent('POST /rest/videos');
    assert.deepEqual(init?.json, { initializeUploadRequest: { owner: PAGE, fileSizeBytes: 12, uploadCaptions: false, uploadThumbnail: false } });
    assert.equal(finalize?.query.get('action'), 'finalizeUpload');
    assert.deepEqual(finalize?.json, { finalizeUploadRequest: { video, uploadToken: '', uploadedPartIds: ['/ambry/part0', '/ambry/part1'] } });
    assert.equal(fake.sent('PUT /dms-uploads/v/1')[0]?.body.length, 6);
    assert.equal(checks, 2);
    assert.deepEqual((fake.sent('POST /rest/posts')[0]?.json as { content: unknown }).content, { media: { id: video, title: 'Ο κήπος μας' } });
  });

  it('refuses thread parts: LinkedIn has no threads', async () => {
    const refused = failureOf(await publisher.publish(page, request({ replyTo: { remoteId: 'urn:li:share:1', rootId: 'urn:li:share:1' } })), 'rejected');
    assert.equal(refused.code, 'unsupported');
    assert.equal(fake.requests.length, 0);
  });

  it('answers the daily throttle as rate_limited until midnight UTC, and then waits without calling', async () => {
    fake.on('POST /rest/posts', { status: 429, body: ERRORS.throttled });
    const limited = failureOf(await publisher.publish(page, request()), 'rate_limited');
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    assert.equal(limited.retryAt.toISOString(), midnight.toISOString());
    assert.match(limited.reason, /DAY limit/);

    failureOf(await publisher.publish(page, request()), 'rate_limited');
    assert.equal(fake.sent('POST /rest/posts').length, 1, 'the second post never reached LinkedIn');
  });

  it('treats an expired token as unauthorized', async () => {
    fake.on('POST /rest/posts', { status: 401, body: ERRORS.expired });
    assert.equal(failureOf(await publisher.publish(page, request()), 'unauthorized').reason, 'The token used in the request has expired');
  });

  it('rejects a duplicate and an over-long post with LinkedIn’s readable message', async () => {
    fake.on('POST /rest/posts', { status: 422, body: ERRORS.duplicate });
    const duplicate = failureOf(await publisher.publish(page, request()), 'rejected');
    assert.deepEqual([duplicate.reason, duplicate.code], ['Content is a duplicate of urn:li:share:7141138937766391808 — Duplicate post is detected', 'duplicate']);
    fake.on('POST /rest/posts', { status: 422, body: ERRORS.tooLong });
    const tooLong = failureOf(await publisher.publish(page, request()), 'rejected');
    assert.deepEqual([tooLong.reason, tooLong.code], ['Invalid request — /commentary :: length 3104 exceeds maximum 3000', 'FIELD_LENGTH_TOO_LONG']);
  });

  it('returns unknown when the answer comes after the timeout, and find() then finds the post', async () => {
    const slow = testSession({ account: { remoteId: PAGE }, timeoutMs: 250 });
    const posts = servePosts(fake, { delayMs: 1_000 });
    const after = new Date(Date.now() - 1_000);

    failureOf(await publisher.publish(slow, request()), 'unknown');
    assert.equal(posts.length, 1, 'LinkedIn did take the post');

    const found = okValue(await publisher.find(page, { marker: 'cnp-li-1', text: MULTILINGUAL, after, before: new Date() }));
    assert.deepEqual(found, { remoteId: 'urn:li:share:7400000000000000000', url: 'https://www.linkedin.com/feed/update/urn:li:share:7400000000000000000/' });
    const query = fake.sent('GET /rest/posts')[0]?.query;
    assert.deepEqual([query?.get('q'), query?.get('author')], ['author', PAGE]);
  });

  it('says plainly when LinkedIn will not let Canopy read a member’s posts', async () => {
    fake.on('GET /rest/posts', { status: 403, body: ERRORS.denied });
    const member = testSession({ account: { remoteId: MEMBER } });
    const refused = failureOf(await publisher.find(member, { marker: 'm', text: 'x', after: new Date(0), before: new Date() }), 'rejected');
    assert.equal(refused.code, 'access_denied');
  });

  it('posts a first comment through socialActions and deletes posts', async () => {
    const post = 'urn:li:share:7400000000000000000';
    fake.on(`POST /rest/socialActions/${encodeURIComponent(post)}/comments`, { status: 201, headers: { 'x-restli-id': `urn:li:comment:(${post},711)` }, body: { id: '711' } });
    const commented = okValue(await publisher.comment!(page, { onRemoteId: post, text: 'Πρώτο σχόλιο 💬' }));
    assert.equal(commented.remoteId, `urn:li:comment:(${post},711)`);
    assert.deepEqual(fake.sent(`POST /rest/socialActions/${encodeURIComponent(post)}/comments`)[0]?.json, { actor: PAGE, object: post, message: { text: 'Πρώτο σχόλιο 💬' } });

    fake.on(`DELETE /rest/posts/${encodeURIComponent(post)}`, { status: 204 });
    okValue(await publisher.delete(page, post));
    assert.equal(fake.sent(`DELETE /rest/posts/${encodeURIComponent(post)}`)[0]?.headers['x-restli-method'], 'DELETE');
    fake.on(`DELETE /rest/posts/${encodeURIComponent('urn:li:share:1')}`, { status: 404, body: { message: 'Not found', status: 404 } });
    okValue(await publisher.delete(page, 'urn:li:share:1'));
  });
});
