import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeNetworkFor, graphError, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createThreadsAdapter } from './index.ts';
import { carriedThreadsToken, threadsSession } from './testing.ts';

describe('Threads search', () => {
  const { fake, subject: search } = fakeNetworkFor((url) => createThreadsAdapter({ threads: url }).search!);

  it('searches recent public posts by keyword and pages on', async () => {
    fake.on('GET /v1.0/keyword_search', {
      body: {
        data: [{ id: 'ts-1', text: `${WORLD_TEXT.serbian} Канопи`, username: 'marko', permalink: 'https://www.threads.com/@marko/post/1', timestamp: '2026-11-21T05:00:00+0000' }],
        paging: { cursors: { after: 'ks-1' }, next: 'n' },
      },
    });
    const res = await search.search(threadsSession(), { query: 'Канопи', cursor: null });
    assert.deepEqual(res, {
      kind: 'ok',
      value: {
        items: [
          {
            remoteId: 'ts-1',
            author: { remoteId: 'marko', handle: 'marko', displayName: 'marko' },
            text: `${WORLD_TEXT.serbian} Канопи`,
            createdAt: new Date('2026-11-21T05:00:00Z'),
            url: 'https://www.threads.com/@marko/post/1',
          },
        ],
        cursor: 'ks-1',
      },
    });
    const sent = fake.sent('GET /v1.0/keyword_search').at(-1);
    assert.equal(sent?.query.get('q'), 'Канопи');
    assert.equal(sent?.query.get('search_type'), 'RECENT');
    assert.equal(sent?.query.get('search_mode'), 'KEYWORD');
    assert.ok(carriedThreadsToken(sent));
  });

  it('searches a topic tag when the query starts with #', async () => {
    fake.on('GET /v1.0/keyword_search', { body: { data: [] } });
    const res = await search.search(threadsSession(), { query: '#ψωμί', cursor: 'ks-1' });
    assert.deepEqual(res, { kind: 'ok', value: { items: [], cursor: null } });
    const sent = fake.sent('GET /v1.0/keyword_search').at(-1);
    assert.equal(sent?.query.get('q'), 'ψωμί');
    assert.equal(sent?.query.get('search_mode'), 'TAG');
    assert.equal(sent?.query.get('after'), 'ks-1');
  });

  it('maps the daily query limit to rate_limited', async () => {
    fake.on('GET /v1.0/keyword_search', graphError(4, 'Application request limit reached'));
    assert.equal((await search.search(threadsSession(), { query: 'canopy', cursor: null })).kind, 'rate_limited');
  });
});
