import type { AdapterSession, PublishedPost, Publisher } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callX, postUrl, xTime } from './client.ts';
import { uploadXMedia } from './media.ts';
import { comparableText, withLink, writtenText } from './text.ts';
import type { XTweet } from './types.ts';

const FIND_PAGES = 3;

export function createXPublisher(base: string): Publisher {
  async function createPost(session: AdapterSession, body: Record<string, unknown>): Promise<Outcome<PublishedPost>> {
    const created = await callX<{ id: string; text: string }>(session, base, { method: 'POST', path: '/2/tweets', json: body, write: true, bucket: 'tweets:create' });
    if (created.kind !== 'ok') return created;
    const id = created.value.data?.id;
    if (!id) return rejected('X accepted the post but returned no id', 'no_id');
    return ok({ remoteId: id, url: postUrl(session.account.handle, id) });
  }

  return {
    async publish(session, request) {
      const mediaIds: string[] = [];
      for (const item of request.media) {
        const uploaded = await uploadXMedia(session, base, item);
        if (uploaded.kind !== 'ok') return uploaded;
        mediaIds.push(uploaded.value);
      }
      return createPost(session, {
        text: withLink(request.text, request.link),
        ...(request.replyTo ? { reply: { in_reply_to_tweet_id: request.replyTo.remoteId } } : {}),
        ...(mediaIds.length ? { media: { media_ids: mediaIds } } : {}),
      });
    },

    comment(session, { onRemoteId, text }) {
      return createPost(session, { text, reply: { in_reply_to_tweet_id: onRemoteId } });
    },

    async delete(session, remoteId) {
      const deleted = await callX<{ deleted: boolean }>(session, base, { method: 'DELETE', path: `/2/tweets/${encodeURIComponent(remoteId)}`, write: true, bucket: 'tweets:delete' });
      if (deleted.kind === 'rejected' && deleted.code === 'not_found') return ok(undefined);
      return deleted.kind === 'ok' ? ok(undefined) : deleted;
    },

    /**
     * X carries no hidden marker, so the account's own posts in the window are compared with the
     * text we sent, after undoing X's link shortening.
     */
    async find(session, { text, after, before }) {
      const wanted = comparableText(text);
      let token: string | undefined;
      for (let page = 0; page < FIND_PAGES; page++) {
        const listed = await callX<XTweet[]>(session, base, {
          path: `/2/users/${encodeURIComponent(session.account.remoteId)}/tweets`,
          query: {
            max_results: '100',
            exclude: 'retweets',
            start_time: xTime(new Date(after.getTime() - 60_000)),
            // X refuses an end_time in the future (or the last few seconds); open-ended then.
            ...(before.getTime() + 60_000 < Date.now() - 10_000 ? { end_time: xTime(new Date(before.getTime() + 60_000)) } : {}),
            'tweet.fields': 'created_at,entities',
            pagination_token: token,
          },
          bucket: 'users:tweets',
        });
        if (listed.kind !== 'ok') return listed;
        const match = (listed.value.data ?? []).find((tweet) => {
          const shown = comparableText(writtenText(tweet));
          return wanted ? shown.startsWith(wanted) : shown === '';
        });
        if (match) return ok({ remoteId: match.id, url: postUrl(session.account.handle, match.id) });
        token = listed.value.meta?.next_token;
        if (!token) break;
      }
      return ok(null);
    },
  };
}
