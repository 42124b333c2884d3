import type { NetworkAdapter, PublishedPost, Publisher } from '../../../networks/adapter.ts';
import { failureOfHttp, failureOfStatus } from '../../../networks/http-outcome.ts';
import { ok, type Outcome } from '../../../networks/outcome.ts';
import { scriptedNetwork } from '../../profiles/testing/scripted-network.ts';

export const FAULT_NETWORK_ID = 'faultnet';

/** A publish call waits this long for an answer: a slow answer counts as a timeout, as in production. */
const CALL_TIMEOUT_MS = 5_000;

/**
 * The adapter for a FaultNetwork at `baseUrl`: it speaks to the server through the session's
 * NetworkHttp (SSRF guard, budgets, timeouts) and maps what comes back to Outcomes the way a real
 * adapter does, so a cut connection after a write is `unknown` and a 503 is `transient`.
 */
export function createFaultNetworkAdapter(baseUrl: string): NetworkAdapter {
  const base = scriptedNetwork(FAULT_NETWORK_ID).adapter;
  const postOf = (json: unknown): PublishedPost | null => {
    const post = json as { id?: unknown; url?: unknown } | null | undefined;
    return post && typeof post.id === 'string' ? { remoteId: post.id, url: typeof post.url === 'string' ? post.url : null } : null;
  };
  const publisher: Publisher = {
    async publish(session, request): Promise<Outcome<PublishedPost>> {
      const res = await session.http.send({
        method: 'POST',
        url: `${baseUrl}/posts`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ marker: request.marker, text: request.text, ...(request.replyTo ? { replyTo: request.replyTo.remoteId } : {}) }),
        bucket: 'post',
        timeoutMs: CALL_TIMEOUT_MS,
      });
      if ('kind' in res) return failureOfHttp(res, { write: true });
      if (res.status !== 200) return failureOfStatus(res, `The network answered ${res.status}`, { write: true });
      const post = postOf(res.json);
      return post ? ok(post) : { kind: 'unknown', reason: 'The network answered without the post' };
    },
    async delete() {
      return ok(undefined);
    },
    async find(session, input): Promise<Outcome<PublishedPost | null>> {
      const res = await session.http.send({ url: `${baseUrl}/posts?marker=${encodeURIComponent(input.marker)}`, bucket: 'read', timeoutMs: CALL_TIMEOUT_MS });
      if ('kind' in res) return failureOfHttp(res, { write: false });
      if (res.status !== 200) return failureOfStatus(res, `The network answered ${res.status}`, { write: false });
      return ok(postOf((res.json as { post?: unknown }).post));
    },
  };
  return { ...base, manifest: { ...base.manifest, capabilities: { ...base.manifest.capabilities, publish: true } }, publisher };
}
