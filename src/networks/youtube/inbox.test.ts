import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { InboxItem } from '../adapter.ts';
import { testSession } from '../testing/session.ts';
import { CHANNEL_ID, FakeYouTube, youtubeError } from './fake-youtube.ts';
import { createYouTubeAdapter } from './index.ts';

const comment = (id: string, text: string, author: { id: string; name: string }, videoId = 'vid1') => ({
  kind: 'youtube#comment',
  id,
  snippet: {
    videoId,
    textOriginal: text,
    textDisplay: text,
    authorDisplayName: author.name,
    authorProfileImageUrl: `https://yt3.example/${author.id}.jpg`,
    authorChannelId: { value: author.id },
    publishedAt: '2026-11-20T09:30:00Z',
  },
});

describe('YouTube inbox', () => {
  let yt: FakeYouTube;
  let inbox: NonNullable<ReturnType<typeof createYouTubeAdapter>['inbox']>;
  const session = () => testSession({ account: { remoteId: CHANNEL_ID } });
  before(async () => {
    yt = await new FakeYouTube().start();
    inbox = createYouTubeAdapter({ youtube: yt.url }).inbox!;
  });
  after(() => yt.stop());
  beforeEach(() => yt.reset());

  it('reads comments on the channel’s videos, with replies but without our own, page by page', async () => {
    yt.on('GET /youtube/v3/commentThreads', {
      body: {
        nextPageToken: 'page-2',
        items: [
          {
            id: 'Ugthread1',
            snippet: { videoId: 'vid1', topLevelComment: comment('Ugthread1', 'Υπέροχο βίντεο! 👏', { id: 'UCmaria', name: '@maria' }) },
            replies: {
              comments: [
                comment('Ugthread1.r1', 'Хвала! 🙏', { id: CHANNEL_ID, name: '@canopy' }),
                comment('Ugthread1.r2', 'ยอดเยี่ยมมาก', { id: 'UCsomchai', name: '@somchai' }),
              ],
            },
          },
        ],
      },
    });
    const page = await inbox.fetch(session(), { kind: 'comment', cursor: 'page-1' });
    assert.ok(page.kind === 'ok', JSON.stringify(page));
    assert.equal(page.value.cursor, 'page-2');
    assert.deepEqual(
      page.value.items.map((i) => [i.remoteId, i.threadId, i.parentRemoteId, i.author.handle, i.text]),
      [
        ['Ugthread1', 'Ugthread1', 'vid1', '@maria', 'Υπέροχο βίντεο! 👏'],
        ['Ugthread1.r2', 'Ugthread1', 'vid1', '@somchai', 'ยอดเยี่ยมมาก'],
      ],
    );
    assert.equal(page.value.items[0]!.url, 'https://www.youtube.com/watch?v=vid1&lc=Ugthread1');
    assert.equal(page.value.items[0]!.createdAt.toISOString(), '2026-11-20T09:30:00.000Z');
    const sent = yt.sent('GET /youtube/v3/commentThreads')[0]!;
    assert.equal(sent.headers.authorization, 'Bearer test-access-token');
    assert.equal(sent.query.get('allThreadsRelatedToChannelId'), CHANNEL_ID);
    assert.equal(sent.query.get('pageToken'), 'page-1');
    assert.equal(sent.query.get('part'), 'snippet,replies');
  });

  it('says there are no mentions or messages to read', async () => {
    const out = await inbox.fetch(session(), { kind: 'message', cursor: null });
    assert.ok(out.kind === 'rejected' && out.code === 'unsupported_kind');
  });

  const item: InboxItem = {
    remoteId: 'Ugthread1',
    kind: 'comment',
    threadId: 'Ugthread1',
    parentRemoteId: 'vid1',
    author: { remoteId: 'UCmaria', handle: '@maria', displayName: 'maria' },
    text: 'Υπέροχο βίντεο!',
    createdAt: new Date(),
  };

  it('replies under the thread', async () => {
    yt.on('POST /youtube/v3/comments', { body: { kind: 'youtube#comment', id: 'Ugthread1.reply9', snippet: { parentId: 'Ugthread1' } } });
    const out = await inbox.reply(session(), { item, text: 'Ευχαριστούμε! Хвала! ขอบคุณ! 🌳' });
    assert.ok(out.kind === 'ok');
    assert.deepEqual(out.value, { remoteId: 'Ugthread1.reply9', url: 'https://www.youtube.com/watch?v=vid1&lc=Ugthread1.reply9' });
    const sent = yt.sent('POST /youtube/v3/comments')[0]!;
    assert.deepEqual(sent.json, { snippet: { parentId: 'Ugthread1', textOriginal: 'Ευχαριστούμε! Хвала! ขอบคุณ! 🌳' } });
    assert.equal(sent.query.get('part'), 'snippet');
  });

  it('hides a comment by holding it for review', async () => {
    yt.on('POST /youtube/v3/comments/setModerationStatus', { status: 204 });
    assert.equal((await inbox.hide!(session(), { item })).kind, 'ok');
    const sent = yt.sent('POST /youtube/v3/comments/setModerationStatus')[0]!;
    assert.equal(sent.query.get('id'), 'Ugthread1');
    assert.equal(sent.query.get('moderationStatus'), 'heldForReview');
  });

  it('maps YouTube’s errors: disabled comments, an expired token, spent quota', async () => {
    yt.on('POST /youtube/v3/comments', youtubeError(403, 'commentsDisabled', 'The video identified by the videoId parameter has disabled comments.'));
    const disabled = await inbox.reply(session(), { item, text: 'hi' });
    assert.ok(disabled.kind === 'rejected' && disabled.code === 'commentsDisabled');
    yt.on('GET /youtube/v3/commentThreads', youtubeError(401, 'authError', 'Invalid Credentials'));
    assert.equal((await inbox.fetch(session(), { kind: 'comment', cursor: null })).kind, 'unauthorized');
    yt.on('GET /youtube/v3/commentThreads', youtubeError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.'));
    assert.equal((await inbox.fetch(session(), { kind: 'comment', cursor: null })).kind, 'rate_limited');
  });
});
