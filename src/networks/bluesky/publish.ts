import type { AppBskyFeedPost } from '@atproto/api';
import type { AdapterSession, PublishedPost, Publisher, PublishRequest } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { POST, postUrl, sessionAgent } from './agent.ts';
import { embedFor } from './embed.ts';
import { attempt } from './errors.ts';
import { findPost, MARKER_FIELD } from './find.ts';
import { parseUri, replyRefsTo } from './refs.ts';
import { facetText } from './richtext.ts';

const MAX_GRAPHEMES = 300;

type PostInput = Pick<PublishRequest, 'text' | 'media' | 'link' | 'options'> & { marker?: string; replyToId?: string };

/**
 * Writes one app.bsky.feed.post record. Everything that can fail without consequence (facets,
 * reply references, uploads) happens first; the createRecord is the one call that may take effect
 * without an answer, and only its failure can be `unknown`.
 */
export async function createPost(session: AdapterSession, input: PostInput): Promise<Outcome<PublishedPost>> {
  const agent = sessionAgent(session);
  const text = await facetText(agent, input.text);
  if (text.kind !== 'ok') return text;
  if (text.value.graphemes > MAX_GRAPHEMES) {
    return rejected(`The text is ${text.value.graphemes} characters; Bluesky takes at most ${MAX_GRAPHEMES}.`, 'text_too_long');
  }
  const reply = input.replyToId ? await replyRefsTo(agent, input.replyToId) : ok(undefined);
  if (reply.kind !== 'ok') return reply;
  const embed = await embedFor(agent, input);
  if (embed.kind !== 'ok') return embed;
  const record: AppBskyFeedPost.Main = {
    $type: POST,
    text: text.value.text,
    createdAt: new Date().toISOString(),
    ...(text.value.facets ? { facets: text.value.facets } : {}),
    ...(reply.value ? { reply: reply.value } : {}),
    ...(embed.value ? { embed: embed.value } : {}),
    ...(input.options?.lang ? { langs: [input.options.lang] } : {}),
    ...(input.marker ? { [MARKER_FIELD]: input.marker } : {}),
  };
  const created = await attempt(true, () => agent.com.atproto.repo.createRecord({ repo: session.account.remoteId, collection: POST, record }));
  if (created.kind !== 'ok') return created;
  return ok({ remoteId: created.value.data.uri, url: postUrl(created.value.data.uri) });
}

/**
 * Bluesky publishing. A post's remoteId is its at:// URI. A thread part or reply answers
 * replyTo.remoteId; its root is read from that parent's record (so it is always the real thread
 * root), which makes replyTo.rootId informational here.
 */
export const blueskyPublisher: Publisher = {
  publish(session, request) {
    return createPost(session, { ...request, ...(request.replyTo ? { replyToId: request.replyTo.remoteId } : {}) });
  },

  /** A first comment is a reply from the same account. */
  comment(session, { onRemoteId, text }) {
    return createPost(session, { text, media: [], replyToId: onRemoteId });
  },

  async delete(session, remoteId) {
    const uri = parseUri(remoteId);
    if (!uri) return rejected(`Not a Bluesky record URI: ${remoteId}`, 'invalid_remote_id');
    if (uri.host !== session.account.remoteId) return rejected('Only posts of this account can be deleted.', 'not_own_post');
    const agent = sessionAgent(session);
    // Deleting a record that is already gone succeeds, so a retried delete is harmless.
    const res = await attempt(true, () => agent.com.atproto.repo.deleteRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey }));
    return res.kind === 'ok' ? ok(undefined) : res;
  },

  find: findPost,
};
