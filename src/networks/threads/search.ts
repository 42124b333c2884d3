import type { SearchResult, SearchSource } from '../adapter.ts';
import { rejected } from '../outcome.ts';
import { readPage } from '../meta/graph-api.ts';
import { threadsGraph, type ThreadsOptions } from './publish.ts';

/**
 * Keyword and topic-tag search (Meta docs: "Threads API › Keyword and Topic Tag Search"): public
 * posts, newest first. A profile may send 2,200 queries in a moving 24 hours, each page counting;
 * a query starting with # searches the topic tag. Until Meta approves threads_keyword_search for the
 * app, it finds only the profile's own posts.
 */
interface FoundPost {
  id: string;
  text?: string;
  username?: string;
  permalink?: string;
  timestamp: string;
}

export function threadsSearch(opts: ThreadsOptions): SearchSource {
  return {
    async search(session, { query, cursor }) {
      const q = query.trim();
      if (!q) return rejected('Type something to search for', 'invalid_query');
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      const tag = q.startsWith('#');
      const params = {
        q: tag ? q.slice(1) : q,
        search_type: 'RECENT',
        search_mode: tag ? 'TAG' : 'KEYWORD',
        fields: 'id,text,username,permalink,timestamp',
        limit: 50,
        after: cursor ?? undefined,
      };
      return readPage<FoundPost, SearchResult>(graph.value, 'keyword_search', params, (p) => {
        const handle = p.username ?? '';
        return [{ remoteId: p.id, author: { remoteId: handle, handle, displayName: handle }, text: p.text ?? '', createdAt: new Date(p.timestamp), ...(p.permalink ? { url: p.permalink } : {}) }];
      });
    },
  };
}
