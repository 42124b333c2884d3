import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { media } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { AppContext, WorkspaceContext } from '../types.ts';
import { oneMedia, type MediaRow } from './media-view.ts';
import { mediaStorage } from './storage/media-storage.ts';
import { PULL_URL_PURPOSE, verifyPullToken } from './storage/pull-token.ts';

export interface OpenedFile {
  body: Readable;
  mimeType: string;
  bytes: number | null;
  filename: string;
}

/** A library file, or its thumbnail, as a stream, for someone who may read the workspace. */
export async function openMediaFile(ctx: WorkspaceContext, input: { mediaId: string; part: 'file' | 'thumbnail' }): Promise<OpenedFile> {
  const [row] = await ctx.db.select().from(media).where(oneMedia(ctx.workspace.id, input.mediaId));
  if (!row) throw notFound('The media file');
  if (input.part === 'thumbnail') {
    if (!row.thumbnailKey) throw notFound('A thumbnail of this file');
    return { body: await mediaStorage(ctx).get(row.thumbnailKey), mimeType: 'image/webp', bytes: null, filename: row.filename };
  }
  return open(ctx, row);
}

/** The file a signed pull token names, for a network fetching it by URL; a forged or expired token finds nothing. */
export async function openPulledFile(ctx: AppContext, input: { token: string }): Promise<OpenedFile> {
  const granted = verifyPullToken(ctx.secrets.derive(PULL_URL_PURPOSE), input.token, ctx.now());
  if (!granted) throw notFound('A file at this link (it may have expired)');
  const [row] = await ctx.db.select().from(media).where(eq(media.id, granted.mediaId));
  if (!row) throw notFound('A file at this link');
  return open(ctx, row);
}

async function open(ctx: AppContext, row: MediaRow): Promise<OpenedFile> {
  return { body: await mediaStorage(ctx).get(row.storageKey), mimeType: row.mimeType, bytes: row.bytes, filename: row.filename };
}
