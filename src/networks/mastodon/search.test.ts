import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ACCOUNT_ID, htmlOf, statusJson } from './fixtures.ts';
import { createMastodonAdapter } from './index.ts';

describe('Mastodon search', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  const search = createMastodonAdapter({}).search!;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    session = testSession({ account: { remoteId: ACCOUNT_ID, serviceUrl: fake.url } });
  });
  afterEach(() => fake.stop());

  it('reads the tag timeline for a hashtag, paging back with max_id', async () => {
    const page = Array.from({ length: 40 }, (_, i) => statusJson({ id: String(500 - i), content: htmlOf(`#καφές ☕ ${i}`) }));
    fake.on('GET /api/v1/timelines/tag/%CE%BA%CE%B1%CF%86%CE%AD%CF%82', { body: page });
    const found = okValue(await search.search(session, { query: '#καφές', cursor: null }));
    assert.equal(found.items.length, 40);
    assert.equal(found.items[0]?.text, '#καφές ☕ 0');
    assert.equal(found.items[0]?.author.handle, 'canopy');
    assert.equal(found.cursor, '461');
  });

  it('uses full-text search for words, paging with offset', async () => {
    fake.on('GET /api/v2/search', { body: { accounts: [], hashtags: [], statuses: [statusJson({ id: '9', content: htmlOf('ข่าวดี canopy 🌳') })] } });
    const found = okValue(await search.search(session, { query: 'canopy ข่าว', cursor: '40' }));
    assert.deepEqual(found.items.map((r) => [r.remoteId, r.text]), [['9', 'ข่าวดี canopy 🌳']]);
    assert.equal(found.cursor, null);
    const sent = fake.sent('GET /api/v2/search')[0];
    assert.equal(sent?.query.get('q'), 'canopy ข่าว');
    assert.equal(sent?.query.get('type'), 'statuses');
    assert.equal(sent?.query.get('offset'), '40');
  });
});
