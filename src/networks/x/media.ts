import { FormData } from 'undici';
import type { AdapterSession, MediaItem } from '../adapter.ts';
import { ok, rejected, transient, type Outcome } from '../outcome.ts';
import { callX } from './client.ts';
import type { XMediaUpload } from './types.ts';

/** X takes a file in numbered segments (docs.x.com, "Chunked media upload"). */
const SEGMENT_BYTES = 4 * 1024 * 1024;
const MAX_STATUS_CHECKS = 60;
const MAX_WAIT_SECONDS = 10;

/**
 * Uploads one file with the v2 media endpoints: initialize, append each segment, finalize, then
 * poll the status while X processes a video or GIF. Alt text goes in afterwards with
 * POST /2/media/metadata. Nothing is posted yet, so a timeout here is only transient.
 */
export async function uploadXMedia(session: AdapterSession, base: string, item: MediaItem): Promise<Outcome<string>> {
  const bytes = await item.read();
  const category = item.mimeType === 'image/gif' ? 'tweet_gif' : item.kind === 'video' ? 'tweet_video' : 'tweet_image';
  const init = await callX<XMediaUpload>(session, base, {
    method: 'POST',
    path: '/2/media/upload/initialize',
    json: { media_type: item.mimeType, total_bytes: bytes.byteLength, media_category: category },
    bucket: 'media',
  });
  if (init.kind !== 'ok') return init;
  const id = init.value.data?.id;
  if (!id) return rejected('X did not start the upload', 'media_upload');

  for (let offset = 0, segment = 0; offset < bytes.byteLength; offset += SEGMENT_BYTES, segment++) {
    const form = new FormData();
    form.append('segment_index', String(segment));
    form.append('media', new Blob([bytes.subarray(offset, offset + SEGMENT_BYTES) as Uint8Array<ArrayBuffer>], { type: item.mimeType }), 'media');
    const appended = await callX<unknown>(session, base, { method: 'POST', path: `/2/media/upload/${id}/append`, form, bucket: 'media' });
    if (appended.kind !== 'ok') return appended;
  }

  const finalized = await callX<XMediaUpload>(session, base, { method: 'POST', path: `/2/media/upload/${id}/finalize`, bucket: 'media' });
  if (finalized.kind !== 'ok') return finalized;
  const processed = await waitForProcessing(session, base, id, finalized.value.data?.processing_info);
  if (processed.kind !== 'ok') return processed;

  if (item.altText) {
    const described = await callX<unknown>(session, base, {
      method: 'POST',
      path: '/2/media/metadata',
      json: { id, metadata: { alt_text: { text: item.altText } } },
      bucket: 'media:metadata',
    });
    if (described.kind !== 'ok') return described;
  }
  return ok(id);
}

async function waitForProcessing(session: AdapterSession, base: string, id: string, info: XMediaUpload['processing_info']): Promise<Outcome> {
  for (let check = 0; info && info.state !== 'succeeded'; check++) {
    if (info.state === 'failed') return rejected(`X could not process the media: ${info.error?.message ?? info.error?.name ?? 'unknown reason'}`, 'media_processing');
    if (check >= MAX_STATUS_CHECKS) return transient('X is still processing the media');
    const seconds = Math.min(Math.max(info.check_after_secs ?? 1, 0), MAX_WAIT_SECONDS);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const status = await callX<XMediaUpload>(session, base, { path: '/2/media/upload', query: { command: 'STATUS', media_id: id }, bucket: 'media:status' });
    if (status.kind !== 'ok') return status;
    info = status.value.data?.processing_info;
  }
  return ok(undefined);
}
