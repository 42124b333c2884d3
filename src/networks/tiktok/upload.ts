import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure } from '../http.ts';
import { ok, unknown, type Outcome } from '../outcome.ts';
import { tiktokFailure } from './errors.ts';
import { chunkPlan } from './post.ts';

/**
 * Sends the video to the upload_url init returned, chunk after chunk in order, each with its
 * Content-Range. TikTok posts only once every byte is in, so only a lost answer to the last chunk
 * is `unknown`.
 */
export async function uploadChunks(session: AdapterSession, input: { uploadUrl: string; bytes: Uint8Array; mimeType: string }): Promise<Outcome> {
  const { bytes } = input;
  const { chunkSize, chunks } = chunkPlan(bytes.byteLength);
  for (let i = 0; i < chunks; i++) {
    const start = i * chunkSize;
    const end = i === chunks - 1 ? bytes.byteLength : start + chunkSize;
    const last = end === bytes.byteLength;
    const res = await session.http.send({
      method: 'PUT',
      url: input.uploadUrl,
      headers: { 'content-type': input.mimeType, 'content-range': `bytes ${start}-${end - 1}/${bytes.byteLength}` },
      body: bytes.subarray(start, end),
      bucket: 'publish',
    });
    if (isHttpFailure(res)) {
      if (last && (res.kind === 'timeout' || res.kind === 'network')) return unknown(`The last part of the video was sent but TikTok did not answer: ${res.reason}`);
      return tiktokFailure(res, { write: false });
    }
    if (res.status !== 201 && res.status !== 206) return tiktokFailure(res, { write: last });
  }
  return ok(undefined);
}
