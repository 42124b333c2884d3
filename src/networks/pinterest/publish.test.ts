import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { PublishRequest } from '../adapter.ts';
import { testMedia } from '../testing/media.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { FakePinterest, pinterestError } from './fake-pinterest.ts';
import { createPinterestAdapter } from './index.ts';

const BOARD = '900001';
const text = 'Συνταγή για μουσακά · Рецепт за мусаку · สูตรอาหาร 🍆';
const image = (n = 1) => testMedia({ kind: 'image', mimeType: 'image/jpeg', publicUrl: `https://media.canopy.example/${n}.jpg`, altText: `Μουσακάς ${n}` });
const request = (over: Partial<PublishRequest> = {}): PublishRequest => ({ text, media: [image()], link: 'https://recipes.example/moussaka', marker: 'cnp-pin-1', options: { title: 'Μουσακάς' }, ...over });
const session = (timeoutMs?: number) => testSession({ account: { remoteId: BOARD }, ...(timeoutMs ? { timeoutMs } : {}) });

describe('Pinterest publisher', () => {
  let pin: FakePinterest;
  let publisher: NonNullable<ReturnType<typeof createPinterestAdapter>['publisher']>;
  before(async () => {
    pin = await new FakePinterest().start();
    publisher = createPinterestAdapter({ pinterest: pin.url }, { mediaPollIntervalMs: 1, mediaPolls: 5 }).publisher!;
  });
  after(() => pin.stop());
  beforeEach(() => pin.reset());

  it('creates a Pin on the profile’s board, with the marker in its private note', async () => {
    const out = okValue(await publisher.publish(session(), request()));
    assert.deepEqual(out, { remoteId: pin.pins[0]!.id, url: `https://www.pinterest.com/pin/${pin.pins[0]!.id}/` });
    const sent = pin.sent('POST /v5/pins')[0]!;
    assert.equal(sent.headers.authorization, 'Bearer test-access-token');
    assert.deepEqual(sent.json, {
      board_id: BOARD,
      description: text,
      note: 'cnp-pin-1',
      media_source: { source_type: 'image_url', url: 'https://media.canopy.example/1.jpg' },
      title: 'Μουσακάς',
      link: 'https://recipes.example/moussaka',
      alt_text: 'Μουσακάς 1',
    });
  });

  it('sends an image without a public URL as base64, and a carousel from several images', async () => {
    const local = testMedia({ kind: 'image', mimeType: 'image/png', bytes: new Uint8Array([1, 2, 3]) });
    okValue(await publisher.publish(session(), request({ media: [local], options: { boardId: '900002' } })));
    const single = pin.sent('POST /v5/pins')[0]!.json as { board_id: string; media_source: unknown };
    assert.equal(single.board_id, '900002');
    assert.deepEqual(single.media_source, { source_type: 'image_base64', content_type: 'image/png', data: 'AQID' });
    okValue(await publisher.publish(session(), request({ media: [image(1), image(2)] })));
    assert.deepEqual((pin.sent('POST /v5/pins')[1]!.json as { media_source: unknown }).media_source, {
      source_type: 'multiple_image_urls',
      index: 0,
      items: [{ url: 'https://media.canopy.example/1.jpg' }, { url: 'https://media.canopy.example/2.jpg' }],
    });
    okValue(await publisher.publish(session(), request({ media: [image(1), local] })));
    assert.deepEqual((pin.sent('POST /v5/pins')[2]!.json as { media_source: { source_type: string } }).media_source.source_type, 'multiple_image_base64');
  });

  it('uploads a video through a registered upload, waits for processing, then pins it', async () => {
    const video = testMedia({ kind: 'video', bytes: new Uint8Array([9, 9, 9, 9]) });
    okValue(await publisher.publish(session(), request({ media: [video], options: { coverFrameSeconds: '2' } })));
    assert.deepEqual(pin.sent('POST /v5/media')[0]!.json, { media_type: 'video' });
    const form = pin.sent('POST /media-upload')[0]!;
    assert.match(String(form.headers['content-type']), /^multipart\/form-data; boundary=/);
    assert.match(form.body, /name="x-amz-signature"\r\n\r\nsig/);
    assert.match(form.body, /name="file"; filename="video"\r\nContent-Type: video\/mp4/);
    assert.equal(pin.sent('GET /v5/media/12345').length, 2);
    assert.deepEqual((pin.sent('POST /v5/pins')[0]!.json as { media_source: unknown }).media_source, { source_type: 'video_id', media_id: '12345', cover_image_key_frame_time: 2 });
  });

  it('a video Pinterest could not process is rejected, and nothing is pinned', async () => {
    pin.on('GET /v5/media/12345', { body: { media_id: '12345', status: 'failed' } });
    const out = failureOf(await publisher.publish(session(), request({ media: [testMedia({ kind: 'video' })] })), 'rejected');
    assert.equal(out.code, 'video_processing_failed');
    assert.equal(pin.sent('POST /v5/pins').length, 0);
  });

  it('refuses what Pinterest cannot take, before calling', async () => {
    const cases: Array<[Partial<PublishRequest>, string]> = [
      [{ media: [] }, 'media_not_supported'],
      [{ media: [image(), testMedia({ kind: 'video' })] }, 'media_not_supported'],
      [{ media: [1, 2, 3, 4, 5, 6].map(image) }, 'media_not_supported'],
      [{ options: { title: 'Ж'.repeat(101) } }, 'title_too_long'],
    ];
    for (const [over, code] of cases) assert.equal(failureOf(await publisher.publish(session(), request(over)), 'rejected').code, code);
    assert.equal(pin.requests.length, 0);
  });

  it('passes on Pinterest’s message; an expired token is unauthorized', async () => {
    pin.on('POST /v5/pins', pinterestError(400, 1, 'Invalid Pin parameters: description is too long.'));
    assert.equal(failureOf(await publisher.publish(session(), request()), 'rejected').reason, 'Invalid Pin parameters: description is too long.');
    pin.on('POST /v5/pins', pinterestError(404, 40, 'Board not found.'));
    assert.equal(failureOf(await publisher.publish(session(), request()), 'rejected').reason, 'Board not found.');
    pin.on('POST /v5/pins', pinterestError(401, 2, 'Authentication failed.'));
    failureOf(await publisher.publish(session(), request()), 'unauthorized');
  });

  it('a 429 waits for Retry-After', async () => {
    pin.on('POST /v5/pins', pinterestError(429, 8, 'You have exceeded your rate limit. Try again later.', { 'retry-after': '45' }));
    const limited = failureOf(await publisher.publish(session(), request()), 'rate_limited');
    assert.ok(limited.retryAt.getTime() > Date.now() + 30_000 && limited.retryAt.getTime() <= Date.now() + 46_000);
  });

  it('when Pinterest says the budget is spent, the next Pin waits without calling', async () => {
    pin.on('POST /v5/pins', (req) => ({ status: 201, headers: { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '120' }, body: { id: '8100', board_id: (req.json as { board_id: string }).board_id } }));
    const s = session();
    okValue(await publisher.publish(s, request()));
    const limited = failureOf(await publisher.publish(s, request()), 'rate_limited');
    assert.ok(limited.retryAt.getTime() > Date.now() + 100_000);
    assert.equal(pin.sent('POST /v5/pins').length, 1, 'the second Pin did not reach Pinterest');
  });

  it('a lost answer after Pinterest made the Pin is unknown; find() then finds it by its note', async () => {
    pin.createDelayMs = 600;
    assert.equal((await publisher.publish(session(200), request())).kind, 'unknown');
    const found = okValue(await publisher.find(session(), { marker: 'cnp-pin-1', text, after: new Date(Date.now() - 60_000), before: new Date() }));
    assert.equal(found?.remoteId, pin.pins[0]!.id);
  });

  it('find() falls back to the description within the window, else null', async () => {
    pin.pins.push({ id: '8199', created_at: new Date().toISOString().slice(0, 19), board_id: BOARD, description: text });
    const window = { after: new Date(Date.now() - 60_000), before: new Date(Date.now() + 60_000) };
    assert.equal(okValue(await publisher.find(session(), { marker: 'cnp-other', text, ...window }))?.remoteId, '8199');
    assert.equal(okValue(await publisher.find(session(), { marker: 'cnp-other', text: 'Κάτι άλλο', ...window })), null);
  });

  it('deletes a Pin, and a Pin already gone counts as deleted', async () => {
    pin.on('DELETE /v5/pins/8101', { status: 204 });
    okValue(await publisher.delete(session(), '8101'));
    assert.equal(pin.sent('DELETE /v5/pins/8101')[0]!.headers.authorization, 'Bearer test-access-token');
    pin.on('DELETE /v5/pins/8102', pinterestError(404, 50, 'Pin not found.'));
    okValue(await publisher.delete(session(), '8102'));
  });
});
