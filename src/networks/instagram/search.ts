import type { SearchResult, SearchSource } from '../adapter.ts';
import { ok, rejected } from '../outcome.ts';
import { nextCursor, type GraphList } from '../meta/graph-api.ts';
import { instagramGraph } from './publish.ts';

/**
 * Hashtag search (Meta docs: "IG Hashtag Search", "IG Hashtag › Recent Media"): the hashtag's id,
 * then public media tagged with it in the last 24 hours. An account may look up 30 different
 * hashtags in a moving 7 days, so the cursor carries the hashtag id and later pages never search
 * again. Meta does not say who posted hashtag media, so results carry no author.
 */
interface HashtagMedia {
  id: string;
  caption?: string;
  permalink?: string;
  timestamp: string;
}

const HASHTAG = /^[\p{L}\p{N}_]+$/u;
const UNKNOWN_AUTHOR: SearchResult['author'] = { remoteId: '', handle: '', displayName: '' };

export function instagramSearch(baseUrl: string): SearchSource {
  return {
    async search(session, { query, cursor }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const igUser = session.account.remoteId;
      const [savedTag, after] = cursor ? splitCursor(cursor) : [undefined, undefined];
      let hashtagId = savedTag;
      if (!hashtagId) {
        const tag = query.trim().replace(/^#/, '');
        if (!HASHTAG.test(tag)) return rejected('Instagram searches one hashtag at a time, e.g. #canopy', 'invalid_query');
        const found = await graph.value.get<GraphList<{ id: string }>>('ig_hashtag_search', { user_id: igUser, q: tag });
        if (found.kind !== 'ok') return found;
        hashtagId = found.value.data[0]?.id;
        if (!hashtagId) return ok({ items: [], cursor: null });
      }
      const media = await graph.value.get<GraphList<HashtagMedia>>(`${hashtagId}/recent_media`, {
        user_id: igUser,
        fields: 'id,caption,permalink,timestamp',
        limit: 50,
        after,
      });
      if (media.kind !== 'ok') return media;
      const items = media.value.data.map(
        (m): SearchResult => ({
          remoteId: m.id,
          author: UNKNOWN_AUTHOR,
          text: m.caption ?? '',
          createdAt: new Date(m.timestamp),
          ...(m.permalink ? { url: m.permalink } : {}),
        }),
      );
      const next = nextCursor(media.value);
      return ok({ items, cursor: next ? `${hashtagId}:${next}` : null });
    },
  };
}

function splitCursor(cursor: string): [string, string] {
  const at = cursor.indexOf(':');
  return [cursor.slice(0, at), cursor.slice(at + 1)];
}
