import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { testSession } from '../testing/session.ts';
import { FakeYouTube, youtubeError } from './fake-youtube.ts';
import { createYouTubeAdapter } from './index.ts';

describe('YouTube search', () => {
  let yt: FakeYouTube;
  let search: NonNullable<ReturnType<typeof createYouTubeAdapter>['search']>;
  before(async () => {
    yt = await new FakeYouTube().start();
    search = createYouTubeAdapter({ youtube: yt.url }).search!;
  });
  after(() => yt.stop());
  beforeEach(() => yt.reset());

  it('finds public videos matching the query, newest first, page by page', async () => {
    yt.on('GET /youtube/v3/search', {
      body: {
        kind: 'youtube#searchListResponse',
        nextPageToken: 'CDIQAA',
        items: [
          {
            kind: 'youtube#searchResult',
            id: { kind: 'youtube#video', videoId: 'abc123' },
            snippet: { publishedAt: '2026-11-19T18:00:00Z', channelId: 'UCother', channelTitle: 'Θεσσαλονίκη TV', title: 'Κανόπι στη Θεσσαλονίκη', description: 'Канопи и ไทย 🌳' },
          },
          { kind: 'youtube#searchResult', id: { kind: 'youtube#channel', channelId: 'UCskip' }, snippet: { title: 'a channel' } },
        ],
      },
    });
    const out = await search.search(testSession(), { query: 'κανόπι', cursor: 'CBkQAA' });
    assert.ok(out.kind === 'ok', JSON.stringify(out));
    assert.equal(out.value.cursor, 'CDIQAA');
    assert.deepEqual(out.value.items, [
      {
        remoteId: 'abc123',
        author: { remoteId: 'UCother', handle: 'Θεσσαλονίκη TV', displayName: 'Θεσσαλονίκη TV' },
        text: 'Κανόπι στη Θεσσαλονίκη\nКанопи и ไทย 🌳',
        createdAt: new Date('2026-11-19T18:00:00Z'),
        url: 'https://www.youtube.com/watch?v=abc123',
      },
    ]);
    const sent = yt.sent('GET /youtube/v3/search')[0]!;
    assert.equal(sent.query.get('q'), 'κανόπι');
    assert.equal(sent.query.get('type'), 'video');
    assert.equal(sent.query.get('pageToken'), 'CBkQAA');
    assert.equal(sent.headers.authorization, 'Bearer test-access-token');
  });

  it('a spent quota is rate_limited until midnight Pacific, a bad query is rejected', async () => {
    yt.on('GET /youtube/v3/search', youtubeError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.'));
    const limited = await search.search(testSession(), { query: 'x', cursor: null });
    assert.ok(limited.kind === 'rate_limited' && limited.retryAt > new Date());
    yt.on('GET /youtube/v3/search', youtubeError(400, 'invalidSearchFilter', 'The request contains an invalid combination of search filters and/or restrictions.'));
    const bad = await search.search(testSession(), { query: 'x', cursor: null });
    assert.ok(bad.kind === 'rejected' && /invalid combination/.test(bad.reason));
  });
});
