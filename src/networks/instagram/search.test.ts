import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeNetworkFor, subAccountSession, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createInstagramAdapter } from './index.ts';

const IG = '17841400000000001';

describe('Instagram hashtag search', () => {
  const { fake, subject: search } = fakeNetworkFor((url) => createInstagramAdapter({ instagram: url }).search!);

  it('looks the hashtag up once and carries its id in the cursor', async () => {
    fake.on('GET /v24.0/ig_hashtag_search', { body: { data: [{ id: 'h-17843' }] } });
    fake.on('GET /v24.0/h-17843/recent_media', (req) =>
      req.query.get('after') === 'rm-1'
        ? { body: { data: [{ id: 'x-2', caption: WORLD_TEXT.thai, timestamp: '2026-11-21T07:00:00+0000' }] } }
        : { body: { data: [{ id: 'x-1', caption: `${WORLD_TEXT.greek} #φούρνος`, timestamp: '2026-11-21T08:00:00+0000', permalink: 'https://www.instagram.com/p/X1/' }], paging: { cursors: { after: 'rm-1' }, next: 'n' } } },
    );
    const first = await search.search(subAccountSession(IG), { query: '#φούρνος', cursor: null });
    assert.equal(first.kind, 'ok');
    if (first.kind !== 'ok') return;
    assert.equal(first.value.items[0]?.text, `${WORLD_TEXT.greek} #φούρνος`);
    assert.equal(first.value.cursor, 'h-17843:rm-1');
    assert.equal(fake.sent('GET /v24.0/ig_hashtag_search').at(-1)?.query.get('q'), 'φούρνος');
    assert.equal(fake.sent('GET /v24.0/ig_hashtag_search').at(-1)?.query.get('user_id'), IG);
    const lookups = fake.sent('GET /v24.0/ig_hashtag_search').length;
    const second = await search.search(subAccountSession(IG), { query: '#φούρνος', cursor: first.value.cursor });
    assert.deepEqual(second.kind === 'ok' && second.value.items.map((i) => i.remoteId), ['x-2']);
    assert.equal(second.kind === 'ok' && second.value.cursor, null);
    assert.equal(fake.sent('GET /v24.0/ig_hashtag_search').length, lookups, 'the next page did not search again');
  });

  it('refuses a query that is not one hashtag', async () => {
    const res = await search.search(subAccountSession(IG), { query: 'two words', cursor: null });
    assert.equal(res.kind === 'rejected' && res.code, 'invalid_query');
  });
});
