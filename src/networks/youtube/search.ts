import type { SearchResult, SearchSource } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { callYouTube, type YouTubeApi } from './client.ts';
import { watchUrl } from './publish.ts';

interface SearchList {
  nextPageToken?: string;
  items?: Array<{
    id?: { videoId?: string };
    snippet?: { publishedAt?: string; channelId?: string; channelTitle?: string; title?: string; description?: string };
  }>;
}

/**
 * Public videos matching a query (search.list, type=video, newest first). Each call costs 100 of
 * the project's 10,000 daily quota units, so it has its own budget.
 */
export function createYouTubeSearch(api: YouTubeApi): SearchSource {
  return {
    async search(session, { query, cursor }) {
      const found = await callYouTube<SearchList>(api, session, {
        path: '/search',
        query: { part: 'snippet', q: query, type: 'video', order: 'date', maxResults: '50', ...(cursor ? { pageToken: cursor } : {}) },
        write: false,
        bucket: 'search',
      });
      if (found.kind !== 'ok') return found;
      const items: SearchResult[] = [];
      for (const item of found.value.items ?? []) {
        const videoId = item.id?.videoId;
        if (!videoId) continue;
        const s = item.snippet ?? {};
        const channel = s.channelTitle ?? s.channelId ?? '';
        items.push({
          remoteId: videoId,
          author: { remoteId: s.channelId ?? '', handle: channel, displayName: channel },
          text: [s.title, s.description].filter(Boolean).join('\n'),
          createdAt: new Date(s.publishedAt ?? 0),
          url: watchUrl(videoId),
        });
      }
      return ok({ items, cursor: found.value.nextPageToken ?? null });
    },
  };
}
