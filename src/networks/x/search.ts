import type { SearchSource } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { authorLookup, callX, POST_FIELDS, postUrl } from './client.ts';
import { writtenText } from './text.ts';
import type { XTweet } from './types.ts';

/** Recent search (GET /2/tweets/search/recent): the last seven days, with X's query operators. */
export function createXSearch(base: string): SearchSource {
  return {
    async search(session, { query, cursor }) {
      const found = await callX<XTweet[]>(session, base, {
        path: '/2/tweets/search/recent',
        query: { query, max_results: '100', ...POST_FIELDS, next_token: cursor ?? undefined },
        bucket: 'search:recent',
      });
      if (found.kind !== 'ok') return found;
      const author = authorLookup(found.value.includes?.users);
      const items = (found.value.data ?? []).map((tweet) => {
        const who = author(tweet.author_id);
        return { remoteId: tweet.id, author: who, text: writtenText(tweet), createdAt: new Date(tweet.created_at ?? 0), url: postUrl(who.handle, tweet.id) };
      });
      return ok({ items, cursor: found.value.meta?.next_token ?? null });
    },
  };
}
