import type { AdapterSession, MediaItem } from '../adapter.ts';
import { ok, rejected, transient, type Outcome } from '../outcome.ts';
import { callLinkedIn } from './api.ts';

const PROCESSING_BUDGET_MS = 120_000;

interface ImageUpload {
  value?: { uploadUrl?: string; image?: string; uploadUrlExpiresAt?: number };
}

interface VideoUpload {
  value?: { video?: string; uploadToken?: string; uploadInstructions?: Array<{ uploadUrl: string; firstByte: number; lastByte: number }> };
}

/**
 * Images API: initializeUpload names the owner and hands back an upload URL and an image URN; the
 * bytes are PUT there (learn.microsoft.com/linkedin, "Images API").
 */
export async function uploadImage(session: AdapterSession, base: string, owner: string, item: MediaItem): Promise<Outcome<string>> {
  const init = await callLinkedIn<ImageUpload>(session, base, {
    method: 'POST',
    path: '/rest/images',
    query: { action: 'initializeUpload' },
    json: { initializeUploadRequest: { owner } },
    bucket: 'images',
  });
  if (init.kind !== 'ok') return init;
  const { uploadUrl, image } = init.value.data.value ?? {};
  if (!uploadUrl || !image) return rejected('LinkedIn did not open an image upload', 'media_upload');
  const put = await callLinkedIn<unknown>(session, base, { method: 'PUT', path: uploadUrl, bytes: await item.read(), bucket: 'uploads' });
  return put.kind === 'ok' ? ok(image) : put;
}

/**
 * Videos API: initializeUpload with the size gives byte ranges and their upload URLs; each part's
 * ETag goes into finalizeUpload; the video can be posted once LinkedIn reports it AVAILABLE.
 */
export async function uploadVideo(session: AdapterSession, base: string, owner: string, item: MediaItem): Promise<Outcome<string>> {
  const bytes = await item.read();
  const init = await callLinkedIn<VideoUpload>(session, base, {
    method: 'POST',
    path: '/rest/videos',
    query: { action: 'initializeUpload' },
    json: { initializeUploadRequest: { owner, fileSizeBytes: bytes.byteLength, uploadCaptions: false, uploadThumbnail: false } },
    bucket: 'videos',
  });
  if (init.kind !== 'ok') return init;
  const { video, uploadToken, uploadInstructions } = init.value.data.value ?? {};
  if (!video || !uploadInstructions?.length) return rejected('LinkedIn did not open a video upload', 'media_upload');
  const partIds: string[] = [];
  for (const part of uploadInstructions) {
    const put = await callLinkedIn<unknown>(session, base, { method: 'PUT', path: part.uploadUrl, bytes: bytes.subarray(part.firstByte, part.lastByte + 1), bucket: 'uploads' });
    if (put.kind !== 'ok') return put;
    const etag = put.value.headers.get('etag');
    if (!etag) return rejected('LinkedIn accepted a video part without an ETag', 'media_upload');
    partIds.push(etag);
  }
  const finalized = await callLinkedIn<unknown>(session, base, {
    method: 'POST',
    path: '/rest/videos',
    query: { action: 'finalizeUpload' },
    json: { finalizeUploadRequest: { video, uploadToken: uploadToken ?? '', uploadedPartIds: partIds } },
    bucket: 'videos',
  });
  if (finalized.kind !== 'ok') return finalized;
  const available = await waitUntilAvailable(session, base, video);
  return available.kind === 'ok' ? ok(video) : available;
}

async function waitUntilAvailable(session: AdapterSession, base: string, video: string): Promise<Outcome> {
  const started = Date.now();
  for (let delay = 250; Date.now() - started < PROCESSING_BUDGET_MS; delay = Math.min(delay * 2, 5_000)) {
    const state = await callLinkedIn<{ status?: string }>(session, base, { path: `/rest/videos/${encodeURIComponent(video)}`, bucket: 'videos:read' });
    if (state.kind !== 'ok') return state;
    if (state.value.data.status === 'AVAILABLE') return ok(undefined);
    if (state.value.data.status === 'PROCESSING_FAILED') return rejected('LinkedIn could not process the video', 'media_processing');
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return transient('LinkedIn is still processing the video');
}
