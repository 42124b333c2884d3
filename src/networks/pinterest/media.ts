import { FormData } from 'undici';
import type { AdapterSession, MediaItem, PublishRequest } from '../adapter.ts';
import { isHttpFailure } from '../http.ts';
import { ok, rejected, transient, type Outcome } from '../outcome.ts';
import { callPinterest, type PinterestApi } from './client.ts';
import { pinterestFailure } from './errors.ts';

interface RegisteredUpload {
  media_id?: string;
  upload_url?: string;
  upload_parameters?: Record<string, string>;
}
interface UploadStatus {
  status?: 'registered' | 'processing' | 'succeeded' | 'failed';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const base64 = async (m: MediaItem) => Buffer.from(await m.read()).toString('base64');

/**
 * The Pin's media_source: one image (by URL when it has one, else its bytes), a carousel of 2 to 5
 * images, or a video uploaded first ("Register media upload", then the upload form, then waiting
 * for Pinterest to process it). A video's cover is options.coverImageUrl, or the frame at
 * options.coverFrameSeconds (default the first).
 */
export async function mediaSourceOf(api: PinterestApi, session: AdapterSession, request: PublishRequest): Promise<Outcome<Record<string, unknown>>> {
  const images = request.media.filter((m) => m.kind === 'image');
  const videos = request.media.filter((m) => m.kind === 'video');
  if (videos.length === 1 && images.length === 0) return videoSource(api, session, videos[0]!, request.options ?? {});
  if (videos.length > 0 || images.length === 0 || images.length > 5) return rejected('A Pin is one video, or 1 to 5 images (2 or more make a carousel), never both.', 'media_not_supported');
  if (images.length === 1) {
    const image = images[0]!;
    return ok(image.publicUrl ? { source_type: 'image_url', url: image.publicUrl } : { source_type: 'image_base64', content_type: image.mimeType, data: await base64(image) });
  }
  if (images.every((m) => m.publicUrl)) return ok({ source_type: 'multiple_image_urls', index: 0, items: images.map((m) => ({ url: m.publicUrl })) });
  const items = [];
  for (const image of images) items.push({ content_type: image.mimeType, data: await base64(image) });
  return ok({ source_type: 'multiple_image_base64', index: 0, items });
}

async function videoSource(api: PinterestApi, session: AdapterSession, video: MediaItem, options: Record<string, string>): Promise<Outcome<Record<string, unknown>>> {
  const registered = await callPinterest<RegisteredUpload>(api, session, { method: 'POST', path: '/media', json: { media_type: 'video' }, write: false, bucket: 'write' });
  if (registered.kind !== 'ok') return registered;
  const { media_id: mediaId, upload_url: uploadUrl, upload_parameters: fields = {} } = registered.value;
  if (!mediaId || !uploadUrl) return transient('Pinterest registered no upload for the video');

  // The upload URL is a storage form: every parameter Pinterest gave, then the file.
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(await video.read())], { type: video.mimeType }), 'video');
  const uploaded = await session.http.send({ method: 'POST', url: uploadUrl, body: form, bucket: 'write' });
  if (isHttpFailure(uploaded) || uploaded.status >= 300) return pinterestFailure(uploaded, { write: false });

  for (let poll = 0; poll < api.mediaPolls; poll++) {
    if (poll > 0) await sleep(api.mediaPollIntervalMs);
    const status = await callPinterest<UploadStatus>(api, session, { path: `/media/${encodeURIComponent(mediaId)}`, write: false, bucket: 'read' });
    if (status.kind !== 'ok') return status;
    if (status.value.status === 'failed') return rejected('Pinterest could not process the video.', 'video_processing_failed');
    if (status.value.status === 'succeeded') {
      const cover = options['coverImageUrl'] ? { cover_image_url: options['coverImageUrl'] } : { cover_image_key_frame_time: Number(options['coverFrameSeconds'] ?? 0) };
      return ok({ source_type: 'video_id', media_id: mediaId, ...cover });
    }
  }
  // Nothing is published yet, so trying again later is safe.
  return transient('Pinterest is still processing the video');
}
