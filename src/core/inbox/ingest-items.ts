import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { InboxItem } from '../../networks/adapter.ts';
import { applyInboxRules } from './rules/apply-rules.ts';
import { readTone, type Tone } from './sentiment/read-tone.ts';

/** The tag insulting items get on arrival. */
export const ABUSIVE_TAG = 'abusive';

/** Rows a single statement stores; a larger delivery goes as several statements. */
const CHUNK = 1_000;

export interface InboxProfile {
  id: string;
  workspaceId: string;
  network: string;
}

/** An item's tone as it arrives; an insulting one is also tagged, so it can be found and kept apart. */
function toneColumns(text: string): { sentiment: Tone; abusive: boolean; tags: string[] } {
  const { tone, abusive } = readTone(text);
  return { sentiment: tone, abusive, tags: abusive ? [ABUSIVE_TAG] : [] };
}

/**
 * Stores what a network delivered for one profile, skipping what is already there (by network id),
 * however often it is fetched or delivered again. An item that answers one of our published posts
 * is linked to it, and the workspace's automation rules run over the new ones. Returns how many
 * items were new.
 */
export async function ingestInboxItems(db: Db, profile: InboxProfile, items: readonly InboxItem[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < items.length; i += CHUNK) {
    const rows = items.slice(i, i + CHUNK).map((item) => ({
      ...toneColumns(item.text),
      remote_id: item.remoteId,
      kind: item.kind,
      thread_id: item.threadId,
      parent_remote_id: item.parentRemoteId ?? null,
      author_remote_id: item.author.remoteId,
      author_handle: item.author.handle,
      author_name: item.author.displayName,
      author_avatar_url: item.author.avatarUrl ?? null,
      text: item.text,
      url: item.url ?? null,
      sent_at: item.createdAt.toISOString(),
    }));
    const result = (await db.execute(sql`
      insert into inbox_items (workspace_id, profile_id, network, remote_id, kind, thread_id, parent_remote_id, post_target_id,
        author_remote_id, author_handle, author_name, author_avatar_url, text, url, sent_at, sentiment, abusive, tags)
      select ${profile.workspaceId}::uuid, ${profile.id}::uuid, ${profile.network}, v.remote_id, v.kind, v.thread_id, v.parent_remote_id,
        (select t.id from post_targets t where t.profile_id = ${profile.id}::uuid and t.remote_id in (v.parent_remote_id, v.thread_id) limit 1),
        v.author_remote_id, v.author_handle, v.author_name, v.author_avatar_url, v.text, v.url, v.sent_at, v.sentiment, v.abusive, v.tags
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(remote_id text, kind text, thread_id text, parent_remote_id text,
        author_remote_id text, author_handle text, author_name text, author_avatar_url text, text text, url text, sent_at timestamptz,
        sentiment text, abusive boolean, tags text[])
      on conflict (profile_id, remote_id) do nothing
      returning id`)) as unknown as { rows: Array<{ id: string }> };
    added += result.rows.length;
    await applyInboxRules(db, profile.workspaceId, result.rows.map((r) => r.id));
  }
  return added;
}
