import type { SearchSource } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { postUrl, sessionAgent } from './agent.ts';
import { attempt } from './errors.ts';
import { authorOf, postRecordOf } from './views.ts';

const PAGE = 25;

/** Listening: app.bsky.feed.searchPosts, newest first; the cursor is null when results run out. */
export const blueskySearch: SearchSource = {
  async search(session, { query, cursor }) {
    const agent = sessionAgent(session);
    const res = await attempt(false, () => agent.app.bsky.feed.searchPosts({ q: query, sort: 'latest', limit: PAGE, ...(cursor ? { cursor } : {}) }));
    if (res.kind !== 'ok') return res;
    const { posts, cursor: next } = res.value.data;
    const items = posts.map((p) => {
      const record = postRecordOf(p.record, p.indexedAt);
      return { remoteId: p.uri, author: authorOf(p.author), text: record.text, createdAt: record.createdAt, url: postUrl(p.uri) };
    });
    return ok({ items, cursor: posts.length && next ? next : null });
  },
};
