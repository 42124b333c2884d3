import { AtUri, type Agent, type AppBskyFeedPost, type ComAtprotoRepoStrongRef } from '@atproto/api';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { outcomeOfError, xrpcErrorName } from './errors.ts';

/**
 * A post's remoteId in Canopy is its at:// URI alone. Records are addressed by (uri, cid) only
 * where Bluesky needs a strong reference (replies, likes), and the CID is then read from the
 * record itself, so a reference always names the record as it is now.
 */
export interface FetchedRecord {
  ref: ComAtprotoRepoStrongRef.Main;
  value: Record<string, unknown>;
}

export function parseUri(remoteId: string): AtUri | null {
  try {
    const uri = new AtUri(remoteId);
    return uri.host && uri.collection && uri.rkey ? uri : null;
  } catch {
    return null;
  }
}

/** Reads a record from its repo (the PDS answers for its own accounts and asks the AppView for others). */
export async function fetchRecord(agent: Agent, remoteId: string): Promise<Outcome<FetchedRecord>> {
  const uri = parseUri(remoteId);
  if (!uri) return rejected(`Not a Bluesky record URI: ${remoteId}`, 'invalid_remote_id');
  try {
    const res = await agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey });
    if (!res.data.cid) return rejected(`Bluesky returned ${remoteId} without its CID`, 'no_cid');
    return ok({ ref: { uri: res.data.uri, cid: res.data.cid }, value: res.data.value as Record<string, unknown> });
  } catch (err) {
    if (xrpcErrorName(err) === 'RecordNotFound') return rejected(`The post ${remoteId} no longer exists on Bluesky.`, 'record_not_found');
    return outcomeOfError(err, { write: false });
  }
}

/**
 * The reply references for answering `parentId`: the parent itself, and the root of its thread,
 * taken from the parent's own reply reference so that answering a reply stays in its thread.
 */
export async function replyRefsTo(agent: Agent, parentId: string): Promise<Outcome<AppBskyFeedPost.ReplyRef>> {
  const parent = await fetchRecord(agent, parentId);
  if (parent.kind !== 'ok') return parent;
  const reply = parent.value.value.reply as AppBskyFeedPost.ReplyRef | undefined;
  return ok({ root: reply?.root ?? parent.value.ref, parent: parent.value.ref });
}
