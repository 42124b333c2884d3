import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { media } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { makeThumbnail } from './make-thumbnail.ts';
import { probeMedia } from './probe-media.ts';
import { mediaStorage } from './storage/media-storage.ts';

export interface UploadMediaInput {
  filename: string;
  body: Readable;
  /** The request's Content-Length, when it sent one: a body announced too large is refused before it is read. */
  declaredBytes?: number | undefined;
}

const tooLarge = (max: number) =>
  new AppError('payload_too_large', `This file is larger than the ${Math.floor(max / (1024 * 1024))} MB Canopy accepts (MEDIA_MAX_BYTES).`);

/**
 * Adds a file to the workspace's media library. The body is streamed to a temporary file while it
 * is counted and hashed, never held whole in memory; its type is then sniffed from the bytes, its
 * size and duration read, a thumbnail made, and both are put in storage before the row is written.
 */
export async function uploadMedia(ctx: WorkspaceContext, input: UploadMediaInput): Promise<string> {
  const max = ctx.config.media.maxBytes;
  if (input.declaredBytes !== undefined && input.declaredBytes > max) throw tooLarge(max);
  const incoming = path.join(ctx.config.media.dir, '.incoming');
  await fs.mkdir(incoming, { recursive: true });
  const temp = path.join(incoming, randomUUID());
  try {
    const { bytes, sha256 } = await receive(input.body, temp, max);
    if (bytes === 0) throw new AppError('validation_failed', 'The file is empty. Send the file’s bytes as the request body.');
    const facts = await probeMedia(temp);
    const thumbnail = await makeThumbnail(temp, facts);
    const id = randomUUID();
    const storageKey = `${ctx.workspace.id}/${id}/file`;
    const thumbnailKey = thumbnail ? `${ctx.workspace.id}/${id}/thumbnail` : null;
    const storage = mediaStorage(ctx);
    await storage.put(storageKey, createReadStream(temp), { contentType: facts.mimeType, bytes });
    try {
      if (thumbnail && thumbnailKey) await storage.put(thumbnailKey, Readable.from([thumbnail]), { contentType: 'image/webp', bytes: thumbnail.length });
      await ctx.db.insert(media).values({
        id,
        organizationId: ctx.workspace.organizationId,
        workspaceId: ctx.workspace.id,
        uploadedBy: ctx.actor.userId,
        filename: cleanFilename(input.filename),
        ...facts,
        bytes,
        sha256,
        storageKey,
        thumbnailKey,
      });
    } catch (err) {
      await storage.delete(storageKey);
      if (thumbnailKey) await storage.delete(thumbnailKey);
      throw err;
    }
    return id;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Streams the body to `file`, counting and hashing as it goes; stops as soon as it passes `max`. */
async function receive(body: Readable, file: string, max: number): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > max) return done(tooLarge(max));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(file));
  } catch (err) {
    // The sender went away mid-file: nothing is kept, and it is theirs to send again.
    if (['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE'].includes((err as NodeJS.ErrnoException).code ?? '')) {
      throw new AppError('validation_failed', 'The upload was interrupted before the whole file arrived. Send it again.');
    }
    throw err;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The name as the person knows it: no folders, no control characters, at most 255 characters. */
function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/\p{Cc}/gu, '').trim().slice(0, 255);
  return clean || 'untitled';
}
