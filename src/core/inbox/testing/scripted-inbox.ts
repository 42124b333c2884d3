import type { InboxItem, NetworkAdapter } from '../../../networks/adapter.ts';
import { ok } from '../../../networks/outcome.ts';
import { scriptedNetwork } from '../../profiles/testing/scripted-network.ts';

/**
 * A network with an inbox a test fills: items per kind, served newest first in pages of
 * `pageSize`, the cursor paging back in time, as Bluesky's notifications do. Replies are kept.
 */
export interface ScriptedInbox {
  adapter: NetworkAdapter;
  items: InboxItem[];
  pageSize: number;
  replies: Array<{ to: string; text: string }>;
  /** Items liked and hidden, by network id. */
  liked: string[];
  hidden: string[];
  fetches: number;
}

export function scriptedInbox(id: string): ScriptedInbox {
  const base = scriptedNetwork(id);
  const state: ScriptedInbox = { adapter: base.adapter, items: [], pageSize: 50, replies: [], liked: [], hidden: [], fetches: 0 };
  state.adapter = {
    ...base.adapter,
    manifest: { ...base.adapter.manifest, capabilities: { ...base.adapter.manifest.capabilities, inbox: ['comments', 'mentions'] } },
    inbox: {
      async fetch(_session, { kind, cursor }) {
        state.fetches++;
        const mine = state.items.filter((i) => i.kind === kind).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
        const from = cursor ? Number(cursor) : 0;
        const page = mine.slice(from, from + state.pageSize);
        return ok({ items: page, cursor: from + state.pageSize < mine.length ? String(from + state.pageSize) : null });
      },
      async like(_session, { item }) {
        state.liked.push(item.remoteId);
        return ok(undefined);
      },
      async hide(_session, { item }) {
        state.hidden.push(item.remoteId);
        return ok(undefined);
      },
      async reply(_session, { item, text }) {
        state.replies.push({ to: item.remoteId, text });
        return ok({ remoteId: `reply-${state.replies.length}`, url: `https://scripted.example/reply-${state.replies.length}` });
      },
    },
  };
  return state;
}
