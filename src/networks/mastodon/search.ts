import type { mastodon } from 'masto';
import type { SearchResult, SearchSource } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { olderPageCursor, sessionCall } from './client.ts';
import { authorOf } from './inbox.ts';
import { textOfHtml } from './text.ts';

const PAGE_SIZE = 40;
const HASHTAG = /^#([\p{L}\p{N}_]+)$/u;

/**
 * A lone hashtag reads the instance's tag timeline, which every instance serves. Other words go to
 * full-text search (GET /api/v2/search), which finds only what the instance has indexed: posts the
 * account interacted with, and public posts whose authors opted in.
 */
export function createMastodonSearch(defaultBase: string): SearchSource {
  return {
    async search(session, { query, cursor }) {
      const tag = HASHTAG.exec(query.trim())?.[1];
      if (tag) {
        const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
        if (cursor) params.set('max_id', cursor);
        const timeline = await sessionCall<mastodon.v1.Status[]>(session, defaultBase, { path: `/api/v1/timelines/tag/${encodeURIComponent(tag)}`, query: params, bucket: 'search' });
        if (timeline.kind !== 'ok') return timeline;
        return ok({ items: timeline.value.data.map(resultOf), cursor: olderPageCursor(timeline.value.data, PAGE_SIZE) });
      }
      const offset = cursor ? Number(cursor) : 0;
      const params = new URLSearchParams({ q: query, type: 'statuses', resolve: 'false', limit: String(PAGE_SIZE), offset: String(offset) });
      const found = await sessionCall<mastodon.v2.Search>(session, defaultBase, { path: '/api/v2/search', query: params, bucket: 'search' });
      if (found.kind !== 'ok') return found;
      const statuses = found.value.data.statuses ?? [];
      return ok({ items: statuses.map(resultOf), cursor: statuses.length >= PAGE_SIZE ? String(offset + statuses.length) : null });
    },
  };
}

function resultOf(status: mastodon.v1.Status): SearchResult {
  return {
    remoteId: status.id,
    author: authorOf(status.account),
    text: textOfHtml(status.content),
    createdAt: new Date(status.createdAt),
    ...(status.url || status.uri ? { url: status.url ?? status.uri } : {}),
  };
}
