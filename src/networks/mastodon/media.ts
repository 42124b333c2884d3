import type { mastodon } from 'masto';
import { FormData } from 'undici';
import type { AdapterSession, MediaItem } from '../adapter.ts';
import { ok, rejected, transient, type Outcome } from '../outcome.ts';
import { sessionCall } from './client.ts';
import type { InstanceLimits } from './instance.ts';
import { mediaRefusal } from './instance.ts';

/** How long an instance may take to process one file (video transcoding) before we give up for now. */
const PROCESSING_BUDGET_MS = 120_000;

/**
 * Uploads each file with its description (POST /api/v2/media). Images usually come back processed
 * (200); large files come back 202 and are polled (GET /api/v1/media/:id answers 206 until ready),
 * because a status that attaches unprocessed media is refused.
 */
export async function uploadMedia(session: AdapterSession, base: string, items: MediaItem[], limits: InstanceLimits): Promise<Outcome<string[]>> {
  if (items.length > limits.maxMediaAttachments) {
    return rejected(`This instance accepts up to ${limits.maxMediaAttachments} attachments per post`, 'too_many_media');
  }
  const ids: string[] = [];
  for (const [index, item] of items.entries()) {
    const bytes = await item.read();
    const refusal = mediaRefusal(limits, item, bytes.byteLength);
    if (refusal) return rejected(refusal, 'media_refused');
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: item.mimeType }), `canopy-${index + 1}.${extensionOf(item.mimeType)}`);
    if (item.altText) form.append('description', item.altText);
    const uploaded = await sessionCall<mastodon.v1.MediaAttachment>(session, base, { method: 'POST', path: '/api/v2/media', form, bucket: 'media' });
    if (uploaded.kind !== 'ok') return uploaded;
    if (uploaded.value.status === 202) {
      const ready = await waitUntilProcessed(session, base, uploaded.value.data.id);
      if (ready.kind !== 'ok') return ready;
    }
    ids.push(uploaded.value.data.id);
  }
  return ok(ids);
}

async function waitUntilProcessed(session: AdapterSession, base: string, id: string): Promise<Outcome> {
  const started = Date.now();
  for (let delay = 250; Date.now() - started < PROCESSING_BUDGET_MS; delay = Math.min(delay * 2, 5_000)) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    const state = await sessionCall<mastodon.v1.MediaAttachment>(session, base, { path: `/api/v1/media/${encodeURIComponent(id)}`, bucket: 'media' });
    if (state.kind !== 'ok') return state;
    if (state.value.status === 200) return ok(undefined);
  }
  return transient('The instance is still processing the media');
}

function extensionOf(mimeType: string): string {
  const sub = mimeType.split('/')[1] ?? 'bin';
  return { jpeg: 'jpg', quicktime: 'mov', 'svg+xml': 'svg' }[sub] ?? sub;
}
