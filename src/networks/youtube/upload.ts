import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure } from '../http.ts';
import { ok, transient, unknown, type Outcome } from '../outcome.ts';
import { bearer, type YouTubeApi } from './client.ts';
import { youtubeFailure } from './errors.ts';

/** Chunks must be multiples of 256 KiB ("Resumable Uploads: Uploading a file in chunks"). */
const CHUNK_BYTES = 32 * 256 * 1024;

export interface UploadedVideo {
  id: string;
  snippet?: { title?: string; publishedAt?: string };
  status?: { uploadStatus?: string; privacyStatus?: string };
}

/**
 * videos.insert through a resumable session: start it with the metadata, then send the bytes in
 * chunks. The video exists only once the last byte is in, so only a lost answer to the last chunk
 * is `unknown`; anything before that is safe to start again.
 */
export async function uploadVideo(
  api: YouTubeApi,
  session: AdapterSession,
  input: { resource: unknown; bytes: Uint8Array; mimeType: string; notifySubscribers: boolean },
): Promise<Outcome<UploadedVideo>> {
  const { bytes, mimeType } = input;
  const start = new URL(`${api.base}/upload/youtube/v3/videos`);
  start.search = new URLSearchParams({ uploadType: 'resumable', part: 'snippet,status', notifySubscribers: String(input.notifySubscribers) }).toString();
  const opened = await session.http.send({
    method: 'POST',
    url: start.toString(),
    headers: {
      ...bearer(session),
      'content-type': 'application/json; charset=UTF-8',
      'x-upload-content-length': String(bytes.byteLength),
      'x-upload-content-type': mimeType,
    },
    body: JSON.stringify(input.resource),
    bucket: 'write',
  });
  if (isHttpFailure(opened) || opened.status !== 200) return youtubeFailure(opened, { write: false });
  const sessionUrl = opened.headers.get('location');
  if (!sessionUrl) return transient('YouTube opened no upload session (no Location header)');

  let offset = 0;
  const total = bytes.byteLength;
  for (let attempt = 0; attempt <= 2 * Math.ceil(total / CHUNK_BYTES) + 2; attempt++) {
    const end = Math.min(offset + CHUNK_BYTES, total);
    const last = end === total;
    const res = await session.http.send({
      method: 'PUT',
      url: new URL(sessionUrl, api.base).toString(),
      headers: { ...bearer(session), 'content-type': mimeType, 'content-range': `bytes ${offset}-${end - 1}/${total}` },
      body: bytes.subarray(offset, end),
      bucket: 'write',
    });
    if (isHttpFailure(res)) {
      if (last && (res.kind === 'timeout' || res.kind === 'network')) return unknown(`The last part of the video was sent but YouTube did not answer: ${res.reason}`);
      return youtubeFailure(res, { write: false });
    }
    if (res.status === 200 || res.status === 201) {
      const video = res.json as UploadedVideo | undefined;
      return video?.id ? ok(video) : unknown('YouTube finished the upload without naming the video');
    }
    if (res.status === 308) {
      // "Range: bytes=0-N" says how much arrived; send the rest from there.
      const range = /bytes=0-(\d+)/.exec(res.headers.get('range') ?? '');
      offset = range ? Number(range[1]) + 1 : 0;
      continue;
    }
    if (last && res.status >= 500) return unknown(`YouTube answered ${res.status} to the last part of the video`);
    return youtubeFailure(res, { write: false });
  }
  return transient('YouTube did not take the whole video');
}
