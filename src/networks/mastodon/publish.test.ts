import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, PublishRequest } from '../adapter.ts';
import { FakeNetwork, type RecordedRequest } from '../testing/fake-network.ts';
import { testMedia } from '../testing/media.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ACCOUNT_ID, htmlOf, instanceJson, mediaJson, statusJson } from './fixtures.ts';
import { createMastodonAdapter } from './index.ts';

const MULTILINGUAL = 'Καλημέρα κόσμε! Здраво свете! สวัสดีชาวโลก 🌍🌳 #canopy';

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return { text: MULTILINGUAL, media: [], marker: 'cnp-7f3a9c', ...overrides };
}

/** A fake instance that keeps the statuses it was sent, as Mastodon would. */
function serveStatuses(fake: FakeNetwork, reply: { delayMs?: number } = {}) {
  const statuses: Array<ReturnType<typeof statusJson>> = [];
  fake.on('POST /api/v1/statuses', (req: RecordedRequest) => {
    const body = req.json as { status: string; in_reply_to_id?: string };
    const status = statusJson({
      id: String(110000 + statuses.length),
      content: htmlOf(body.status),
      created_at: new Date().toISOString(),
      in_reply_to_id: body.in_reply_to_id ?? null,
    });
    statuses.unshift(status);
    return { status: 200, body: status, ...reply };
  });
  fake.on(`GET /api/v1/accounts/${ACCOUNT_ID}/statuses`, () => ({ body: statuses }));
  return statuses;
}

describe('Mastodon publisher', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  const adapter = createMastodonAdapter({});
  const publisher = adapter.publisher!;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    session = testSession({ account: { remoteId: ACCOUNT_ID, handle: 'canopy@example.social', serviceUrl: fake.url } });
  });
  afterEach(() => fake.stop());

  it('posts text to the profile’s own instance, with the marker as Idempotency-Key', async () => {
    serveStatuses(fake);
    const posted = okValue(await publisher.publish(session, request()));
    assert.equal(posted.remoteId, '110000');
    assert.equal(posted.url, 'https://example.social/@canopy/110000');
    const [sent] = fake.sent('POST /api/v1/statuses');
    assert.ok(sent);
    assert.equal(sent.headers.authorization, 'Bearer test-access-token');
    assert.equal(sent.headers['idempotency-key'], 'cnp-7f3a9c');
    assert.deepEqual(sent.json, { status: MULTILINGUAL, visibility: 'public' });
  });

  it('appends the link, replies in a thread, and honours a visibility option', async () => {
    serveStatuses(fake);
    okValue(await publisher.publish(session, request({ text: 'Read this', link: 'https://canopy.example/post', replyTo: { remoteId: '99', rootId: '98' }, options: { visibility: 'unlisted' } })));
    assert.deepEqual(fake.sent('POST /api/v1/statuses')[0]?.json, { status: 'Read this\n\nhttps://canopy.example/post', in_reply_to_id: '99', visibility: 'unlisted' });
  });

  it('uploads images with their alt text, waits for processing, then attaches them', async () => {
    serveStatuses(fake);
    fake.on('GET /api/v2/instance', { body: instanceJson() });
    let uploads = 0;
    fake.on('POST /api/v2/media', () => {
      uploads++;
      // The second file is processed asynchronously, as large files are.
      return uploads === 1 ? { status: 200, body: mediaJson('m1', 'Ελιά στον ήλιο') } : { status: 202, body: mediaJson('m2', 'ต้นไม้ 🌳', false) };
    });
    let polls = 0;
    fake.on('GET /api/v1/media/m2', () => (++polls === 1 ? { status: 206, body: mediaJson('m2', 'ต้นไม้ 🌳', false) } : { status: 200, body: mediaJson('m2', 'ต้นไม้ 🌳') }));
    const first = testMedia({ altText: 'Ελιά στον ήλιο' });
    const second = testMedia({ altText: 'ต้นไม้ 🌳', mimeType: 'image/jpeg' });

    okValue(await publisher.publish(session, request({ media: [first, second] })));

    const uploadsSent = fake.sent('POST /api/v2/media');
    assert.equal(uploadsSent.length, 2);
    assert.match(String(uploadsSent[0]?.headers['content-type']), /^multipart\/form-data/);
    assert.match(uploadsSent[0]!.body, /name="description"\r\n\r\nΕλιά στον ήλιο/);
    assert.match(uploadsSent[1]!.body, /filename="canopy-2\.jpg"/);
    assert.equal(polls, 2);
    assert.equal(first.reads, 1);
    assert.deepEqual((fake.sent('POST /api/v1/statuses')[0]?.json as { media_ids: string[] }).media_ids, ['m1', 'm2']);
  });

  it('refuses a file the instance says it does not accept, before uploading it', async () => {
    fake.on('GET /api/v2/instance', { body: instanceJson({ media_attachments: { supported_mime_types: ['image/png'], image_size_limit: 4, video_size_limit: 4 } }) });
    const refused = failureOf(await publisher.publish(session, request({ media: [testMedia()] })), 'rejected');
    assert.match(refused.reason, /this instance accepts up to/);
    assert.equal(fake.sent('POST /api/v2/media').length, 0);
    assert.equal(fake.sent('POST /api/v1/statuses').length, 0);
  });

  it('answers 429 as rate_limited until the instance’s X-RateLimit-Reset', async () => {
    const reset = '2026-11-21T12:05:00.000Z';
    fake.on('POST /api/v1/statuses', { status: 429, headers: { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { error: 'Too many requests' } });
    const limited = failureOf(await publisher.publish(session, request()), 'rate_limited');
    assert.equal(limited.retryAt.toISOString(), reset);
    assert.equal(limited.reason, 'Too many requests');
  });

  it('stops calling once the instance says the budget is spent', async () => {
    serveStatuses(fake);
    const reset = new Date(Date.now() + 5 * 60_000);
    fake.on('POST /api/v1/statuses', { status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset.toISOString() }, body: statusJson({ id: '1' }) });
    okValue(await publisher.publish(session, request()));
    const limited = failureOf(await publisher.publish(session, request({ marker: 'cnp-second' })), 'rate_limited');
    assert.equal(limited.retryAt.toISOString(), reset.toISOString());
    assert.equal(fake.sent('POST /api/v1/statuses').length, 1, 'the second post never reached the instance');
  });

  it('treats a revoked token as unauthorized', async () => {
    fake.on('POST /api/v1/statuses', { status: 401, body: { error: 'The access token was revoked' } });
    assert.equal(failureOf(await publisher.publish(session, request()), 'unauthorized').reason, 'The access token was revoked');
  });

  it('passes the instance’s validation message on as rejected', async () => {
    fake.on('POST /api/v1/statuses', { status: 422, body: { error: 'Validation failed: Text character limit of 500 exceeded' } });
    const refused = failureOf(await publisher.publish(session, request()), 'rejected');
    assert.equal(refused.reason, 'Validation failed: Text character limit of 500 exceeded');
    assert.equal(refused.code, 'validation');
  });

  it('retries later when attached media is still processing', async () => {
    fake.on('POST /api/v1/statuses', { status: 422, body: { error: 'Cannot attach files that have not finished processing. Try again in a moment!' } });
    failureOf(await publisher.publish(session, request()), 'transient');
  });

  it('reports unknown on a gateway error for a write, transient when the instance is unavailable', async () => {
    fake.on('POST /api/v1/statuses', { status: 502, body: '<html>Bad Gateway</html>' });
    failureOf(await publisher.publish(session, request()), 'unknown');
    fake.on('POST /api/v1/statuses', { status: 503, body: { error: 'Service unavailable' } });
    failureOf(await publisher.publish(session, request()), 'transient');
  });

  it('returns unknown when the answer comes after the timeout, and find() then finds the post', async () => {
    const slow = testSession({ account: { remoteId: ACCOUNT_ID, serviceUrl: fake.url }, timeoutMs: 250 });
    const statuses = serveStatuses(fake, { delayMs: 1_000 });
    const text = `${MULTILINGUAL}\ncc @ana@social.example`;
    const after = new Date(Date.now() - 1_000);

    failureOf(await publisher.publish(slow, request({ text })), 'unknown');
    assert.equal(statuses.length, 1, 'the instance did take the post');

    const found = okValue(await publisher.find(session, { marker: 'cnp-7f3a9c', text, after, before: new Date(Date.now() + 1_000) }));
    assert.deepEqual(found, { remoteId: '110000', url: 'https://example.social/@canopy/110000' });
    assert.equal(fake.sent(`GET /api/v1/accounts/${ACCOUNT_ID}/statuses`)[0]?.query.get('exclude_reblogs'), 'true');
  });

  it('finds nothing outside the time window or with other text', async () => {
    fake.on(`GET /api/v1/accounts/${ACCOUNT_ID}/statuses`, {
      body: [statusJson({ id: '5', content: htmlOf('Something else'), created_at: '2026-11-21T12:00:00.000Z' }), statusJson({ id: '4', content: htmlOf(MULTILINGUAL), created_at: '2026-11-20T09:00:00.000Z' })],
    });
    const found = await publisher.find(session, { marker: 'm', text: MULTILINGUAL, after: new Date('2026-11-21T11:00:00Z'), before: new Date('2026-11-21T13:00:00Z') });
    assert.equal(okValue(found), null);
  });

  it('posts a first comment as a reply, and deletes (already gone counts as deleted)', async () => {
    serveStatuses(fake);
    okValue(await publisher.comment!(session, { onRemoteId: '110000', text: 'Πρώτο σχόλιο 💬' }));
    assert.deepEqual(fake.sent('POST /api/v1/statuses')[0]?.json, { status: 'Πρώτο σχόλιο 💬', in_reply_to_id: '110000', visibility: 'public' });

    fake.on('DELETE /api/v1/statuses/110000', { body: statusJson({ id: '110000' }) });
    okValue(await publisher.delete(session, '110000'));
    fake.on('DELETE /api/v1/statuses/404', { status: 404, body: { error: 'Record not found' } });
    okValue(await publisher.delete(session, '404'));
    assert.equal(fake.sent('DELETE /api/v1/statuses/110000')[0]?.headers.authorization, 'Bearer test-access-token');
  });
});
