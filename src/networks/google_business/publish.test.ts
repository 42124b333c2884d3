import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { MediaItem, PublishRequest } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { testSession } from '../testing/session.ts';
import { createGoogleBusinessAdapter } from './index.ts';

const LOCATION = 'accounts/111/locations/1';
const POSTS = `/v4/${LOCATION}/localPosts`;
const text = 'Νέο μενού! Нови мени! เมนูใหม่! 🍲 Ελάτε να το δοκιμάσετε.';
const photo: MediaItem = { kind: 'image', mimeType: 'image/jpeg', read: async () => new Uint8Array(10), publicUrl: 'https://media.canopy.example/menu.jpg' };
const request = (over: Partial<PublishRequest> = {}): PublishRequest => ({ text, media: [photo], link: 'https://taverna.example/menu', marker: 'cnp-1', ...over });
const session = (timeoutMs?: number) => testSession({ account: { remoteId: LOCATION }, ...(timeoutMs ? { timeoutMs } : {}) });

describe('Google Business Profile publisher', () => {
  let gbp: FakeNetwork;
  let publisher: NonNullable<ReturnType<typeof createGoogleBusinessAdapter>['publisher']>;
  const posts: Array<{ name: string; summary: string; createTime: string; searchUrl: string; state: string }> = [];
  before(async () => {
    gbp = await new FakeNetwork().start();
    publisher = createGoogleBusinessAdapter({ google_business: gbp.url }).publisher!;
  });
  after(() => gbp.stop());
  beforeEach(() => {
    gbp.requests.length = 0;
    posts.length = 0;
    gbp.on(`POST ${POSTS}`, (req) => {
      const post = { name: `${LOCATION}/localPosts/${posts.length + 1}`, summary: String((req.json as { summary: string }).summary), createTime: new Date().toISOString(), searchUrl: `https://local.google.com/place?id=1&use=posts&lpsid=${posts.length + 1}`, state: 'LIVE' };
      posts.push(post);
      return { body: { ...post, topicType: 'STANDARD' } };
    });
    gbp.on(`GET ${POSTS}`, () => ({ body: { localPosts: [...posts].reverse() } }));
  });

  it('creates a standard local post with the photo and a button to the link', async () => {
    const out = await publisher.publish(session(), request());
    assert.deepEqual(out, { kind: 'ok', value: { remoteId: `${LOCATION}/localPosts/1`, url: 'https://local.google.com/place?id=1&use=posts&lpsid=1' } });
    const sent = gbp.sent(`POST ${POSTS}`)[0]!;
    assert.equal(sent.headers.authorization, 'Bearer test-access-token');
    assert.deepEqual(sent.json, {
      summary: text,
      topicType: 'STANDARD',
      callToAction: { actionType: 'LEARN_MORE', url: 'https://taverna.example/menu' },
      media: [{ mediaFormat: 'PHOTO', sourceUrl: 'https://media.canopy.example/menu.jpg' }],
    });
  });

  it('takes the button, language and location from the options', async () => {
    const out = await publisher.publish(testSession({ account: { remoteId: 'accounts/111' } }), request({ media: [], options: { callToAction: 'CALL', languageCode: 'el', location: LOCATION } }));
    assert.equal(out.kind, 'ok');
    assert.deepEqual(gbp.sent(`POST ${POSTS}`)[0]!.json, { languageCode: 'el', summary: text, topicType: 'STANDARD', callToAction: { actionType: 'CALL' } });
  });

  it('refuses what Google cannot take, before calling', async () => {
    const video: MediaItem = { kind: 'video', mimeType: 'video/mp4', read: async () => new Uint8Array(1), publicUrl: 'https://m.example/v.mp4' };
    const cases: Array<[Partial<PublishRequest>, string]> = [
      [{ media: [{ ...photo, publicUrl: undefined }] } as Partial<PublishRequest>, 'public_url_required'],
      [{ media: [video] }, 'media_not_supported'],
      [{ media: [photo, photo] }, 'media_not_supported'],
      [{ link: undefined, options: { callToAction: 'BOOK' } } as Partial<PublishRequest>, 'link_required'],
      [{ options: { callToAction: 'DANCE' } }, 'invalid_call_to_action'],
      [{ text: '  ', media: [] }, 'empty_post'],
    ];
    for (const [over, code] of cases) {
      const out = await publisher.publish(session(), request(over));
      assert.ok(out.kind === 'rejected' && out.code === code, `${code}: ${JSON.stringify(out)}`);
    }
    const noLocation = await publisher.publish(testSession({ account: { remoteId: 'accounts/111' } }), request());
    assert.ok(noLocation.kind === 'rejected' && noLocation.code === 'location_required');
    assert.equal(gbp.requests.length, 0);
  });

  it('passes on Google’s field errors, and says when it could not fetch the photo', async () => {
    gbp.on(`POST ${POSTS}`, {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'Request contains an invalid argument.',
          status: 'INVALID_ARGUMENT',
          details: [{ '@type': 'type.googleapis.com/google.mybusiness.v4.ValidationError', errorDetails: [{ code: 2, field: 'summary', message: 'Summary contains a phone number.' }] }],
        },
      },
    });
    const invalid = await publisher.publish(session(), request());
    assert.deepEqual(invalid, { kind: 'rejected', reason: 'summary: Summary contains a phone number.', code: 'validation_error' });
    gbp.on(`POST ${POSTS}`, {
      status: 400,
      body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'x', details: [{ '@type': 'type.googleapis.com/google.mybusiness.v4.ValidationError', errorDetails: [{ code: 1000, field: 'media.source_url' }] }] } },
    });
    const unfetched = await publisher.publish(session(), request());
    assert.ok(unfetched.kind === 'rejected' && unfetched.code === 'photo_fetch_failed');
  });

  it('a post Google rejects under its policies is rejected', async () => {
    gbp.on(`POST ${POSTS}`, { body: { name: `${LOCATION}/localPosts/9`, state: 'REJECTED' } });
    const out = await publisher.publish(session(), request());
    assert.ok(out.kind === 'rejected' && out.code === 'post_rejected');
  });

  it('an expired token is unauthorized', async () => {
    gbp.on(`POST ${POSTS}`, { status: 401, body: { error: { code: 401, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' } } });
    assert.equal((await publisher.publish(session(), request())).kind, 'unauthorized');
  });

  it('a spent per-minute quota waits, and the next call does not reach Google', async () => {
    gbp.on(`POST ${POSTS}`, {
      status: 429,
      headers: { 'retry-after': '60' },
      body: { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'", details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED' }] } },
    });
    const s = session();
    const first = await publisher.publish(s, request());
    assert.ok(first.kind === 'rate_limited' && first.retryAt.getTime() > Date.now() + 50_000);
    const sent = gbp.requests.length;
    assert.equal((await publisher.publish(s, request())).kind, 'rate_limited');
    assert.equal(gbp.requests.length, sent);
  });

  it('a lost answer is unknown, and find() then finds the post by its text', async () => {
    const startedAt = new Date(Date.now() - 1000);
    gbp.on(`POST ${POSTS}`, (req) => {
      posts.push({ name: `${LOCATION}/localPosts/7`, summary: String((req.json as { summary: string }).summary), createTime: new Date().toISOString(), searchUrl: 'https://local.google.com/p7', state: 'LIVE' });
      return { delayMs: 600, body: posts.at(-1) };
    });
    const out = await publisher.publish(session(200), request());
    assert.equal(out.kind, 'unknown');
    const found = await publisher.find(session(), { marker: 'cnp-1', text, after: startedAt, before: new Date(Date.now() + 1000) });
    assert.deepEqual(found, { kind: 'ok', value: { remoteId: `${LOCATION}/localPosts/7`, url: 'https://local.google.com/p7' } });
    const none = await publisher.find(session(), { marker: 'cnp-1', text, after: new Date(Date.now() + 60_000), before: new Date(Date.now() + 120_000) });
    assert.deepEqual(none, { kind: 'ok', value: null });
  });

  it('deletes a post, and a post already gone counts as deleted', async () => {
    gbp.on(`DELETE ${POSTS}/5`, { body: {} });
    assert.equal((await publisher.delete(session(), `${LOCATION}/localPosts/5`)).kind, 'ok');
    assert.equal(gbp.sent(`DELETE ${POSTS}/5`)[0]!.headers.authorization, 'Bearer test-access-token');
    gbp.on(`DELETE ${POSTS}/6`, { status: 404, body: { error: { code: 404, status: 'NOT_FOUND', message: 'Requested entity was not found.' } } });
    assert.equal((await publisher.delete(session(), `${LOCATION}/localPosts/6`)).kind, 'ok');
  });
});
