import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, SearchSource } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ANA, ME, shortened, tweetJson } from './fixtures.ts';
import { createXAdapter } from './index.ts';

describe('X search', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  let search: SearchSource;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    search = createXAdapter({ x: fake.url }).search!;
    session = testSession({ account: { remoteId: ME.id, handle: ME.username } });
  });
  afterEach(() => fake.stop());

  it('searches recent posts with X’s operators and pages with next_token', async () => {
    fake.on('GET /2/tweets/search/recent', {
      body: { data: [tweetJson({ id: '77', author_id: ANA.id, ...shortened('Το #canopy είναι 🌳 https://canopy.example', '77') })], includes: { users: [ANA] }, meta: { result_count: 1, next_token: 'b26v89c19zqg8o3fpzbkk' } },
    });
    const found = okValue(await search.search(session, { query: '#canopy lang:el -is:retweet', cursor: 'a1' }));
    assert.deepEqual(found.items, [
      { remoteId: '77', author: { remoteId: ANA.id, handle: 'ana_p', displayName: 'Ана Петровић', avatarUrl: ANA.profile_image_url }, text: 'Το #canopy είναι 🌳 https://canopy.example', createdAt: new Date('2026-11-21T12:00:00.000Z'), url: 'https://x.com/ana_p/status/77' },
    ]);
    assert.equal(found.cursor, 'b26v89c19zqg8o3fpzbkk');
    const query = fake.sent('GET /2/tweets/search/recent')[0]?.query;
    assert.equal(query?.get('query'), '#canopy lang:el -is:retweet');
    assert.equal(query?.get('next_token'), 'a1');
  });

  it('rejects a search the app’s access level does not include', async () => {
    fake.on('GET /2/tweets/search/recent', {
      status: 403,
      body: { client_id: '1', detail: 'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.', reason: 'client-not-enrolled', registration_url: 'https://developer.x.com/', title: 'Client Forbidden', required_enrollment: 'Appropriate Level of API Access', type: 'https://api.twitter.com/2/problems/client-forbidden' },
    });
    assert.equal(failureOf(await search.search(session, { query: 'canopy', cursor: null }), 'rejected').code, 'client_forbidden');
  });
});
