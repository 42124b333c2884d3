import type { AdapterSession, PublishedPost } from '../adapter.ts';
import { ok, rateLimited, rejected, transient, type Failure, type Outcome } from '../outcome.ts';
import { callTikTok, type TikTokApi } from './client.ts';

/** /v2/post/publish/status/fetch/: where a post is between init and the feed. */
interface PublishStatus {
  status?: 'PROCESSING_UPLOAD' | 'PROCESSING_DOWNLOAD' | 'SEND_TO_USER_INBOX' | 'PUBLISH_COMPLETE' | 'FAILED';
  fail_reason?: string;
  publicaly_available_post_id?: Array<string | number>;
}

export function fetchStatus(api: TikTokApi, session: AdapterSession, publishId: string): Promise<Outcome<PublishStatus>> {
  return callTikTok<PublishStatus>(api, session, { path: '/v2/post/publish/status/fetch/', json: { publish_id: publishId }, write: false, bucket: 'status' });
}

export const videoUrl = (handle: string, postId: string, kind: 'video' | 'photo') => `https://www.tiktok.com/@${encodeURIComponent(handle)}/${kind}/${postId}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks TikTok how the post is doing until it is public or has failed. TikTok has taken the post
 * by now, so a post still processing when we stop asking is published as far as Canopy goes, under
 * its publish_id (metrics turn that into the post id later). A post only its creator can see gets
 * no public id, and so no link.
 */
export async function awaitPublished(api: TikTokApi, session: AdapterSession, publishId: string, kind: 'video' | 'photo'): Promise<Outcome<PublishedPost>> {
  for (let poll = 0; poll < api.statusPolls; poll++) {
    if (poll > 0) await sleep(api.statusPollIntervalMs);
    const status = await fetchStatus(api, session, publishId);
    if (status.kind !== 'ok') break;
    if (status.value.status === 'FAILED') return failedPost(status.value.fail_reason ?? 'publish_failed');
    if (status.value.status === 'PUBLISH_COMPLETE') {
      const postId = status.value.publicaly_available_post_id?.[0];
      return ok(postId === undefined ? { remoteId: publishId, url: null } : { remoteId: String(postId), url: videoUrl(session.account.handle, String(postId), kind) });
    }
  }
  return ok({ remoteId: publishId, url: null });
}

/** A post TikTok gave up on was not published, so trying again is safe where the cause may pass. */
function failedPost(reason: string): Failure {
  const text = `TikTok could not post it: ${reason}`;
  if (reason === 'internal') return transient(text);
  if (reason === 'spam_risk_too_many_posts') return rateLimited(new Date(Date.now() + 24 * 3600_000), text);
  return rejected(text, reason);
}
