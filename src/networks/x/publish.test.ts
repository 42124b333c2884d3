import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, PublishRequest } from '../adapter.ts';
import { FakeNetwork, type RecordedRequest } from '../testing/fake-network.ts';
import { testMedia } from '../testing/media.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ME, PROBLEMS, shortened, tweetJson } from './fixtures.ts';
import { createXAdapter } from './index.ts';

const MULTILINGUAL = 'Καλημέρα! Здраво! สวัสดี 🌍🌳 & <canopy>';

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return { text: MULTILINGUAL, media: [], marker: 'cnp-42', ...overrides };
}

/** A fake X that keeps the posts it was sent, shortening their links as X does. */
function servePosts(fake: FakeNetwork, reply: { delayMs?: number; headers?: Record<string, string> } = {}) {
  const posts: Array<ReturnType<typeof tweetJson>> = [];
  fake.on('POST /2/tweets', (req: RecordedRequest) => {
    const id = String(1860000000000000000n + BigInt(posts.length));
    const text = (req.json as { text: string }).text;
    posts.unshift(tweetJson({ id, ...shortened(text, id), created_at: new Date().toISOString() }));
    return { status: 201, body: { data: { id, text: posts[0]!.text, edit_history_tweet_ids: [id] } }, ...reply };
  });
  fake.on(`GET /2/users/${ME.id}/tweets`, () => ({ body: { data: posts, meta: { result_count: posts.length } } }));
  return posts;
}

describe('X publisher', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  let publisher: NonNullable<ReturnType<typeof createXAdapter>['publisher']>;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    publisher = createXAdapter({ x: fake.url }).publisher!;
    session = testSession({ account: { remoteId: ME.id, handle: ME.username } });
  });
  afterEach(() => fake.stop());

  it('creates a post with the user token', async () => {
    servePosts(fake);
    const posted = okValue(await publisher.publish(session, request()));
    assert.deepEqual(posted, { remoteId: '1860000000000000000', url: 'https://x.com/canopy_test/status/1860000000000000000' });
    const [sent] = fake.sent('POST /2/tweets');
    assert.equal(sent?.headers.authorization, 'Bearer test-access-token');
    assert.equal(sent?.headers['content-type'], 'application/json');
    assert.deepEqual(sent?.json, { text: MULTILINGUAL });
  });

  it('threads a reply and appends the link', async () => {
    servePosts(fake);
    okValue(await publisher.publish(session, request({ text: 'Part 2/2', link: 'https://canopy.example/a', replyTo: { remoteId: '111', rootId: '110' } })));
    assert.deepEqual(fake.sent('POST /2/tweets')[0]?.json, { text: 'Part 2/2\n\nhttps://canopy.example/a', reply: { in_reply_to_tweet_id: '111' } });
  });

  it('uploads images in segments with alt text, then attaches them', async () => {
    servePosts(fake);
    let next = 0;
    fake.on('POST /2/media/upload/initialize', () => ({ body: { data: { id: `70${next++}`, media_key: `3_70${next}`, expires_after_secs: 86400 } } }));
    for (const id of ['700', '701']) {
      fake.on(`POST /2/media/upload/${id}/append`, { body: { data: { expires_at: 1795348800 } } });
      fake.on(`POST /2/media/upload/${id}/finalize`, { body: { data: { id, media_key: `3_${id}`, size: 12, expires_after_secs: 86400 } } });
    }
    fake.on('POST /2/media/metadata', (req) => ({ body: { data: { id: (req.json as { id: string }).id, associated_metadata: {} } } }));

    okValue(await publisher.publish(session, request({ media: [testMedia({ altText: 'Μια ελιά' }), testMedia({ mimeType: 'image/jpeg' })] })));

    assert.deepEqual(fake.sent('POST /2/media/upload/initialize')[0]?.json, { media_type: 'image/png', total_bytes: 12, media_category: 'tweet_image' });
    const append = fake.sent('POST /2/media/upload/700/append')[0];
    assert.match(String(append?.headers['content-type']), /^multipart\/form-data/);
    assert.match(append!.body, /name="segment_index"\r\n\r\n0/);
    assert.match(append!.body, /name="media"; filename="media"/);
    assert.deepEqual(fake.sent('POST /2/media/metadata').map((r) => r.json), [{ id: '700', metadata: { alt_text: { text: 'Μια ελιά' } } }]);
    assert.deepEqual(fake.sent('POST /2/tweets')[0]?.json, { text: MULTILINGUAL, media: { media_ids: ['700', '701'] } });
  });

  it('sends a large video in several segments and waits for X to process it', async () => {
    servePosts(fake);
    fake.on('POST /2/media/upload/initialize', { body: { data: { id: '900', expires_after_secs: 86400 } } });
    fake.on('POST /2/media/upload/900/append', { body: { data: { expires_at: 1795348800 } } });
    fake.on('POST /2/media/upload/900/finalize', { body: { data: { id: '900', processing_info: { state: 'pending', check_after_secs: 0 } } } });
    let checks = 0;
    fake.on('GET /2/media/upload', () => ({ body: { data: { id: '900', processing_info: ++checks < 2 ? { state: 'in_progress', check_after_secs: 0, progress_percent: 40 } : { state: 'succeeded', progress_percent: 100 } } } }));
    const video = testMedia({ kind: 'video', bytes: new Uint8Array(4 * 1024 * 1024 + 10) });

    okValue(await publisher.publish(session, request({ media: [video] })));

    assert.equal((fake.sent('POST /2/media/upload/initialize')[0]?.json as { media_category: string }).media_category, 'tweet_video');
    assert.equal(fake.sent('POST /2/media/upload/900/append').length, 2);
    assert.equal(checks, 2);
    assert.equal(fake.sent('GET /2/media/upload')[0]?.query.get('command'), 'STATUS');
    assert.equal(fake.sent('GET /2/media/upload')[0]?.query.get('media_id'), '900');
  });

  it('rejects media X failed to process, without posting', async () => {
    fake.on('POST /2/media/upload/initialize', { body: { data: { id: '901' } } });
    fake.on('POST /2/media/upload/901/append', { body: { data: {} } });
    fake.on('POST /2/media/upload/901/finalize', { body: { data: { id: '901', processing_info: { state: 'failed', error: { code: 1, name: 'InvalidMedia', message: 'Unsupported video codec' } } } } });
    const refused = failureOf(await publisher.publish(session, request({ media: [testMedia({ kind: 'video' })] })), 'rejected');
    assert.match(refused.reason, /Unsupported video codec/);
    assert.equal(fake.sent('POST /2/tweets').length, 0);
  });

  it('answers 429 as rate_limited until the latest spent limit resets', async () => {
    fake.on('POST /2/tweets', {
      status: 429,
      headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1795352400', 'x-user-limit-24hour-limit': '17', 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': '1795390000' },
      body: PROBLEMS.tooManyRequests,
    });
    const limited = failureOf(await publisher.publish(session, request()), 'rate_limited');
    assert.equal(limited.retryAt.getTime(), 1795390000 * 1000);
    assert.equal(limited.reason, 'Too Many Requests');
  });

  it('treats a spent monthly usage cap as rate_limited', async () => {
    fake.on('POST /2/tweets', { status: 429, body: PROBLEMS.usageCapped });
    failureOf(await publisher.publish(session, request()), 'rate_limited');
  });

  it('stops calling once X says the window is spent', async () => {
    servePosts(fake, { headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900) } });
    okValue(await publisher.publish(session, request()));
    const limited = failureOf(await publisher.publish(session, request({ text: 'another' })), 'rate_limited');
    assert.ok(limited.retryAt.getTime() > Date.now() + 800_000);
    assert.equal(fake.sent('POST /2/tweets').length, 1, 'the second post never reached X');
  });

  it('treats an expired token as unauthorized', async () => {
    fake.on('POST /2/tweets', { status: 401, body: PROBLEMS.unauthorized });
    failureOf(await publisher.publish(session, request()), 'unauthorized');
  });

  it('rejects duplicate content and too-long text with X’s own message', async () => {
    fake.on('POST /2/tweets', { status: 403, body: PROBLEMS.duplicate });
    const duplicate = failureOf(await publisher.publish(session, request()), 'rejected');
    assert.deepEqual([duplicate.reason, duplicate.code], ['You are not allowed to create a Tweet with duplicate content.', 'duplicate']);
    fake.on('POST /2/tweets', { status: 400, body: PROBLEMS.tooLong });
    const tooLong = failureOf(await publisher.publish(session, request()), 'rejected');
    assert.match(tooLong.reason, /^Your Tweet text is too long/);
    assert.equal(tooLong.code, 'invalid_request');
  });

  it('reports unknown on a gateway error and transient when X is over capacity', async () => {
    fake.on('POST /2/tweets', { status: 502, body: '<html>Bad Gateway</html>' });
    failureOf(await publisher.publish(session, request()), 'unknown');
    fake.on('POST /2/tweets', { status: 503, body: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 } });
    failureOf(await publisher.publish(session, request()), 'transient');
  });

  it('returns unknown when the answer comes after the timeout, and find() then finds the post', async () => {
    const slow = testSession({ account: { remoteId: ME.id, handle: ME.username }, timeoutMs: 250 });
    const posts = servePosts(fake, { delayMs: 1_000 });
    const text = `${MULTILINGUAL} https://canopy.example/launch?utm=x`;
    const after = new Date(Date.now() - 1_000);

    failureOf(await publisher.publish(slow, request({ text })), 'unknown');
    assert.equal(posts.length, 1, 'X did take the post');
    assert.match(posts[0]!.text, /https:\/\/t\.co\//);

    const found = okValue(await publisher.find(session, { marker: 'cnp-42', text, after, before: new Date() }));
    assert.deepEqual(found, { remoteId: '1860000000000000000', url: 'https://x.com/canopy_test/status/1860000000000000000' });
    const query = fake.sent(`GET /2/users/${ME.id}/tweets`)[0]?.query;
    assert.match(query?.get('start_time') ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(query?.get('exclude'), 'retweets');
  });

  it('finds nothing when no post in the window has the text', async () => {
    fake.on(`GET /2/users/${ME.id}/tweets`, { body: { data: [tweetJson({ id: '5', text: 'Other words' })], meta: { result_count: 1 } } });
    assert.equal(okValue(await publisher.find(session, { marker: 'm', text: MULTILINGUAL, after: new Date('2026-11-21T11:00:00Z'), before: new Date('2026-11-21T13:00:00Z') })), null);
    assert.equal(fake.sent(`GET /2/users/${ME.id}/tweets`)[0]?.query.get('end_time'), '2026-11-21T13:01:00Z');
  });

  it('posts a first comment as a reply and deletes (already gone counts as deleted)', async () => {
    servePosts(fake);
    okValue(await publisher.comment!(session, { onRemoteId: '1860', text: 'Πρώτο σχόλιο 💬' }));
    assert.deepEqual(fake.sent('POST /2/tweets')[0]?.json, { text: 'Πρώτο σχόλιο 💬', reply: { in_reply_to_tweet_id: '1860' } });
    fake.on('DELETE /2/tweets/1860', { body: { data: { deleted: true } } });
    okValue(await publisher.delete(session, '1860'));
    fake.on('DELETE /2/tweets/1861', { status: 404, body: { title: 'Not Found Error', detail: 'Could not find tweet with id: [1861].', type: 'https://api.twitter.com/2/problems/resource-not-found' } });
    okValue(await publisher.delete(session, '1861'));
  });
});
